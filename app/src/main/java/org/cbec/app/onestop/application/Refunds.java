package org.cbec.app.onestop.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cbec.app.onestop.domain.ClaimRecord;
import org.cbec.app.onestop.domain.DeclaredGoods;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.ExportTariff;
import org.cbec.app.onestop.domain.LedgerAccount;
import org.cbec.app.onestop.domain.Posting;
import org.cbec.app.onestop.domain.ProductFiling;
import org.cbec.app.onestop.domain.PurchaseInvoice;
import org.cbec.app.onestop.domain.RefundClaim;
import org.cbec.app.onestop.persistence.DeclarationRepository;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.cbec.app.onestop.persistence.ProductRepository;
import org.cbec.app.onestop.persistence.RefundRepository;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.domain.UnifiedSocialCreditCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export tax refunds claimed by the platform for its sellers (代办退税, SAT 2017 No. 35; cbec-rules.md §D.2-§D.4):
 * a seller filed for refund registers its purchase VAT invoices against its products; on an export declaration of
 * its orders (CEB792) the platform builds the claim ({@link RefundClaim}) once the conditions hold (the seller filed
 * for refund, every order's proceeds collected before the deadline of April 30 of the next year, goods whose refund
 * is not cancelled) and submits it to TAX; TAX's approval is posted (the platform's receivable from TAX, the seller's
 * refund due) and its payment credits the seller's balance; a refusal gives the invoices back.
 */
