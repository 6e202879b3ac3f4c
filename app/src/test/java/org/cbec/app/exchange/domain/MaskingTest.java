package org.cbec.app.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Masking field by field, as the issue gives it: 330106********1234, 周*远, 138****5678. */
class MaskingTest {

    @Test
    void anIdentityCardNumberKeepsItsRegionAndLastFour() {
        assertThat(Masking.ID_NUMBER.apply("330106199001011234")).isEqualTo("330106********1234");
        assertThat(Masking.ID_NUMBER.apply("33010619900101123X")).isEqualTo("330106********123X");
    }

    @Test
    void aNameKeepsItsFirstAndLastCharacters() {
        assertThat(Masking.NAME.apply("周远")).isEqualTo("周*");
        assertThat(Masking.NAME.apply("周志远")).isEqualTo("周*远");
        assertThat(Masking.NAME.apply("欧阳志远")).isEqualTo("欧**远");
        assertThat(Masking.NAME.apply("周")).isEqualTo("*");
    }

    @Test
    void aTelephoneKeepsItsFirstThreeAndLastFour() {
        assertThat(Masking.PHONE.apply("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.PHONE.apply("123456")).isEqualTo("******");
    }

    @Test
    void nothingToMaskStaysNothing() {
        assertThat(Masking.NAME.apply(null)).isNull();
        assertThat(Masking.PHONE.apply("")).isEmpty();
    }
}
