package org.cbec.app.customs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each risk rule, by its code, hitting and not hitting. */
class RiskCheckTest {

    private static final Tariff BAG = new Tariff("4202221000", "手提包", new BigDecimal("0.06"),
            new BigDecimal("0.13"), BigDecimal.ZERO, null, null, null, null, true, null, "011", new BigDecimal("30"),
            null);
    private static final Tariff SUGAR = new Tariff("1701999000", "精制糖", new BigDecimal("0.15"),
            new BigDecimal("0.09"), BigDecimal.ZERO, null, null, null, null, true, "quantity cap 2 kg per person per year",
            "035", null, new BigDecimal("2"));
    private static final Tariff GUN = new Tariff("9302000000", "手枪", new BigDecimal("0.13"),
            new BigDecimal("0.13"), BigDecimal.ZERO, null, null, null, null, false, null, "011", null, null);

    private static RiskCheck.Line line(int gnum, Tariff tariff, String qty, String price) {
        return new RiskCheck.Line(gnum, tariff.hsCode(), new BigDecimal(qty), new BigDecimal(price),
                Optional.of(tariff));
    }

    private static RiskCheck.Subject subject(List<RiskCheck.Line> lines) {
        return new RiskCheck.Subject(List.of("1101110325", "1101110325", "1105910159"), "110101199001011234", lines,
                Map.of(), new BigDecimal("4.55"), new BigDecimal("4.55"));
    }

    private static List<String> hits(String code, String parameter, RiskCheck.Subject subject, double draw) {
        return RiskCheck.hits(List.of(new RiskRule(code, "", true, parameter)), subject, () -> draw);
    }

    @Test
    void positive_list_names_lines_off_the_list_or_not_in_the_table() {
        RiskCheck.Subject subject = subject(List.of(line(1, BAG, "1", "40"), line(2, GUN, "1", "40"),
                new RiskCheck.Line(3, "0000000000", BigDecimal.ONE, BigDecimal.TEN, Optional.empty())));

        assertThat(hits(RiskRule.POSITIVE_LIST, "", subject, 0.5)).containsExactly(
                "POSITIVE_LIST: gnum 2: gcode 9302000000 (手枪) is not on the CBEC retail import positive list",
                "POSITIVE_LIST: gnum 3: gcode 0000000000 is not in the tariff table");
    }

    @Test
    void price_below_a_fraction_of_the_reference_price() {
        assertThat(hits(RiskRule.PRICE_BELOW_REFERENCE, "0.3", subject(List.of(line(1, BAG, "1", "9"))), 0.5))
                .isEmpty();
        assertThat(hits(RiskRule.PRICE_BELOW_REFERENCE, "0.3", subject(List.of(line(1, BAG, "1", "8.99"))), 0.5))
                .containsExactly("PRICE_BELOW_REFERENCE: gnum 1: price 8.99 is below 30 % of the reference price 30.00");
    }

    @Test
    void blocked_enterprise_and_blocked_buyer() {
        RiskCheck.Subject subject = subject(List.of(line(1, BAG, "1", "40")));
        assertThat(hits(RiskRule.BLOCKED_ENTERPRISE, "1105910159, 9999999999", subject, 0.5))
                .containsExactly("BLOCKED_ENTERPRISE: enterprise 1105910159 is blocked");
        assertThat(hits(RiskRule.BLOCKED_ENTERPRISE, "", subject, 0.5)).isEmpty();
        assertThat(hits(RiskRule.BLOCKED_BUYER, "110101199001011234", subject, 0.5))
                .containsExactly("BLOCKED_BUYER: buyer 110101********1234 is blocked");
    }

    @Test
    void quantity_cap_counts_what_the_buyer_took_this_year() {
        RiskCheck.Subject first = subject(List.of(line(1, SUGAR, "2", "20")));
        assertThat(hits(RiskRule.QUANTITY_CAP, "", first, 0.5)).isEmpty();

        RiskCheck.Subject again = new RiskCheck.Subject(first.enterpriseCodes(), first.buyerIdNumber(), first.lines(),
                Map.of("1701999000", new BigDecimal("0.5")), first.declaredTax(), first.computedTax());
        assertThat(hits(RiskRule.QUANTITY_CAP, "", again, 0.5)).containsExactly(
                "QUANTITY_CAP: gnum 1: 2.5 of 1701999000 this year passes the cap of 2 per person "
                        + "(quantity cap 2 kg per person per year)");
    }

    @Test
    void random_review_draws_the_set_fraction() {
        RiskCheck.Subject subject = subject(List.of(line(1, BAG, "1", "40")));
        assertThat(hits(RiskRule.RANDOM_REVIEW, "0.05", subject, 0.049)).containsExactly(
                "RANDOM_REVIEW: drawn at random (5 % of inventories)");
        assertThat(hits(RiskRule.RANDOM_REVIEW, "0.05", subject, 0.05)).isEmpty();
        assertThat(hits(RiskRule.RANDOM_REVIEW, "0", subject, 0.0)).isEmpty();
    }

    @Test
    void tax_total_beyond_the_tolerance() {
        RiskCheck.Line bag = line(1, BAG, "1", "40");
        RiskCheck.Subject close = new RiskCheck.Subject(List.of(), "x", List.of(bag), Map.of(), new BigDecimal("100"),
                new BigDecimal("104.99"));
        assertThat(hits(RiskRule.TAX_TOTAL, "0.05", close, 0.5)).isEmpty();
        RiskCheck.Subject far = new RiskCheck.Subject(List.of(), "x", List.of(bag), Map.of(), new BigDecimal("90"),
                new BigDecimal("100"));
        assertThat(hits(RiskRule.TAX_TOTAL, "0.05", far, 0.5)).containsExactly(
                "TAX_TOTAL: order taxTotal 90.00 differs from the computed tax 100.00 by more than 5 %");
    }

    @Test
    void a_disabled_rule_does_not_hit_and_parameters_are_checked() {
        RiskCheck.Subject subject = subject(List.of(line(1, BAG, "1", "40")));
        assertThat(RiskCheck.hits(List.of(new RiskRule(RiskRule.RANDOM_REVIEW, "", false, "1")), subject, () -> 0.0))
                .isEmpty();
        assertThat(RiskRule.parameterProblem(RiskRule.RANDOM_REVIEW, "1.5")).contains("a fraction from 0 to 1");
        assertThat(RiskRule.parameterProblem(RiskRule.TAX_TOTAL, "five")).contains("not 'five'");
        assertThat(RiskRule.parameterProblem(RiskRule.POSITIVE_LIST, "x")).contains("none is taken");
        assertThat(RiskRule.parameterProblem("NO_SUCH", "")).isEqualTo("no risk rule NO_SUCH");
        assertThat(RiskRule.parameterProblem(RiskRule.BLOCKED_BUYER, "110101199001011234")).isNull();
    }
}
