package org.cbec.app.onestop.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.domain.DeclaredGoods;
import org.cbec.app.onestop.domain.ExchangeRates;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.onestop.persistence.ProceedsRepository;
import org.cbec.app.onestop.persistence.RefundRepository;
import org.cbec.app.onestop.persistence.SellerRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * What the platform reports to the departments each month through the public service platform
 * ({@link DepartmentReports}): to FX the proceeds matched to its sellers' orders (收汇) per seller and currency, and
 * to TAX the export lines of sellers without invoices (无票免税, cbec-rules.md §B.5) with their revenue in CNY;
 * and what such a seller is shown: its lines and the deemed base of its income tax, 4 % of that revenue.
 */
@Service
public class Reports {

    /** The deemed taxable income of exports without invoices: 4 % of their revenue. */
    public static final BigDecimal DEEMED_INCOME = new BigDecimal("0.04");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DepartmentReports departments;
    private final ProceedsRepository fx;
    private final RefundRepository refunds;
    private final OrderRepository orders;
    private final SellerRepository sellers;
    private final ExchangeRates rates;
    private final Clock clock;

    Reports(DepartmentReports departments, ProceedsRepository fx, RefundRepository refunds, OrderRepository orders,
            SellerRepository sellers, ExchangeRates rates, Clock clock) {
        this.departments = departments;
        this.fx = fx;
        this.refunds = refunds;
        this.orders = orders;
        this.sellers = sellers;
        this.rates = rates;
        this.clock = clock;
    }

    /** An export line of a seller without invoices, and its revenue in CNY. */
    public record ExemptLine(String entryId, String invtNo, int gnum, String gcode, String orderNo,
                             BigDecimal revenueCny) {
    }

    /** A month's exempt lines of a seller, their revenue, and the deemed income (4 %). */
    public record Exempt(String month, List<ExemptLine> lines, BigDecimal revenueCny, BigDecimal deemedIncome) {
    }

    public Exempt exempt(long sellerId, YearMonth month) {
        if (!"EXEMPT".equals(refunds.refundMethodOf(sellerId).orElse(null))) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-exempt", "the seller has not chosen the exemption without "
                    + "invoices, EXEMPT (PUT /api/v1/onestop/refunds/method)");
        }
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        List<ExemptLine> lines = new ArrayList<>();
        List<Long> counted = new ArrayList<>();
        for (DeclaredGoods line : refunds.declaredLines(sellerId)) {
            if (line.receivedAt().isBefore(from) || !line.receivedAt().isBefore(to)) {
                continue;
            }
            OrderRepository.StoredOrder order = orders.byId(line.orderId()).orElseThrow();
            // an order's revenue is counted once, on its first line: what its proceeds settled to, else its charge
            // at the month's customs rate
            BigDecimal revenue = BigDecimal.ZERO.setScale(2);
            if (!counted.contains(order.id())) {
                counted.add(order.id());
                BigDecimal settled = fx.settledCny(order.id());
                revenue = settled.signum() > 0 ? settled : rates.cny(Declaring.order(order).currency(),
                        orders.money(order.id())[0], month).orElse(BigDecimal.ZERO.setScale(2));
            }
            lines.add(new ExemptLine(line.entryId(), line.invtNo(), line.gnum(), line.gcode(), order.orderNo(),
                    revenue));
        }
        BigDecimal revenue = lines.stream().map(ExemptLine::revenueCny).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        return new Exempt(month.toString(), List.copyOf(lines), revenue, revenue.multiply(DEEMED_INCOME)
                .setScale(2, RoundingMode.HALF_UP));
    }

    /** Makes a month's reports: FX's proceeds, TAX's exempt lines; answers how many. */
    public int publish(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        departments.report(new DepartmentReports.Report("FX", "export-proceeds", month.toString(),
                Sellers.JSON.writeValueAsString(Map.of("month", month.toString(), "figures",
                        fx.monthFigures(from, to)))));
        List<Map<String, Object>> exempt = new ArrayList<>();
        for (long sellerId : sellers.withRefundMethod("EXEMPT")) {
            Exempt lines = exempt(sellerId, month);
            if (!lines.lines().isEmpty()) {
                exempt.add(Map.of("seller", sellers.identityOf(sellerId), "lines", lines.lines(), "revenueCny",
                        lines.revenueCny()));
            }
        }
        departments.report(new DepartmentReports.Report("TAX", "exempt-export-lines", month.toString(),
                Sellers.JSON.writeValueAsString(Map.of("month", month.toString(), "sellers", exempt))));
        return 2;
    }

    public List<DepartmentReports.Report> reports(String department) {
        return departments.of(department, 24);
    }

    @Scheduled(cron = "${cbec.onestop.reports-cron:0 30 2 1 * *}", zone = "Asia/Shanghai")
    public void lastMonth() {
        publish(YearMonth.now(clock.withZone(CHINA)).minusMonths(1));
    }
}
