package org.cbec.app.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Credit: each factor's weight and limit, and the grades. */
class CreditScoreTest {

    private static CreditScore score(long released, long mismatched, long refused, long returned, int fxGapMonths,
                                     int overdueForms) {
        return CreditScore.of("EBC0000001", new CreditScore.Facts(released, mismatched, refused, returned,
                fxGapMonths, overdueForms));
    }

    private static CreditScore.Factor factor(CreditScore score, String name) {
        return score.factors().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theWeightsAddUpToAHundred() {
        assertThat(CreditScore.MISMATCH_WEIGHT + CreditScore.REFUSAL_WEIGHT + CreditScore.RETURN_WEIGHT
                + CreditScore.FX_GAP_WEIGHT + CreditScore.OVERDUE_TAX_WEIGHT).isEqualTo(100);
    }

    @Test
    void aCleanRecordAndNoRecordAreBoth100GradeA() {
        assertThat(score(1000, 0, 0, 0, 0, 0)).satisfies(s -> {
            assertThat(s.score()).isEqualTo(100);
            assertThat(s.grade()).isEqualTo('A');
        });
        assertThat(score(0, 0, 0, 0, 0, 0).score()).isEqualTo(100);
    }

    @Test
    void mismatchesTakeTheirWholeWeightAtTenPercentOfDeclarationsAndHalfAtFive() {
        assertThat(factor(score(90, 10, 0, 0, 0, 0), "mismatch").penalty())
                .isEqualByComparingTo(String.valueOf(CreditScore.MISMATCH_WEIGHT));
        CreditScore.Factor half = factor(score(95, 5, 0, 0, 0, 0), "mismatch");
        assertThat(half.penalty()).isEqualByComparingTo("12.50");
        assertThat(half.count()).isEqualTo(5);
        assertThat(half.outOf()).as("declarations: released and refused").isEqualTo(100);
        assertThat(factor(score(0, 100, 0, 0, 0, 0), "mismatch").penalty()).as("never more than the weight")
                .isEqualByComparingTo("25");
    }

    @Test
    void customsRefusalsTakeTheirWholeWeightAtFivePercent() {
        assertThat(factor(score(95, 0, 5, 0, 0, 0), "refusal").penalty()).isEqualByComparingTo("25");
        assertThat(CreditScore.REFUSAL_LIMIT).isEqualByComparingTo("0.05");
    }

    @Test
    void returnsAreCountedAgainstReleasedParcelsWholeAtTenPercent() {
        CreditScore.Factor returns = factor(score(200, 0, 0, 10, 0, 0), "return");
        assertThat(returns.outOf()).isEqualTo(200);
        assertThat(returns.penalty()).isEqualByComparingTo("7.50");
    }

    @Test
    void threeFxGapMonthsAndTwoOverdueFormsTakeTheirWholeWeights() {
        assertThat(factor(score(10, 0, 0, 0, 3, 0), "fxGap").penalty()).isEqualByComparingTo("15");
        assertThat(factor(score(10, 0, 0, 0, 1, 0), "fxGap").penalty()).isEqualByComparingTo("5");
        assertThat(factor(score(10, 0, 0, 0, 0, 2), "overdueTax").penalty()).isEqualByComparingTo("20");
        assertThat(factor(score(10, 0, 0, 0, 0, 1), "overdueTax").penalty()).isEqualByComparingTo("10");
    }

    @Test
    void gradesAreA90B75C60ElseD() {
        assertThat(CreditScore.grade(90)).isEqualTo('A');
        assertThat(CreditScore.grade(89)).isEqualTo('B');
        assertThat(CreditScore.grade(75)).isEqualTo('B');
        assertThat(CreditScore.grade(74)).isEqualTo('C');
        assertThat(CreditScore.grade(60)).isEqualTo('C');
        assertThat(CreditScore.grade(59)).isEqualTo('D');
        assertThat(score(0, 10, 0, 0, 3, 2)).satisfies(s -> {
            assertThat(s.score()).isEqualTo(40);
            assertThat(s.grade()).isEqualTo('D');
        });
    }
}
