package org.cbec.app.customs.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The tax of CBEC retail import lines (cbec-rules.md §A.3, §A.4). Within the limits the tariff is 0 and
 * consumption tax and VAT are levied at 70 %:
 * CT = (P + S) / (1 − c) × c + S, VAT = (P + CT) × v, where P is the dutiable price and S the specific consumption
 * tax (amount per unit × quantity). Outside them (an indivisible item above 5,000) all three are levied in full:
 * tariff = P × t, CT = (P + tariff + S) / (1 − c) × c + S, VAT = (P + tariff + CT) × v. Consumption tax with a
 * threshold (high-end cosmetics) applies only when P per ml or g, or else per piece, reaches it. Amounts are
 * computed unrounded and each rounded half-up to 0.01 at the end.
 */
public final class TaxCalculator {

    /** Within the limits VAT and consumption tax are levied at 70 % of the statutory amount. */
    public static final BigDecimal WITHIN_LIMITS = new BigDecimal("0.7");

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private TaxCalculator() {
    }

    /** A line as taxed: its dutiable price, quantities and units. */
    public record Line(int gnum, BigDecimal dutiable, BigDecimal qty, BigDecimal qty1, String unit1) {
    }

    public static LineTax tax(Tariff tariff, Line line, boolean fullTax) {
        BigDecimal p = line.dutiable();
        BigDecimal duty = fullTax ? p.multiply(tariff.mfnRate(), PRECISION) : BigDecimal.ZERO;
        BigDecimal ct = consumptionTaxApplies(tariff, line) ? consumptionTax(tariff, p.add(duty), line)
                : BigDecimal.ZERO;
        BigDecimal vat = p.add(duty).add(ct).multiply(tariff.vatRate(), PRECISION);
        BigDecimal factor = fullTax ? BigDecimal.ONE : WITHIN_LIMITS;
        return new LineTax(line.gnum(), p, Money.fen(duty), Money.fen(ct.multiply(factor)),
                Money.fen(vat.multiply(factor)));
    }

    /**
     * Splits freight and insurance over the lines in proportion to their total price, each share rounded to the
     * fen and the last line taking what rounding left, so that the shares add up exactly.
     */
    public static List<BigDecimal> dutiable(List<BigDecimal> lineTotals, BigDecimal freight, BigDecimal insuredFee) {
        BigDecimal extra = nz(freight).add(nz(insuredFee));
        BigDecimal sum = lineTotals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> dutiable = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < lineTotals.size(); i++) {
            BigDecimal share = i == lineTotals.size() - 1 ? extra.subtract(allocated)
                    : sum.signum() == 0 ? BigDecimal.ZERO
                    : Money.fen(extra.multiply(lineTotals.get(i)).divide(sum, PRECISION));
            allocated = allocated.add(share);
            dutiable.add(lineTotals.get(i).add(share));
        }
        return dutiable;
    }

    private static boolean consumptionTaxApplies(Tariff tariff, Line line) {
        if (tariff.ctRate().signum() == 0 && tariff.ctSpecific() == null) {
            return false;
        }
        if (tariff.ctMinPerMlOrG() == null && tariff.ctMinPerPiece() == null) {
            return true;
        }
        BigDecimal mlOrG = Units.inGramsOrMillilitres(line.qty1(), line.unit1());
        if (mlOrG != null && mlOrG.signum() > 0 && tariff.ctMinPerMlOrG() != null) {
            return line.dutiable().divide(mlOrG, PRECISION).compareTo(tariff.ctMinPerMlOrG()) >= 0;
        }
        if (tariff.ctMinPerPiece() != null && line.qty() != null && line.qty().signum() > 0) {
            return line.dutiable().divide(line.qty(), PRECISION).compareTo(tariff.ctMinPerPiece()) >= 0;
        }
        return false;
    }

    private static BigDecimal consumptionTax(Tariff tariff, BigDecimal base, Line line) {
        BigDecimal specific = BigDecimal.ZERO;
        if (tariff.ctSpecific() != null) {
            BigDecimal quantity = Units.convert(line.qty1(), line.unit1(), tariff.ctSpecificUnit());
            if (quantity == null) {
                throw new IllegalArgumentException("gnum " + line.gnum() + ": consumption tax is " + tariff.ctSpecific()
                        + " per unit " + tariff.ctSpecificUnit() + ", and qty1 is in unit " + line.unit1());
            }
            specific = quantity.multiply(tariff.ctSpecific(), PRECISION);
        }
        BigDecimal c = tariff.ctRate();
        BigDecimal adValorem = c.signum() == 0 ? BigDecimal.ZERO
                : base.add(specific).divide(BigDecimal.ONE.subtract(c), PRECISION).multiply(c, PRECISION);
        return adValorem.add(specific);
    }

    private static BigDecimal nz(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
