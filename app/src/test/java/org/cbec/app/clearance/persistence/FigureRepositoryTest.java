package org.cbec.app.clearance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.clearance.ClearanceFigures;
import org.junit.jupiter.api.Test;

/** The dashboard's figures as the database counts them (H2 here, PostgreSQL in CI): by hour, p50 and p90, reasons. */
class FigureRepositoryTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final FigureRepository figures = new FigureRepository(database.jdbc());
    private final Instant at = Instant.parse("2026-11-30T08:10:00Z");

    /** A parcel declared at {@code at}, now in {@code status} since {@code minutes} later. */
    private void parcel(String copNo, String status, int minutes, String reason) {
        Instant moved = at.plus(Duration.ofMinutes(minutes));
        database.jdbc().sql("insert into inventory_state (agent_code, cop_no, ebp_code, order_no, logistics_code, "
                        + "logistics_no, record_guid, pre_no, status, deadline, updated_at, released_at, reason, "
                        + "declared_at) values ('AGENT00001', ?, 'EBP0000001', ?, 'LOG0000001', ?, 'G', 'P', ?, ?, ?, "
                        + "?, ?, ?)")
                .params(copNo, "ORD" + copNo, "LN" + copNo, status, Timestamp.from(at), Timestamp.from(moved),
                        "RELEASED".equals(status) ? Timestamp.from(moved) : null, reason, Timestamp.from(at))
                .update();
    }

    @Test
    void releaseTimesAreTheNearestRanksOverTheReleasedParcels() {
        for (int i = 1; i <= 10; i++) {
            parcel("R" + i, "RELEASED", i, null);
        }
        parcel("X1", "REJECTED", 60, "goods-lines");

        ClearanceFigures.ReleaseTimes times = figures.releaseTimes(at);

        assertThat(times.released()).isEqualTo(10);
        assertThat(times.p50()).isEqualTo(Duration.ofMinutes(5));
        assertThat(times.p90()).isEqualTo(Duration.ofMinutes(9));
        assertThat(figures.releaseTimes(at.plus(Duration.ofHours(2))))
                .isEqualTo(new ClearanceFigures.ReleaseTimes(0, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void parcelsAreCountedByTheHourTheyLastMovedInAndRefusalsByReason() {
        parcel("A", "RELEASED", 1, null);
        parcel("B", "RELEASED", 70, null);
        parcel("C", "REJECTED", 2, "goods-lines");
        parcel("D", "REJECTED", 3, "goods-lines");
        parcel("E", "REJECTED", 4, "-621005");

        assertThat(figures.perHour(at)).containsExactly(
                new ClearanceFigures.HourCount(Instant.parse("2026-11-30T08:00:00Z"), "REJECTED", 3),
                new ClearanceFigures.HourCount(Instant.parse("2026-11-30T08:00:00Z"), "RELEASED", 1),
                new ClearanceFigures.HourCount(Instant.parse("2026-11-30T09:00:00Z"), "RELEASED", 1));
        assertThat(figures.refusalReasons(at)).containsExactly(java.util.Map.entry("goods-lines", 2L),
                java.util.Map.entry("-621005", 1L));
    }
}
