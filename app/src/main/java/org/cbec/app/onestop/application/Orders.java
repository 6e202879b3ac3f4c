package org.cbec.app.onestop.application;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cbec.app.onestop.domain.ExchangeRates;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.OrderCsv;
import org.cbec.app.onestop.domain.TradeCodes;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sellers' export orders in: one by JSON or many by CSV, each checked against the seller's approved products and
 * the customs codes, and taken whole or not at all (a file with one bad row takes nothing, every problem named by
 * row and column). An order goes by the cross-border list, so it stays within the list's limits (5,000 yuan of goods
 * at the month's customs rate, no licence-controlled goods). Each order waits (RECEIVED) for its booking.
 */
@Service
public class Orders {

    /** The most problems one refusal lists; the rest are counted. */
    static final int PROBLEMS_SHOWN = 200;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final OrderRepository orders;
    private final TradeCodes codes;
    private final ExchangeRates rates;
    private final Clock clock;

    Orders(OrderRepository orders, TradeCodes codes, ExchangeRates rates, Clock clock) {
        this.orders = orders;
        this.codes = codes;
        this.rates = rates;
        this.clock = clock;
    }

    /** An order as shown: its number, the order, its goods value in its currency, where it stands. */
    public record View(String orderNo, ExportOrder order, BigDecimal goodsValue, String status, Instant createdAt) {
    }

    @Transactional
    public View take(long sellerId, ExportOrder order) {
        if (order == null) {
            throw Refusal.invalid("invalid-order", "the order: a JSON object with orderNo, mode, lines ...");
        }
        ExportOrder flagged = flagged(sellerId, order);
        List<String> problems = problems(sellerId, flagged);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-order", String.join("; ", problems));
        }
        insert(sellerId, flagged, clock.instant(), List.of());
        return view(sellerId, order.orderNo());
    }

    /** A file of orders: every one taken, or none (and every problem named). Answers the order numbers taken. */
    @Transactional
    public List<String> upload(long sellerId, Reader csv) {
        OrderCsv.Parsed parsed = OrderCsv.parse(csv);
        refuseIf(parsed.problems());
        Set<Long> approved = orders.approvedProducts(sellerId);
        Set<Long> licensed = orders.licensedProducts(sellerId);
        Set<Long> refundable = orders.refundableProducts(sellerId);
        List<String> problems = new ArrayList<>();
        for (OrderCsv.Rows rows : parsed.orders()) {
            for (String problem : problems(rows.order().withStatisticsFlag(refundable::contains), approved,
                    licensed)) {
                problems.add(located(problem, rows.rows()));
            }
        }
        refuseIf(problems);
        Instant now = clock.instant();
        List<String> taken = new ArrayList<>();
        for (OrderCsv.Rows rows : parsed.orders()) {
            insert(sellerId, rows.order().withStatisticsFlag(refundable::contains), now, rows.rows());
            taken.add(rows.order().orderNo());
        }
        return taken;
    }

    /** The order with its statisticsFlag, the seller's or its goods' ({@link ExportOrder#withStatisticsFlag}). */
    public ExportOrder flagged(long sellerId, ExportOrder order) {
        return order == null ? null : order.withStatisticsFlag(orders.refundableProducts(sellerId)::contains);
    }

    /** What keeps a seller's order from being declared: its fields, its products, the list's limits. */
    public List<String> problems(long sellerId, ExportOrder order) {
        return problems(order, orders.approvedProducts(sellerId), orders.licensedProducts(sellerId));
    }

    private List<String> problems(ExportOrder order, Set<Long> approved, Set<Long> licensed) {
        List<String> problems = order.problems(codes, approved::contains);
        if (!problems.isEmpty()) {
            return problems;
        }
        int places = codes.currency(order.currency()).orElseThrow().places();
        return order.listProblems(rates.cny(order.currency(), order.goodsValue(places), YearMonth.now(
                clock.withZone(CHINA))).orElse(null), order.lines().stream().map(l -> licensed.contains(
                l.productId())).toList());
    }

    public View view(long sellerId, String orderNo) {
        return orders.find(sellerId, orderNo).map(this::view).orElseThrow(() -> Refusal.notFound("no order "
                + orderNo + " of yours"));
    }

    public Paging.Shown<View> ofSeller(long sellerId, Integer page) {
        return Paging.of(page).read((offset, limit) -> orders.ofSeller(sellerId, offset, limit).stream()
                .map(this::view).toList());
    }

    private void insert(long sellerId, ExportOrder order, Instant at, List<Long> rows) {
        int places = codes.currency(order.currency()).orElseThrow().places();
        if (!orders.insert(sellerId, order.orderNo(), order.mode(), order.statisticsFlag(), order.currency(),
                order.goodsValue(places), order.goodsValue(places).add(order.freight()), buyer(order.buyerName()),
                Sellers.JSON.writeValueAsString(order), at)) {
            // the whole file rolls back with this refusal
            throw new Refusal(Refusal.Kind.CONFLICT, "order-exists", (rows.isEmpty() ? "" : "row " + rows.get(0)
                    + ", column orderNo: ") + "order " + order.orderNo() + " is taken already");
        }
    }

    /** A buyer's name as money is matched by it: upper case, single spaces. */
    static String buyer(String name) {
        return name == null ? null : name.trim().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }

    /** An order's problem said at its rows: a line's at the line's row, the order's at its first row. */
    private static String located(String problem, List<Long> rows) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("^lines\\[(\\d+)]\\.(\\w+): ").matcher(problem);
        if (line.find()) {
            return "row " + rows.get(Integer.parseInt(line.group(1)) - 1) + ", column " + line.group(2) + ": "
                    + problem.substring(line.end());
        }
        return "row " + rows.get(0) + ", column " + problem;
    }

    private static void refuseIf(List<String> problems) {
        if (!problems.isEmpty()) {
            String shown = String.join("; ", problems.subList(0, Math.min(problems.size(), PROBLEMS_SHOWN)));
            throw Refusal.invalid("invalid-orders", problems.size() > PROBLEMS_SHOWN ? shown + "; and "
                    + (problems.size() - PROBLEMS_SHOWN) + " more" : shown);
        }
    }

    private View view(OrderRepository.StoredOrder o) {
        ExportOrder order = Sellers.JSON.readValue(o.body(), ExportOrder.class);
        return new View(o.orderNo(), order, order.goodsValue(codes.currency(order.currency()).orElseThrow()
                .places()), o.status(), o.createdAt());
    }
}
