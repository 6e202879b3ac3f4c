package org.cbec.app.customs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of cbec-rules.md §A.7, and the rounding: each tax of each line half-up to the fen. */
class TaxCalculatorTest {

    private static Tariff tariff(String mfn, String vat, String ct, String minPerMlOrG, String minPerPiece) {
        return new Tariff("0000000000", "test", new BigDecimal(mfn), new BigDecimal(vat), new BigDecimal(ct), null,
                null, minPerMlOrG == null ? null : new BigDecimal(minPerMlOrG),
                minPerPiece == null ? null : new BigDecimal(minPerPiece), true, null, "011", null, null);
    }

    private static final Tariff ORDINARY = tariff("0.06", "0.13", "0", null, null);
    private static final Tariff HIGH_END_COSMETICS = tariff("0.01", "0.13", "0.15", "10", "15");

    private static TaxCalculator.Line line(String dutiable, String qty, String qty1, String unit1) {
        return new TaxCalculator.Line(1, new BigDecimal(dutiable), new BigDecimal(qty),
                qty1 == null ? null : new BigDecimal(qty1), unit1);
    }

    @Test
    void example_1_ordinary_goods_within_the_limits_pay_9_1_percent() {
        List<BigDecimal> dutiable = TaxCalculator.dutiable(List.of(new BigDecimal("480")), new BigDecimal("20"),
                BigDecimal.ZERO);
        assertThat(dutiable).containsExactly(new BigDecimal("500"));

        LineTax tax = TaxCalculator.tax(ORDINARY, line("500", "1", null, null), false);

        assertThat(tax.customsDuty()).isEqualByComparingTo("0");
        assertThat(tax.consumptionTax()).isEqualByComparingTo("0");
        assertThat(tax.vat()).isEqualByComparingTo("45.50");
        assertThat(TaxCalculator.WITHIN_LIMITS).isEqualByComparingTo("0.7");
    }

    @Test
    void example_2_a_20_g_cream_at_425_is_high_end_cosmetics_and_pays_98() {
        LineTax tax = TaxCalculator.tax(HIGH_END_COSMETICS, line("425", "1", "20", "036"), false);

        // full CT 75.00 and full VAT 65.00, each at 70 %
        assertThat(tax.consumptionTax()).isEqualByComparingTo("52.50");
        assertThat(tax.vat()).isEqualByComparingTo("45.50");
        assertThat(tax.total()).isEqualByComparingTo("98.00");
    }

    @Test
    void example_3_high_end_cosmetics_at_1000_pay_230_59_rounded_per_tax() {
        LineTax tax = TaxCalculator.tax(HIGH_END_COSMETICS, line("1000", "1", "50", "036"), false);

        // 0.7 × 176.470588… = 123.529… → 123.53; 0.7 × 152.941176… = 107.058… → 107.06
        assertThat(tax.consumptionTax()).isEqualByComparingTo("123.53");
        assertThat(tax.vat()).isEqualByComparingTo("107.06");
        assertThat(tax.total()).isEqualByComparingTo("230.59");
    }

    @Test
    void cosmetics_below_10_per_g_and_15_per_piece_pay_no_consumption_tax() {
        assertThat(TaxCalculator.tax(HIGH_END_COSMETICS, line("99.99", "1", "10", "036"), false).consumptionTax())
                .isEqualByComparingTo("0");
        assertThat(TaxCalculator.tax(HIGH_END_COSMETICS, line("100", "1", "10", "036"), false).consumptionTax())
                .as("exactly 10 per g").isPositive();
        assertThat(TaxCalculator.tax(HIGH_END_COSMETICS, line("0.1", "1", "0.01", "035"), false).consumptionTax())
                .as("0.1 for 10 g: 0.01 per g").isEqualByComparingTo("0");
        // masks by the piece: 15 per piece and more
        assertThat(TaxCalculator.tax(HIGH_END_COSMETICS, line("140", "10", "10", "011"), false).consumptionTax())
                .isEqualByComparingTo("0");
        assertThat(TaxCalculator.tax(HIGH_END_COSMETICS, line("150", "10", "10", "011"), false).consumptionTax())
                .isPositive();
    }

    @Test
    void example_4_an_indivisible_6000_item_pays_tariff_and_vat_in_full() {
        Tariff tenPercent = tariff("0.10", "0.13", "0", null, null);

        LineTax tax = TaxCalculator.tax(tenPercent, line("6000", "1", null, null), true);

        assertThat(tax.customsDuty()).isEqualByComparingTo("600.00");
        assertThat(tax.vat()).isEqualByComparingTo("858.00");
        assertThat(tax.total()).isEqualByComparingTo("1458.00");
    }

    @Test
    void specific_consumption_tax_is_added_to_the_base_and_to_the_tax() {
        Tariff spirits = new Tariff("2208300000", "威士忌酒", new BigDecimal("0.05"), new BigDecimal("0.13"),
                new BigDecimal("0.20"), BigDecimal.ONE, "035", null, null, true, null, "142", null, null);

        // 2 kg: specific 2.00; CT = (100 + 2) / 0.8 × 0.2 + 2 = 27.50; VAT = (100 + 27.50) × 0.13 = 16.575
        LineTax tax = TaxCalculator.tax(spirits, line("100", "1", "2000", "036"), false);

        assertThat(tax.consumptionTax()).isEqualByComparingTo("19.25");
        assertThat(tax.vat()).isEqualByComparingTo("11.60");
    }

    @Test
    void freight_and_insurance_are_shared_by_line_value_and_add_up_to_the_fen() {
        List<BigDecimal> dutiable = TaxCalculator.dutiable(List.of(new BigDecimal("100"), new BigDecimal("100"),
                new BigDecimal("100")), new BigDecimal("10"), new BigDecimal("0.01"));

        assertThat(dutiable).containsExactly(new BigDecimal("103.34"), new BigDecimal("103.34"),
                new BigDecimal("103.33"));
        assertThat(dutiable.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("310.01");
    }
}
