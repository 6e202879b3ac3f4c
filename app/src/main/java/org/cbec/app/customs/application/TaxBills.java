package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cbec.app.clearance.TaxBillIssued;
import org.cbec.app.customs.TaxPaymentChanged;
import org.cbec.app.customs.domain.ReturnWindow;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.cbec.app.customs.domain.TaxPayment;
import org.cbec.app.customs.persistence.GuaranteeRepository;
import org.cbec.app.customs.persistence.PaymentRepository;
import org.cbec.app.customs.persistence.ReturnRepository;
import org.cbec.app.customs.persistence.TaxRepository;
import org.cbec.app.shared.BatchedEvents;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Refusal;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tax bills after release (cbec-rules.md §A.6): each released inventory's bill goes to its declarant and its
 * guarantor as CEB816; bills not returned or cancelled within 30 days of release are summarised per guarantor into a
 * payment form (entDutyNo; CEB818 status 2), by a job on the 1st and 16th of each month and on the operator's
 * request; once paid, the guarantee is free again.
 */
@Service
public class TaxBills {

    /** Bills are summarised once the 30 days in which a return or cancellation undoes them have passed. */
    public static final Duration OPEN_FOR_RETURNS = ReturnWindow.APPLY_WITHIN;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final TaxRepository taxes;
    private final GuaranteeRepository guarantees;
    private final BatchedEvents events;
    private final PaymentRepository payments;
    private final ReturnRepository returns;
    private final Clock clock;
    private final EventDelivery delivery;
    private final TransactionTemplate transactions;

    TaxBills(TaxRepository taxes, GuaranteeRepository guarantees, BatchedEvents events, PaymentRepository payments,
             ReturnRepository returns, Clock clock, EventDelivery delivery, TransactionTemplate transactions) {
        this.returns = returns;
        this.taxes = taxes;
        this.guarantees = guarantees;
        this.events = events;
        this.payments = payments;
        this.clock = clock;
        this.delivery = delivery;
        this.transactions = transactions;
    }

    /** A released inventory's tax bill number (taxNo). */
    static String number(String invtNo) {
        return "TX" + invtNo;
    }

    /** The inventory was released: its bill is numbered and sent (CEB816) to its declarant and its guarantor. */
    void released(String invtNo, Instant at) {
        taxes.released(invtNo, number(invtNo), at);
        issued(invtNo, at);
    }

    /**
     * A bill written already released (numbered, with its release time): sent (CEB816) to its declarant and its
     * guarantor. Customs releasing at take-in writes it so, and saves an update of it a parcel.
     */
    void issued(String invtNo, Instant at) {
        TaxBill bill = taxes.bill(invtNo).orElseThrow();
        String xml = TaxDocuments.bill(bill, taxes.lines(invtNo), invtNo.substring(0, 4), at);
        events.add(TaxBillIssued.Batch.class, TaxBillIssued.Batch::new, new TaxBillIssued("CEB816",
                recipients(bill), bill.taxNo(), invtNo, bill.status(), "电子税单: " + bill.total().toPlainString(), xml,
                at));
    }

    @Scheduled(cron = "${cbec.customs.tax-summary-cron:0 0 2 1,16 * *}", zone = "Asia/Shanghai")
    void summariseNow() {
        summarise(clock.instant());
    }

    /** A tax bill with its lines. */
    public record Bill(TaxBill bill, List<TaxBillLine> lines) {
    }

    /** An inventory's tax bill with its lines, whoever asks: the caller decides who may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<Bill> bill(String invtNo) {
        return taxes.bill(invtNo).map(bill -> new Bill(bill, taxes.lines(invtNo)));
    }

    /** The bills a guarantor backs, newest first, a page of them. */
    public List<TaxBill> ofGuarantor(String assureCode, int offset, int limit) {
        return taxes.ofGuarantor(assureCode, offset, limit);
    }

    /** Payment forms of a guarantor (or, null, of every one), newest first, a page of them. */
    public List<TaxPayment> payments(String assureCode, int offset, int limit) {
        return payments.list(assureCode, offset, limit);
    }

    /** Summarises every bill released 30 days or more before {@code asOf}; returns the payment forms made. */
    public List<TaxPayment> summarise(Instant asOf) {
        return delivery.inTransaction(transactions, () -> summariseIn(asOf));
    }

    private List<TaxPayment> summariseIn(Instant asOf) {
        // returns whose goods are not back 45 days after release leave their tax standing
        returns.lapse(asOf.minus(ReturnWindow.GOODS_BACK_WITHIN), clock.instant());
        Map<String, List<TaxBill>> byGuarantor = taxes.dueForSummary(asOf.minus(OPEN_FOR_RETURNS))
                .stream().collect(Collectors.groupingBy(b -> Objects.requireNonNullElse(b.assureCode(), ""),
                        LinkedHashMap::new, Collectors.toList()));
        Instant now = clock.instant();
        return byGuarantor.entrySet().stream().map(group -> {
            String entDutyNo = "JK" + DAY.format(now) + String.format("%010d", payments.nextNumber());
            BigDecimal total = group.getValue().stream().map(TaxBill::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            TaxPayment payment = new TaxPayment(entDutyNo, group.getKey(), group.getValue().size(), total, "DUE");
            payments.insert(payment, now);
            events.add(TaxPaymentChanged.Batch.class, TaxPaymentChanged.Batch::new, new TaxPaymentChanged(entDutyNo,
                    payment.assureCode(), payment.bills(), total, payment.status(),
                    now.plus(TaxPaymentChanged.PAY_WITHIN), now));
            for (TaxBill bill : group.getValue()) {
                taxes.summarised(bill.invtNo(), entDutyNo, now);
            }
            List<TaxBill> summarised = group.getValue().stream()
                    .map(b -> taxes.bill(b.invtNo()).orElseThrow()).toList();
            summarised.stream().collect(Collectors.groupingBy(TaxBill::agentCode)).forEach((agent, bills) -> {
                events.add(TaxBillIssued.Batch.class, TaxBillIssued.Batch::new, new TaxBillIssued("CEB818",
                        recipients(bills.get(0)), entDutyNo,
                        bills.size() == 1 ? bills.get(0).invtNo() : null, "2", "税单已汇总: " + entDutyNo + ", "
                        + bills.size() + " bills", TaxDocuments.status(bills, now), now));
            });
            return payment;
        }).toList();
    }

    /** The guarantor paid a payment form: what it owed for those bills is freed from its guarantee. */
    @Transactional
    public TaxPayment paid(String entDutyNo) {
        TaxPayment payment = payments.lock(entDutyNo)
                .orElseThrow(() -> Refusal.notFound("no payment form " + entDutyNo));
        if ("PAID".equals(payment.status())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "payment-paid", "payment form "
                    + entDutyNo + " is already paid");
        }
        Instant now = clock.instant();
        payments.paid(entDutyNo, now);
        guarantees.release(payment.assureCode(), payment.total(), "PAID", entDutyNo, now);
        TaxPayment paid = new TaxPayment(entDutyNo, payment.assureCode(), payment.bills(), payment.total(), "PAID");
        events.add(TaxPaymentChanged.Batch.class, TaxPaymentChanged.Batch::new, new TaxPaymentChanged(entDutyNo,
                paid.assureCode(), paid.bills(), paid.total(), paid.status(), null, now));
        return paid;
    }

    private static List<String> recipients(TaxBill bill) {
        return bill.assureCode() == null || bill.assureCode().equals(bill.agentCode()) ? List.of(bill.agentCode())
                : List.of(bill.agentCode(), bill.assureCode());
    }
}
