package org.cbec.app.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An enterprise's credit (电商信用) from the facts on record over the last 12 months: each factor a rate or a count,
 * its weight (the points it can take off 100) and the figures it came from. A factor takes its whole weight at its
 * limit and a proportional part below it; the score is 100 less what the factors take, the grade A (90 and up),
 * B (75), C (60) or D.
 */
public record CreditScore(String enterprise, int score, char grade, List<Factor> factors) {

    /** Weights, out of 100. */
    public static final int MISMATCH_WEIGHT = 25;
    public static final int REFUSAL_WEIGHT = 25;
    public static final int RETURN_WEIGHT = 15;
    public static final int FX_GAP_WEIGHT = 15;
    public static final int OVERDUE_TAX_WEIGHT = 20;
    /** Where each factor takes its whole weight: 10 % of declarations refused by the comparison ... */
    public static final BigDecimal MISMATCH_LIMIT = new BigDecimal("0.10");
    /** ... 5 % refused by customs or an officer ... */
    public static final BigDecimal REFUSAL_LIMIT = new BigDecimal("0.05");
    /** ... 10 % of released parcels returned ... */
    public static final BigDecimal RETURN_LIMIT = new BigDecimal("0.10");
    /** ... 3 months listed for an FX gap ... */
    public static final int FX_GAP_MONTHS_LIMIT = 3;
    /** ... 2 payment forms overdue. */
    public static final int OVERDUE_FORMS_LIMIT = 2;

    public CreditScore {
        factors = List.copyOf(factors);
    }

    /** A factor: its name, its weight, its figures (what was counted out of what), and the points it took off. */
    public record Factor(String name, int weight, long count, long outOf, BigDecimal penalty) {
    }

    /** The facts of 12 months an enterprise's score is made of. */
    public record Facts(long released, long mismatched, long refused, long returned, int fxGapMonths,
                        int overdueForms) {

        /** Declarations that reached an end: released, or refused by the comparison or by customs. */
        public long declared() {
            return released + mismatched + refused;
        }
    }

    public static CreditScore of(String enterprise, Facts facts) {
        List<Factor> factors = List.of(
                rate("mismatch", MISMATCH_WEIGHT, facts.mismatched(), facts.declared(), MISMATCH_LIMIT),
                rate("refusal", REFUSAL_WEIGHT, facts.refused(), facts.declared(), REFUSAL_LIMIT),
                rate("return", RETURN_WEIGHT, facts.returned(), facts.released(), RETURN_LIMIT),
                count("fxGap", FX_GAP_WEIGHT, facts.fxGapMonths(), 12, FX_GAP_MONTHS_LIMIT),
                count("overdueTax", OVERDUE_TAX_WEIGHT, facts.overdueForms(), facts.overdueForms(),
                        OVERDUE_FORMS_LIMIT));
        BigDecimal taken = factors.stream().map(Factor::penalty).reduce(BigDecimal.ZERO, BigDecimal::add);
        int score = BigDecimal.valueOf(100).subtract(taken).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new CreditScore(enterprise, score, grade(score), factors);
    }

    public static char grade(int score) {
        return score >= 90 ? 'A' : score >= 75 ? 'B' : score >= 60 ? 'C' : 'D';
    }

    private static Factor rate(String name, int weight, long count, long outOf, BigDecimal limit) {
        if (outOf == 0) {
            return new Factor(name, weight, count, outOf, BigDecimal.ZERO.setScale(2));
        }
        BigDecimal rate = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(outOf), 6, RoundingMode.HALF_UP);
        return new Factor(name, weight, count, outOf, part(weight, rate.divide(limit, 6, RoundingMode.HALF_UP)));
    }

    private static Factor count(String name, int weight, int count, int outOf, int limit) {
        return new Factor(name, weight, count, outOf, part(weight, BigDecimal.valueOf(count)
                .divide(BigDecimal.valueOf(limit), 6, RoundingMode.HALF_UP)));
    }

    /** The weight times a fraction of the limit reached, at most the whole weight. */
    private static BigDecimal part(int weight, BigDecimal reached) {
        return BigDecimal.valueOf(weight).multiply(reached.min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
    }
}
