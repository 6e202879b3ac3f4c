package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The credit line from a seller's record, and interest by the actual/360 day count. */
class CreditLineTest {

    @Test
    void theLineIsThirtyPercentOfSixMonthsSettledLessRefusalsTimesTheGradeRoundedDownToTheHundred() {
        CreditLine.Line clean = CreditLine.of(new CreditLine.Record(new BigDecimal("1000000.00"), 200, 0, null));
        assertThat(clean.amount()).isEqualByComparingTo("300000.00");
        CreditLine.Line refused = CreditLine.of(new CreditLine.Record(new BigDecimal("1000000.00"), 200, 10, "A"));
        assertThat(refused.amount()).as("x (1 - 0.05) x 1.2").isEqualByComparingTo("342000.00");
        assertThat(refused.factors()).extracting(CreditLine.Factor::name).containsExactly("settledExports6Months",
                "refusedShare", "creditGrade");
        assertThat(CreditLine.of(new CreditLine.Record(new BigDecimal("1993.60"), 1, 0, null)).amount())
                .as("598.08 rounded down to the hundred").isEqualByComparingTo("500.00");
        assertThat(CreditLine.of(new CreditLine.Record(new BigDecimal("1000000.00"), 10, 0, "D")).amount())
                .as("below grade C: no line").isEqualByComparingTo("0");
        CreditLine.Line capped = CreditLine.of(new CreditLine.Record(new BigDecimal("100000000"), 1, 0, "B"));
        assertThat(capped.amount()).isEqualByComparingTo(CreditLine.CAP);
        assertThat(capped.factors()).extracting(CreditLine.Factor::name).endsWith("cap");
    }

    @Test
    void aDaysInterestIsThePrincipalTimesTheAnnualRateOver360ToTheFen() {
        assertThat(CreditLine.dailyInterest(new BigDecimal("300.00"), new BigDecimal("0.06")))
                .isEqualByComparingTo("0.05");
        assertThat(CreditLine.dailyInterest(new BigDecimal("1000000.00"), new BigDecimal("0.06")))
                .as("a million at 6 %: 166.666... a day").isEqualByComparingTo("166.67");
    }
}
