package org.cbec.app.customs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReturnWindowTest {

    private static final Instant RELEASED = Instant.parse("2026-03-01T02:00:00Z");

    private static Instant day(int n) {
        return RELEASED.plus(Duration.ofDays(n));
    }

    @Test
    void example_6_goods_back_on_day_40_undo_the_tax_and_on_day_50_the_tax_stands() {
        // applied for on day 20, within the 30 days
        assertThat(day(20)).isBefore(RELEASED.plus(ReturnWindow.APPLY_WITHIN));
        assertThat(ReturnWindow.goodsBackInTime(RELEASED, day(40))).isTrue();
        assertThat(ReturnWindow.goodsBackInTime(RELEASED, day(50))).isFalse();
    }

    @Test
    void goods_are_back_in_time_up_to_45_days_after_release() {
        assertThat(ReturnWindow.APPLY_WITHIN).isEqualTo(Duration.ofDays(30));
        assertThat(ReturnWindow.GOODS_BACK_WITHIN).isEqualTo(Duration.ofDays(45));
        assertThat(ReturnWindow.goodsBackInTime(RELEASED, day(45))).isTrue();
        assertThat(ReturnWindow.goodsBackInTime(RELEASED, day(45).plusSeconds(1))).isFalse();
        assertThat(ReturnWindow.lapsesAfter(RELEASED)).isEqualTo(day(45));
    }
}