@Service
public class Refunds {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** An order counts as collected when it received its charge less this share (banks' charges on the way). */
    private final BigDecimal tolerance;

    private final RefundRepository refunds;
    private final OrderRepository orders;
    private final ProductRepository products;
    private final DeclarationRepository declarations;
    private final Ledger ledger;
    private final Finance finance;
    private final ExportTariff tariff;
    private final Clock clock;

    Refunds(RefundRepository refunds, OrderRepository orders, ProductRepository products,
            DeclarationRepository declarations, Ledger ledger, Finance finance, ExportTariff tariff, Clock clock,
            @Value("${cbec.onestop.fx.tolerance:0.01}") BigDecimal tolerance) {
        this.refunds = refunds;
        this.orders = orders;
        this.products = products;
        this.declarations = declarations;
        this.ledger = ledger;
        this.finance = finance;
        this.tariff = tariff;
        this.clock = clock;
        this.tolerance = tolerance;
    }

    /** How a seller takes its export VAT: REFUND (filed for refund on the day, at the tax office) or EXEMPT. */
    public record Method(String method, LocalDate filedOn, String taxOffice) {
    }

    /** A purchase VAT invoice as a seller registers it. */
    public record InvoiceFiling(Long productId, String invoiceNo, String issuerTaxCode, BigDecimal qty,
                                BigDecimal amount, BigDecimal vat, LocalDate issuedOn) {
    }

    public void method(long sellerId, Method method) {
        if (method == null || !"REFUND".equals(method.method()) && !"EXEMPT".equals(method.method())) {
            throw Refusal.invalid("invalid-method", "method: REFUND (filed for export refund, with purchase "
                    + "invoices) or EXEMPT (无票免税, without)");
        }
        if ("REFUND".equals(method.method()) && (method.filedOn() == null || method.filedOn().isAfter(
                LocalDate.now(clock.withZone(CHINA))) || method.taxOffice() == null || method.taxOffice().isBlank()
                || method.taxOffice().length() > 100)) {
            throw Refusal.invalid("invalid-method", "filedOn: the day the seller filed for export refund, not in "
                    + "the future; taxOffice: where, at most 100 characters");
        }
        refunds.refundMethod(sellerId, method.method(), method.filedOn(), method.taxOffice());
    }

    public PurchaseInvoice register(long sellerId, InvoiceFiling invoice) {
        if (invoice == null) {
            throw Refusal.invalid("invalid-invoice", "the invoice: a JSON object with productId, invoiceNo ...");
        }
        ProductRepository.StoredProduct product = invoice.productId() == null ? null : products.find(
                invoice.productId()).filter(p -> p.sellerId() == sellerId && "APPROVED".equals(p.status()))
                .orElse(null);
        List<String> problems = new ArrayList<>();
        if (product == null) {
            problems.add("productId: " + invoice.productId() + " is not an approved product of yours");
        }
        if (invoice.invoiceNo() == null || !invoice.invoiceNo().matches("\\d{8,20}")) {
            problems.add("invoiceNo: 8 to 20 digits");
        }
        UnifiedSocialCreditCode.problem(invoice.issuerTaxCode()).ifPresent(p -> problems.add("issuerTaxCode: " + p));
        ProductFiling filing = product == null ? null : Sellers.JSON.readValue(product.body(), ProductFiling.class);
        if (filing != null && invoice.issuerTaxCode() != null && !invoice.issuerTaxCode().equals(
                filing.factoryTaxCode())) {
            problems.add("issuerTaxCode: the product's invoicing factory, pre-reviewed, is "
                    + filing.factoryTaxCode());
        }
        if (invoice.qty() == null || invoice.qty().signum() <= 0 || invoice.qty().stripTrailingZeros().scale() > 5) {
            problems.add("qty: above 0, at most 5 places");
        }
        if (invoice.amount() == null || invoice.amount().signum() <= 0
                || invoice.amount().stripTrailingZeros().scale() > 2) {
            problems.add("amount: the amount excluding VAT, above 0, to the fen");
        }
        if (filing != null && invoice.amount() != null && invoice.vat() != null) {
            BigDecimal expected = invoice.amount().multiply(tariff.line(filing.hsCode()).orElseThrow().vatRate())
                    .setScale(2, RoundingMode.HALF_UP);
            if (invoice.vat().subtract(expected).abs().compareTo(new BigDecimal("0.01")) > 0) {
                problems.add("vat: " + expected.toPlainString() + " at the goods' VAT rate, not "
                        + invoice.vat().toPlainString());
            }
        } else if (invoice.vat() == null) {
            problems.add("vat: required");
        }
        if (invoice.issuedOn() == null || invoice.issuedOn().isAfter(LocalDate.now(clock.withZone(CHINA)))) {
            problems.add("issuedOn: the invoice's date, not in the future");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-invoice", String.join("; ", problems));
        }
        long id = refunds.insertInvoice(sellerId, product.id(), invoice.invoiceNo(), invoice.issuerTaxCode(),
                invoice.qty(), invoice.amount(), invoice.vat(), invoice.issuedOn(), clock.instant()).orElseThrow(() ->
                new Refusal(Refusal.Kind.CONFLICT, "invoice-registered", "invoice " + invoice.invoiceNo() + " of "
                        + invoice.issuerTaxCode() + " is registered already"));
        return refunds.invoices(sellerId).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
    }

    /** Builds and submits the claim on an export declaration of the seller's orders; 409 naming what stops it. */
    @Transactional
    public ClaimRecord claim(long sellerId, String entryId) {
        if (entryId == null || entryId.isBlank()) {
            throw Refusal.invalid("invalid-claim", "entryId: the export declaration claimed on");
        }
        List<DeclaredGoods> declared = refunds.declaredLines(sellerId, entryId);
        if (declared.isEmpty()) {
            throw Refusal.notFound("no export declaration " + entryId + " of your orders");
        }
        List<String> problems = new ArrayList<>();
        if (!"REFUND".equals(refunds.refundMethodOf(sellerId).orElse(null))) {
            problems.add("the seller has not filed for export refund (PUT /api/v1/onestop/refunds/method)");
        }
        LocalDate deadline = LocalDate.of(declared.get(0).receivedAt().atZone(CHINA).getYear() + 1, 4, 30);
        if (LocalDate.now(clock.withZone(CHINA)).isAfter(deadline)) {
            problems.add("the deadline of " + deadline + " for this declaration's refund has passed");
        }
        List<RefundClaim.DeclaredLine> lines = new ArrayList<>();
        Set<Long> ordersOf = new LinkedHashSet<>();
        for (DeclaredGoods line : declared) {
            OrderRepository.StoredOrder order = orders.byId(line.orderId()).orElseThrow();
            ExportOrder export = Declaring.order(order);
            if (line.gnum() < 1 || line.gnum() > export.lines().size()) {
                problems.add("gnum " + line.gnum() + " of " + line.invtNo() + " is not a line of order "
                        + order.orderNo());
                continue;
            }
            ExportOrder.Line goods = export.lines().get(line.gnum() - 1);
            ProductFiling product = Sellers.JSON.readValue(products.find(goods.productId()).orElseThrow().body(),
                    ProductFiling.class);
            lines.add(new RefundClaim.DeclaredLine(order.id(), line.gnum(), goods.productId(), line.gcode(),
                    goods.qty(), tariff.line(product.hsCode()).map(ExportTariff.Line::refundRate)
                    .orElse(BigDecimal.ZERO)));
            ordersOf.add(order.id());
        }
        for (long orderId : ordersOf) {
            BigDecimal[] money = orders.money(orderId);
            if (money[1].compareTo(money[0].multiply(BigDecimal.ONE.subtract(tolerance))) < 0) {
                problems.add("order " + orders.byId(orderId).orElseThrow().orderNo() + ": its proceeds are not "
                        + "collected (" + money[1].toPlainString() + " of " + money[0].toPlainString() + ")");
            }
        }
        RefundClaim.Outcome outcome = RefundClaim.build(lines, refunds.invoices(sellerId).stream()
                .filter(i -> i.qty().compareTo(i.usedQty()) > 0).map(i -> new RefundClaim.Invoice(i.id(),
                        i.productId(), i.qty().subtract(i.usedQty()), i.amount().divide(i.qty(), 10,
                        RoundingMode.HALF_UP))).toList());
        problems.addAll(outcome.problems());
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "refund-not-claimable", String.join("; ", problems));
        }
        Instant now = clock.instant();
        long id = refunds.insertClaim(sellerId, entryId, outcome.base(), outcome.refund(), Sellers.JSON
                .writeValueAsString(outcome.lines()), now).orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT,
                "claimed", "a refund on " + entryId + " is claimed already"));
        for (RefundClaim.Line line : outcome.lines()) {
            for (RefundClaim.Taken taken : line.taken()) {
                if (!refunds.use(taken.invoiceId(), taken.qty())) {
                    throw new Refusal(Refusal.Kind.CONFLICT, "invoice-taken", "invoice " + taken.invoiceId()
                            + " was taken by another claim at the same moment; claim again");
                }
            }
        }
        ordersOf.forEach(o -> declarations.event(o, now, "REFUND", "SUBMITTED", "refund of CNY "
                + outcome.refund().toPlainString() + " claimed on " + entryId));
        return refunds.claim(id).orElseThrow();
    }

    /** TAX's decision: the amount approved (posted), or a refusal with the reason (the invoices given back). */
    @Transactional
    public ClaimRecord decided(long claimId, BigDecimal approved, String reason) {
        ClaimRecord claim = refunds.claim(claimId).orElseThrow(() -> Refusal.notFound("no claim "
                + claimId));
        Instant now = clock.instant();
        if (approved == null) {
            if (reason == null || reason.isBlank() || reason.length() > 1000) {
                throw Refusal.invalid("invalid-decision", "approved: the amount approved, or reason: why refused");
            }
            if (!refunds.decide(claimId, "SUBMITTED", "REFUSED", null, reason, now)) {
                throw decidedAlready(claim);
            }
            for (RefundClaim.Line line : Sellers.JSON.readValue(claim.lines(), RefundClaim.Line[].class)) {
                line.taken().forEach(t -> refunds.release(t.invoiceId(), t.qty()));
            }
            return refunds.claim(claimId).orElseThrow();
        }
        if (approved.signum() < 0 || approved.stripTrailingZeros().scale() > 2
                || approved.compareTo(claim.claimed()) > 0) {
            throw Refusal.invalid("invalid-decision", "approved: 0 to the " + claim.claimed().toPlainString()
                    + " claimed, to the fen");
        }
        if (!refunds.decide(claimId, "SUBMITTED", "APPROVED", approved, reason, now)) {
            throw decidedAlready(claim);
        }
        if (approved.signum() > 0) {
            ledger.post(new Posting("refund-approved:" + claimId, "REFUND_APPROVED", "refund on " + claim.entryId()
                    + " approved: CNY " + approved.toPlainString(), List.of(
                    Posting.debit(Posting.PLATFORM, LedgerAccount.TAX_RECEIVABLE, ExportOrder.CNY, approved),
                    Posting.credit(Posting.seller(claim.sellerId()), LedgerAccount.REFUND_DUE, ExportOrder.CNY,
                            approved))));
        }
        return refunds.claim(claimId).orElseThrow();
    }

    /** TAX paid an approved refund into the platform's account: the seller's balance is credited. */
    @Transactional
    public ClaimRecord paid(long claimId) {
        ClaimRecord claim = refunds.claim(claimId).orElseThrow(() -> Refusal.notFound("no claim "
                + claimId));
        if (!refunds.decide(claimId, "APPROVED", "PAID", null, null, clock.instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-approved", "claim " + claimId + " is " + claim.status()
                    + "; only an approved claim is paid");
        }
        BigDecimal amount = claim.approved();
        String seller = Posting.seller(claim.sellerId());
        if (amount.signum() > 0) {
            ledger.post(new Posting("refund-paid:" + claimId, "REFUND_PAID", "refund on " + claim.entryId()
                    + " paid: CNY " + amount.toPlainString(), List.of(
                    Posting.debit(Posting.PLATFORM, LedgerAccount.BANK, ExportOrder.CNY, amount),
                    Posting.credit(Posting.PLATFORM, LedgerAccount.TAX_RECEIVABLE, ExportOrder.CNY, amount),
                    Posting.debit(seller, LedgerAccount.REFUND_DUE, ExportOrder.CNY, amount),
                    Posting.credit(seller, LedgerAccount.BALANCE, ExportOrder.CNY, amount))));
            finance.repayFrom(claim.sellerId(), null, claimId, "refund-paid:" + claimId);
        }
        return refunds.claim(claimId).orElseThrow();
    }

    /** The claims submitted and not yet decided, oldest first, with their lines: the tax office's queue. */
    public List<ClaimRecord> submitted(Integer page) {
        return org.cbec.app.shared.Paging.of(page).read((offset, limit) -> refunds.inStatus("SUBMITTED", offset,
                limit)).rows();
    }

    public List<ClaimRecord> claims(long sellerId) {
        return refunds.claims(sellerId);
    }

    public List<DeclaredGoods> declarations(long sellerId) {
        return refunds.declaredLines(sellerId);
    }

    public List<PurchaseInvoice> invoices(long sellerId) {
        return refunds.invoices(sellerId);
    }

    /** A claim of a seller's; another's is not found. */
    public ClaimRecord claimOf(long sellerId, long claimId) {
        return refunds.claim(claimId).filter(c -> c.sellerId() == sellerId).orElseThrow(() -> Refusal.notFound(
                "no claim " + claimId + " of yours"));
    }

    private static Refusal decidedAlready(ClaimRecord claim) {
        return new Refusal(Refusal.Kind.CONFLICT, "decided", "claim " + claim.id() + " is " + claim.status()
                + ": decided already");
    }
}
