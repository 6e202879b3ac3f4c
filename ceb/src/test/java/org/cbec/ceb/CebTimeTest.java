package org.cbec.ceb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CebTimeTest {

    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Test
    void writesChinaTimeToTheMillisecondInSeventeenDigits() {
        assertThat(CebTime.millis(Instant.parse("2026-12-01T16:05:09.007Z"))).isEqualTo("20261202000509007");
        assertThat(CebTime.millis(Instant.parse("2024-02-28T16:00:00Z"))).isEqualTo("20240229000000000");
        assertThat(CebTime.millis(Instant.parse("2099-12-31T15:59:59.999Z"))).isEqualTo("20991231235959999");
    }

    @Test
    void agreesWithTheZoneRulesOnDayAndYearBoundariesAndLeapDays() {
        for (String day : new String[] {"1992-01-01", "2000-02-29", "2000-03-01", "2023-12-31", "2024-02-29",
                "2100-02-28", "2100-03-01", "2400-02-29", "9999-12-31"}) {
            Instant midnight = Instant.parse(day + "T00:00:00Z");
            for (long shift : new long[] {-8 * 3_600_000L - 1, -8 * 3_600_000L, -1, 0, 1, 16 * 3_600_000L - 1,
                    16 * 3_600_000L}) {
                Instant at = midnight.plusMillis(shift);
                assertThat(CebTime.millis(at)).as("%s", at).isEqualTo(REFERENCE.format(at));
            }
        }
    }

    @Test
    void agreesWithTheZoneRulesOnRandomInstantsAndBeforeTheFixedOffset() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            // 1985 (summer time was kept 1986 to 1991) to 2200
            Instant at = Instant.ofEpochMilli(random.nextLong(473_385_600_000L, 7_258_118_400_000L));
            assertThat(CebTime.millis(at)).as("%s", at).isEqualTo(REFERENCE.format(at));
        }
        Instant summerTime1988 = Instant.parse("1988-07-01T00:00:00Z");
        assertThat(CebTime.millis(summerTime1988)).isEqualTo("19880701090000000");
    }
}
