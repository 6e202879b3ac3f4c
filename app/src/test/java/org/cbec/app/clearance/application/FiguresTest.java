package org.cbec.app.clearance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Release times p50 and p90 by nearest rank: a percentile is a time some parcel actually took. */
class FiguresTest {

    @Test
    void p50AndP90AreTheNearestRanks() {
        List<Duration> tenSeconds = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofSeconds).toList();
        assertThat(Figures.percentile(tenSeconds, 50)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Figures.percentile(tenSeconds, 90)).isEqualTo(Duration.ofSeconds(9));
        assertThat(Figures.percentile(List.of(Duration.ofSeconds(3)), 90)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void noReleaseIsZero() {
        assertThat(Figures.percentile(List.of(), 50)).isEqualTo(Duration.ZERO);
    }
}
