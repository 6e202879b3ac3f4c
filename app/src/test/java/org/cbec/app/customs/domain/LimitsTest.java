package org.cbec.app.customs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 5,000 a transaction and 26,000 a buyer a year (财关税〔2018〕49号), at, just below and just above. */
class LimitsTest {

    @Test
    void the_single_limit_is_5000_inclusive() {
        assertThat(Limits.SINGLE_TRANSACTION).isEqualByComparingTo("5000");
        assertThat(Limits.single(new BigDecimal("4999.99"), 2, BigDecimal.ONE)).isEqualTo(Limits.Single.WITHIN);
        assertThat(Limits.single(new BigDecimal("5000.00"), 2, BigDecimal.ONE)).isEqualTo(Limits.Single.WITHIN);
        assertThat(Limits.single(new BigDecimal("5000.01"), 2, BigDecimal.ONE)).isEqualTo(Limits.Single.ABOVE);
    }

    @Test
    void one_indivisible_item_may_exceed_5000_but_not_two_items_nor_two_units() {
        assertThat(Limits.single(new BigDecimal("6000"), 1, BigDecimal.ONE))
                .isEqualTo(Limits.Single.INDIVISIBLE_ABOVE);
        assertThat(Limits.single(new BigDecimal("6000"), 1, new BigDecimal("2"))).isEqualTo(Limits.Single.ABOVE);
        assertThat(Limits.single(new BigDecimal("6000"), 2, BigDecimal.ONE)).isEqualTo(Limits.Single.ABOVE);
    }

    @Test
    void the_annual_limit_is_26000_inclusive_and_its_refusal_gives_used_and_remaining() {
        assertThat(Limits.ANNUAL).isEqualByComparingTo("26000");
        assertThat(Limits.annualRefusal("C1", "110101199001011234", new BigDecimal("23000"), new BigDecimal("3000")))
                .isEmpty();
        assertThat(Limits.annualRefusal("C1", "110101199001011234", new BigDecimal("22999.99"),
                new BigDecimal("3000"))).isEmpty();
        // example 5 of §A.7: 24,000 used, a 3,000 order would make 27,000
        assertThat(Limits.annualRefusal("C1", "110101199001011234", new BigDecimal("24000"), new BigDecimal("3000")))
                .get().asString()
                .contains("清单[C1]中购买人[110101********1234]已用购买额度为[24000.00]")
                .contains("年度限额[26000.00]").contains("this list 3000.00, remaining 2000.00");
        assertThat(Limits.annualRefusal("C1", "110101199001011234", new BigDecimal("23000.01"),
                new BigDecimal("3000"))).isPresent();
    }

    @Test
    void the_codes_are_the_specs() {
        assertThat(Limits.OVER_SINGLE_LIMIT).isEqualTo("-621005");
        assertThat(Limits.OVER_ANNUAL_LIMIT).isEqualTo("-621018");
    }
}
