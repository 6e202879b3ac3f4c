package org.cbec.app.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FX's gap: money against declared value, listed over a share (5 % unless configured). */
class FxGapTest {

    private static FxGap gap(String declared, String paid) {
        return new FxGap("EBC0000001", "2026-11", "E", 3, new BigDecimal(declared), new BigDecimal(paid),
                List.of(new FxGap.PaymentCompany("PAY0000001", 3, new BigDecimal(declared), new BigDecimal(paid))));
    }

    @Test
    void theDefaultShareIsFivePercent() {
        assertThat(FxGap.DEFAULT_SHARE).isEqualByComparingTo("0.05");
    }

    @Test
    void aDifferenceOfExactlyTheShareIsNotListedAndAnyMoreIs() {
        assertThat(gap("1000", "950").over(FxGap.DEFAULT_SHARE)).isFalse();
        assertThat(gap("1000", "949.99").over(FxGap.DEFAULT_SHARE)).isTrue();
        assertThat(gap("1000", "1050.01").over(FxGap.DEFAULT_SHARE)).as("more received than declared counts too")
                .isTrue();
    }

    @Test
    void theDifferenceIsSignedAndItsShareIsOfTheDeclaredValue() {
        FxGap gap = gap("800", "600");
        assertThat(gap.difference()).isEqualByComparingTo("-200");
        assertThat(gap.differenceShare()).isEqualByComparingTo("0.25");
    }

    @Test
    void moneyWithNothingDeclaredIsAWholeGapAndNothingAtAllIsNone() {
        assertThat(gap("0", "10").differenceShare()).isEqualByComparingTo("1");
        assertThat(gap("0", "0").over(new BigDecimal("0.01"))).isFalse();
    }

    @Test
    void aShareIsAboveZeroAndAtMostOne() {
        assertThat(FxGap.share("0.1")).isEqualByComparingTo("0.1");
        assertThat(FxGap.share("1")).isEqualByComparingTo("1");
        assertThatThrownBy(() -> FxGap.share("0")).hasMessageContaining("share");
        assertThatThrownBy(() -> FxGap.share("1.5")).hasMessageContaining("share");
        assertThatThrownBy(() -> FxGap.share("five")).hasMessageContaining("share");
        assertThat(FxGap.share("0.0001")).isEqualByComparingTo("0.0001");
        assertThatThrownBy(() -> FxGap.share("1e-400")).as("more than " + FxGap.MAX_PLACES + " places")
                .hasMessageContaining("at most 4 places");
    }
}
