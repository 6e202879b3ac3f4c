package org.cbec.app.onestop.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.ReceiptWords;
import org.cbec.app.onestop.domain.TradeCodes;
import org.cbec.app.onestop.label.ShippingLabel;
import org.cbec.app.onestop.persistence.DeclarationRepository;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.onestop.persistence.SellerRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What a seller follows of its orders: each order's timeline from the receipts, in plain words; the shipping label
 * of a booked parcel; the month's statement of fees. A seller sees only its own orders.
 */
@Service
public class Tracking {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final OrderRepository orders;
    private final DeclarationRepository declarations;
    private final SellerRepository sellers;
    private final TradeCodes codes;
    private final Clock clock;
    private final BigDecimal declarationFee;

    Tracking(OrderRepository orders, DeclarationRepository declarations, SellerRepository sellers, TradeCodes codes,
             Clock clock, @Value("${cbec.onestop.fees.declaration:5.00}") BigDecimal declarationFee) {
        this.orders = orders;
        this.declarations = declarations;
        this.sellers = sellers;
        this.codes = codes;
        this.clock = clock;
        this.declarationFee = declarationFee.setScale(2, RoundingMode.HALF_UP);
    }

    /** An entry of the timeline, with its plain words. */
    public record Entry(Instant at, String document, String status, String info, ReceiptWords.Words plain) {
    }

    /** A message sent or waiting: what it is, where it stands, why it waits. */
    public record Message(String document, String state, int attempts, String lastError) {
    }

    /** An order's declaration as its seller follows it. */
    public record Track(String orderNo, String declaredNo, String status, int attempt, String logisticsNo,
                        String invtNo, String inventoryStatus, ReceiptWords.Words plain, List<Entry> timeline,
                        List<Message> messages) {
    }

    /** A line of the statement: an order and its fees in CNY. */
    public record StatementLine(String orderNo, String status, String currency, BigDecimal goodsValue,
                                BigDecimal logisticsFee, BigDecimal declarationFee, BigDecimal total) {
    }

    /** A month's statement: the fees per order booked, and their sum (CNY, 142, 2 places). */
    public record Statement(String month, String currency, List<StatementLine> lines, BigDecimal total) {
    }

    public Track track(long sellerId, String orderNo) {
        OrderRepository.StoredOrder order = mine(sellerId, orderNo);
        List<Entry> timeline = declarations.timeline(order.id()).stream().map(e -> new Entry(e.at(), e.document(),
                e.status(), e.info(), ReceiptWords.of(e.status(), e.info()))).toList();
        List<Message> messages = declarations.ofOrder(order.id()).stream().map(m -> new Message(m.document(),
                m.state(), m.attempts(), m.lastError())).toList();
        return new Track(order.orderNo(), order.declaredNo(), order.status(), order.attempt(), order.logisticsNo(),
                order.invtNo(), order.inventoryStatus(), order.inventoryStatus() == null ? null
                : ReceiptWords.of(order.inventoryStatus(), null), timeline, messages);
    }

    public byte[] label(long sellerId, String orderNo) {
        OrderRepository.StoredOrder order = mine(sellerId, orderNo);
        if (order.parcel() == null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-booked", "order " + orderNo + " is not booked yet: book "
                    + "its parcel first");
        }
        Declaring.Parcel parcel = Sellers.JSON.readValue(order.parcel(), Declaring.Parcel.class);
        ExportOrder export = Declaring.order(order);
        return ShippingLabel.pdf(new ShippingLabel.Content(parcel.carrier(), parcel.logisticsNo(),
                export.buyerCountry(), parcel.price().pod(), export.buyerName(), parcel.booking().grossWeightKg()
                .toPlainString(), parcel.booking().packNoOrOne(), order.orderNo(), "cbec onestop seller "
                + sellerId));
    }

    public Statement statement(long sellerId, YearMonth month) {
        if (month == null || month.isAfter(YearMonth.now(clock.withZone(CHINA)))) {
            throw Refusal.invalid("invalid-month", "month: yyyy-MM, not after this month");
        }
        List<StatementLine> lines = orders.ofSellerBetween(sellerId, month.atDay(1).atStartOfDay(CHINA).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant()).stream()
                .filter(o -> o.logisticsFee() != null).map(o -> {
                    ExportOrder export = Declaring.order(o);
                    BigDecimal fee = o.logisticsFee().setScale(2, RoundingMode.HALF_UP);
                    return new StatementLine(o.orderNo(), o.status(), export.currency(), export.goodsValue(
                            codes.currency(export.currency()).orElseThrow().places()), fee, declarationFee,
                            fee.add(declarationFee));
                }).toList();
        return new Statement(month.toString(), "142", lines, lines.stream().map(StatementLine::total)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }

    private OrderRepository.StoredOrder mine(long sellerId, String orderNo) {
        sellers.find(sellerId).orElseThrow();
        return orders.find(sellerId, orderNo).orElseThrow(() -> Refusal.notFound("no order " + orderNo
                + " of yours"));
    }
}
