package org.cbec.app.onestop.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cbec.app.onestop.domain.AgencyDeclaration;
import org.cbec.app.onestop.domain.Booking;
import org.cbec.app.onestop.domain.CarrierFiling;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.ExportTariff;
import org.cbec.app.onestop.domain.ProductFiling;
import org.cbec.app.onestop.domain.RateCard;
import org.cbec.app.onestop.domain.SellerApplication;
import org.cbec.app.onestop.domain.TradeCodes;
import org.cbec.app.onestop.persistence.CarrierRepository;
import org.cbec.app.onestop.persistence.DeclarationRepository;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.onestop.persistence.ProductRepository;
import org.cbec.app.onestop.persistence.SellerRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency declaration of sellers' orders: a seller books its order's parcel (with a carrier it names, or the
 * cheapest or fastest serving the buyer's country), which gives the parcel its waybill number from the carrier's
 * range and queues the order CEB303, the waybill CEB505 (in the carrier's name), the receipt of payment CEB403 when
 * the payment is recorded, and the inventory CEB603, signed by the platform, for {@link ClearanceSender}. A refused
 * order is corrected and declared again (a new attempt: the order and waybill changed, a new inventory).
 */
@Service
public class Declaring {

    /** Where a seller may still correct an order: before it is booked, and after it was refused. */
    static final Set<String> CORRECTABLE = Set.of("RECEIVED", "REFUSED");

    private final OrderRepository orders;
    private final ProductRepository products;
    private final SellerRepository sellers;
    private final CarrierRepository carriers;
    private final DeclarationRepository declarations;
    private final Carriers carrierQuotes;
    private final Orders orderProblems;
    private final ClearanceLink link;
    private final ClearanceSender sender;
    private final ExportTariff tariff;
    private final TradeCodes codes;
    private final Clock clock;

    Declaring(OrderRepository orders, ProductRepository products, SellerRepository sellers,
              CarrierRepository carriers, DeclarationRepository declarations, Carriers carrierQuotes,
              Orders orderProblems, ClearanceLink link, ClearanceSender sender, ExportTariff tariff,
              TradeCodes codes, Clock clock) {
        this.orders = orders;
        this.products = products;
        this.sellers = sellers;
        this.carriers = carriers;
        this.declarations = declarations;
        this.carrierQuotes = carrierQuotes;
        this.orderProblems = orderProblems;
        this.link = link;
        this.sender = sender;
        this.tariff = tariff;
        this.codes = codes;
        this.clock = clock;
    }

    /** The parcel as booked: the booking, its carrier and waybill number, the price and the port of destination. */
    public record Parcel(Booking booking, long carrierId, String carrier, String logisticsNo, RateCard.Price price) {
    }

    /** A payment as recorded by the seller (the charge in the order's currency). */
    public record PaymentRecord(String payCode, String payName, String payNo, BigDecimal charge,
                                Instant accountingDate) {
    }

    @Transactional
    public Parcel book(long sellerId, String orderNo, Booking booking) {
        OrderRepository.StoredOrder stored = mine(sellerId, orderNo);
        if (!"RECEIVED".equals(stored.status())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "booked-already", "order " + orderNo + " is " + stored.status()
                    + ": it was booked already");
        }
        if (booking == null) {
            throw Refusal.invalid("invalid-booking", "the booking: a JSON object with grossWeightKg ...");
        }
        List<String> problems = booking.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-booking", String.join("; ", problems));
        }
        link.link();
        ExportOrder order = order(stored);
        CarrierRepository.StoredCarrier carrier = choose(order.buyerCountry(), booking);
        RateCard.Price price = Carriers.rateCard(carrier).price(order.buyerCountry(), booking.parcel())
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "not-served", carrier.name() + " does not "
                        + "carry a parcel of " + booking.grossWeightKg() + " kg to " + order.buyerCountry()));
        long number = carriers.takeNumber(carrier.id()).orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT,
                "range-used-up", carrier.name() + "'s waybill numbers are used up; the staff file a new range"));
        String logisticsNo = CarrierFiling.logisticsNo(carrier.prefix(), number, carrier.rangeEnd());
        Parcel parcel = new Parcel(booking, carrier.id(), carrier.name(), logisticsNo, price);
        Instant now = clock.instant();
        if (!orders.book(stored.id(), "S" + sellerId + "-" + orderNo, carrier.id(), logisticsNo,
                Sellers.JSON.writeValueAsString(parcel), price.total(), now)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "booked-already", "order " + orderNo + " was booked at the "
                    + "same moment");
        }
        declarations.event(stored.id(), now, "BOOKING", "BOOKED", carrier.name() + " " + logisticsNo + ", "
                + price.chargeableKg() + " kg, CNY " + price.total());
        queue(orders.byId(stored.id()).orElseThrow(), false);
        return parcel;
    }

    /**
     * Replaces an order by its correction: one waiting for its booking simply changes; a refused one is declared
     * again.
     */
    @Transactional
    public void correct(long sellerId, String orderNo, ExportOrder correction) {
        OrderRepository.StoredOrder stored = mine(sellerId, orderNo);
        ExportOrder corrected = orderProblems.flagged(sellerId, correction);
        if (corrected == null || !orderNo.equals(corrected.orderNo())) {
            throw Refusal.invalid("invalid-order", "orderNo: the correction keeps the order's number " + orderNo);
        }
        if (!CORRECTABLE.contains(stored.status())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-correctable", "order " + orderNo + " is "
                    + stored.status() + ": only an order waiting for its booking or refused is corrected");
        }
        List<String> problems = orderProblems.problems(sellerId, corrected);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-order", String.join("; ", problems));
        }
        if (stored.carrierId() != null && !order(stored).buyerCountry().equals(corrected.buyerCountry())) {
            throw Refusal.invalid("invalid-order", "buyerCountry: the parcel is booked to " + order(stored)
                    .buyerCountry() + "; a parcel to another country is a new order");
        }
        int places = codes.currency(corrected.currency()).orElseThrow().places();
        Instant now = clock.instant();
        if (!orders.correct(stored.id(), stored.status(), Sellers.JSON.writeValueAsString(corrected),
                corrected.goodsValue(places), corrected.goodsValue(places).add(corrected.freight()),
                Orders.buyer(corrected.buyerName()), now)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-correctable", "order " + orderNo + " changed at the same "
                    + "moment; read it again");
        }
        declarations.event(stored.id(), now, "ORDER", "CORRECTED", "corrected by the seller");
        if ("REFUSED".equals(stored.status())) {
            queue(orders.byId(stored.id()).orElseThrow(), true);
        }
    }

    /** Records the money received for an order; declared (CEB403) now if the order is being declared. */
    @Transactional
    public void payment(long sellerId, String orderNo, PaymentRecord payment) {
        OrderRepository.StoredOrder stored = mine(sellerId, orderNo);
        ExportOrder order = order(stored);
        List<String> problems = paymentProblems(payment, codes.currency(order.currency()).orElseThrow());
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-payment", String.join("; ", problems));
        }
        if (Set.of("RELEASED", "CLEARED").contains(stored.status())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "released", "order " + orderNo + " is " + stored.status()
                    + ": its payment can no longer change");
        }
        PaymentRecord recorded = new PaymentRecord(payment.payCode(), payment.payName(), payment.payNo(),
                payment.charge(), payment.accountingDate() == null ? clock.instant() : payment.accountingDate());
        Instant now = clock.instant();
        orders.payment(stored.id(), Sellers.JSON.writeValueAsString(recorded), now);
        declarations.event(stored.id(), now, "PAYMENT", "RECORDED", order.currency() + " " + payment.charge());
        if ("DECLARING".equals(stored.status())) {
            AgencyDeclaration declaration = new AgencyDeclaration(link.declarant(), now);
            declarations.queue(stored.id(), "PAYMENT", link.link().code(), xml(declaration.payment(
                    stored.declaredNo(), order, declared(recorded), stored.payment() != null)), now);
            sender.wakeAfterCommit();
        }
    }

    private List<String> paymentProblems(PaymentRecord payment, TradeCodes.Currency currency) {
        List<String> problems = new ArrayList<>();
        if (payment == null) {
            return List.of("the payment: a JSON object with payName, charge ...");
        }
        if (payment.payName() == null || payment.payName().isBlank() || payment.payName().length() > 100) {
            problems.add("payName: who paid it over (a payment company or bank), at most 100 characters");
        }
        if (payment.payCode() != null && !payment.payCode().isBlank()
                && !payment.payCode().matches("[0-9A-Z]{10,18}")) {
            problems.add("payCode: the payment company's filed code, 10 to 18 digits or capitals");
        }
        if (payment.payNo() != null && payment.payNo().length() > 60) {
            problems.add("payNo: at most 60 characters");
        }
        BigDecimal charge = payment.charge();
        if (charge == null || charge.signum() <= 0 || charge.stripTrailingZeros().scale() > currency.places()
                || charge.precision() - charge.scale() > ExportOrder.INTEGER_DIGITS) {
            problems.add("charge: above 0, to at most " + currency.places() + " places in " + currency.iso());
        }
        if (payment.accountingDate() != null && payment.accountingDate().isAfter(clock.instant())) {
            problems.add("accountingDate: not in the future");
        }
        return problems;
    }

    /** Queues an attempt's messages: order, waybill, payment (when recorded), inventory. */
    private void queue(OrderRepository.StoredOrder stored, boolean change) {
        ExportOrder order = order(stored);
        Parcel parcel = Sellers.JSON.readValue(stored.parcel(), Parcel.class);
        CarrierRepository.StoredCarrier carrier = carriers.find(parcel.carrierId()).orElseThrow();
        SellerApplication seller = Sellers.JSON.readValue(sellers.find(stored.sellerId()).orElseThrow().body(),
                SellerApplication.class);
        List<AgencyDeclaration.Line> lines = lines(order);
        int places = codes.currency(order.currency()).orElseThrow().places();
        Instant now = clock.instant();
        AgencyDeclaration declaration = new AgencyDeclaration(link.declarant(), now);
        AgencyDeclaration.Parcel declared = new AgencyDeclaration.Parcel(carrier.code(), carrier.name(),
                carrier.trafMode(), parcel.logisticsNo(), parcel.price().pod(), parcel.booking().grossWeightKg(),
                parcel.booking().netWeightOrGross(), parcel.booking().packNoOrOne(),
                parcel.booking().wrapTypeOrCarton());
        String self = link.link().code();
        declarations.queue(stored.id(), "ORDER", self, xml(declaration.order(stored.declaredNo(), order, lines,
                order.goodsValue(places), change)), now);
        declarations.queue(stored.id(), "WAYBILL", carrier.code(), xml(declaration.waybill(declared, order, lines,
                change)), now);
        if (stored.payment() != null) {
            declarations.queue(stored.id(), "PAYMENT", self, xml(declaration.payment(stored.declaredNo(), order,
                    declared(Sellers.JSON.readValue(stored.payment(), PaymentRecord.class)), change)), now);
        }
        declarations.queue(stored.id(), "INVENTORY", self, xml(declaration.inventory(stored.declaredNo(),
                copNo(stored.id(), stored.attempt()), new AgencyDeclaration.Owner(seller.identity(), seller.name()),
                declared, order, lines)), now);
        declarations.event(stored.id(), now, "INVENTORY", "QUEUED", "attempt " + stored.attempt() + ": order, "
                + "waybill" + (stored.payment() == null ? "" : ", payment") + " and inventory queued for the "
                + "clearance platform");
        sender.wakeAfterCommit();
    }

    /** The copNo of an order's inventory at an attempt: unique per platform, at most 30 characters. */
    static String copNo(long orderId, int attempt) {
        return "OS" + orderId + "-" + attempt;
    }

    /** The order and attempt of a copNo made by {@link #copNo}; null for another. */
    static long[] ofCopNo(String copNo) {
        if (copNo == null || !copNo.matches("OS\\d{1,18}-\\d{1,9}")) {
            return null;
        }
        String[] parts = copNo.substring(2).split("-");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private List<AgencyDeclaration.Line> lines(ExportOrder order) {
        int places = codes.currency(order.currency()).orElseThrow().places();
        List<AgencyDeclaration.Line> lines = new ArrayList<>();
        for (ExportOrder.Line line : order.lines()) {
            ProductFiling product = Sellers.JSON.readValue(products.find(line.productId()).orElseThrow().body(),
                    ProductFiling.class);
            ExportTariff.Line tariffLine = tariff.line(product.hsCode()).orElseThrow();
            lines.add(new AgencyDeclaration.Line(product.model(), product.name(), product.hsCode(),
                    cut(product.declaredElements(), 250), product.declaredUnit(tariffLine), tariffLine.legalUnit(),
                    line.qty(), product.legalQty(line.qty()), line.price(), ExportOrder.total(line, places)));
        }
        return lines;
    }

    private static AgencyDeclaration.Payment declared(PaymentRecord payment) {
        return new AgencyDeclaration.Payment(payment.payCode(), payment.payName(), payment.payNo(),
                payment.charge(), payment.accountingDate());
    }

    private String xml(Object message) {
        return new String(link.signed(message), java.nio.charset.StandardCharsets.UTF_8);
    }

    private OrderRepository.StoredOrder mine(long sellerId, String orderNo) {
        return orders.find(sellerId, orderNo).orElseThrow(() -> Refusal.notFound("no order " + orderNo
                + " of yours"));
    }

    static ExportOrder order(OrderRepository.StoredOrder stored) {
        return Sellers.JSON.readValue(stored.body(), ExportOrder.class);
    }

    private CarrierRepository.StoredCarrier choose(String country, Booking booking) {
        if (booking.carrierId() != null) {
            return carriers.find(booking.carrierId()).orElseThrow(() -> Refusal.invalid("invalid-booking",
                    "carrierId: no carrier " + booking.carrierId()));
        }
        Carriers.Quote quote = carrierQuotes.quote(country, booking.parcel());
        Long chosen = "FASTEST".equals(booking.choiceOrDefault()) ? quote.fastest() : quote.cheapest();
        if (chosen == null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-served", "no carrier carries a parcel of "
                    + booking.grossWeightKg() + " kg to " + country);
        }
        return carriers.find(chosen).orElseThrow();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
