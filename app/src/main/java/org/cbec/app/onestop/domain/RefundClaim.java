package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The export VAT refund a trader claims on a declaration (免退, cbec-rules.md §D.2): for each declared goods line, the
 * purchase invoices of its product cover its quantity, one invoice alone when one has exactly that quantity left
 * (one-to-one), else the product's invoices at their weighted average unit cost (amount excluding VAT over quantity,
 * weighted by what is left of each), taken oldest first; the refund is that amount excluding VAT times the HS line's
 * refund rate. Goods whose refund was cancelled (rate 0) are left out; a line the invoices do not cover stops the
 * claim.
 */
public final class RefundClaim {

    /** Amounts in CNY to the fen; quantities to 5 places, as CEB's. */
    public static final int PLACES = 2;

    /** A declared goods line: its order and goods number, product, quantity and the HS line's refund rate. */
    public record DeclaredLine(long orderId, int gnum, long productId, String gcode, BigDecimal qty,
                               BigDecimal refundRate) {
    }

    /** What is left of an invoice: its id, quantity left, and its unit cost (amount excluding VAT over quantity). */
    public record Invoice(long id, long productId, BigDecimal qtyLeft, BigDecimal unitCost) {
    }

    /** A line of the claim: the declared line, the invoices it took (id and quantity), its base and refund. */
    public record Line(DeclaredLine declared, String method, List<Taken> taken, BigDecimal base, BigDecimal refund) {
    }

    /** Quantity taken of an invoice. */
    public record Taken(long invoiceId, BigDecimal qty) {
    }

    /** The claim: its lines, base and refund, and what stops it (empty when it can be submitted). */
    public record Outcome(List<Line> lines, BigDecimal base, BigDecimal refund, List<String> problems) {
    }

    private RefundClaim() {
    }

    /** Builds the claim of the declared lines from the invoices (their quantities left are not changed here). */
    public static Outcome build(List<DeclaredLine> declared, List<Invoice> invoices) {
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Invoice> pool = new ArrayList<>(invoices);
        for (DeclaredLine line : declared) {
            if (line.refundRate().signum() == 0) {
                continue;
            }
            List<Invoice> ofProduct = pool.stream().filter(i -> i.productId() == line.productId()
                    && i.qtyLeft().signum() > 0).toList();
            BigDecimal covered = ofProduct.stream().map(Invoice::qtyLeft).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (covered.compareTo(line.qty()) < 0) {
                problems.add("gnum " + line.gnum() + " (order " + line.orderId() + ", product " + line.productId()
                        + "): the purchase invoices cover " + covered.stripTrailingZeros().toPlainString() + " of "
                        + line.qty().stripTrailingZeros().toPlainString());
                continue;
            }
            Line built = ofProduct.stream().filter(i -> i.qtyLeft().compareTo(line.qty()) == 0).findFirst()
                    .map(one -> oneToOne(line, one)).orElseGet(() -> weighted(line, ofProduct));
            for (Taken taken : built.taken()) {
                for (int i = 0; i < pool.size(); i++) {
                    Invoice invoice = pool.get(i);
                    if (invoice.id() == taken.invoiceId()) {
                        pool.set(i, new Invoice(invoice.id(), invoice.productId(), invoice.qtyLeft()
                                .subtract(taken.qty()), invoice.unitCost()));
                    }
                }
            }
            lines.add(built);
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add("no line of the declaration has a refund (every product's refund rate is 0)");
        }
        BigDecimal base = lines.stream().map(Line::base).reduce(BigDecimal.ZERO.setScale(PLACES), BigDecimal::add);
        BigDecimal refund = lines.stream().map(Line::refund).reduce(BigDecimal.ZERO.setScale(PLACES),
                BigDecimal::add);
        return new Outcome(List.copyOf(lines), base, refund, List.copyOf(problems));
    }

    private static Line oneToOne(DeclaredLine line, Invoice invoice) {
        BigDecimal base = line.qty().multiply(invoice.unitCost()).setScale(PLACES, RoundingMode.HALF_UP);
        return new Line(line, "ONE_TO_ONE", List.of(new Taken(invoice.id(), line.qty())), base, refund(base, line));
    }

    private static Line weighted(DeclaredLine line, List<Invoice> invoices) {
        BigDecimal qty = invoices.stream().map(Invoice::qtyLeft).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = invoices.stream().map(i -> i.qtyLeft().multiply(i.unitCost())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal average = cost.divide(qty, 10, RoundingMode.HALF_UP);
        BigDecimal base = line.qty().multiply(average).setScale(PLACES, RoundingMode.HALF_UP);
        List<Taken> taken = new ArrayList<>();
        BigDecimal left = line.qty();
        for (Invoice invoice : invoices) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal take = left.min(invoice.qtyLeft());
            taken.add(new Taken(invoice.id(), take));
            left = left.subtract(take);
        }
        return new Line(line, "WEIGHTED_AVERAGE", List.copyOf(taken), base, refund(base, line));
    }

    private static BigDecimal refund(BigDecimal base, DeclaredLine line) {
        return base.multiply(line.refundRate()).setScale(PLACES, RoundingMode.HALF_UP);
    }
}
