package org.cbec.app.clearance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cbec.app.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sweeper's query and the claim that lets one transaction decide a parcel, on a migrated database. */
class ParcelRepositoryTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final ParcelRepository parcels = new ParcelRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource()));
    private final Instant at = Instant.parse("2026-11-30T08:00:00Z");

    private void inventory(String copNo, String status) {
        parcels.putInventory(new ParcelRepository.InventoryState("AGENT00001", copNo, "EBP0000001", "ORD" + copNo,
                "LOG0000001", "LN" + copNo, "GUID-" + copNo, "PRE" + copNo, status, at.plusSeconds(86_400), null,
                null), at);
    }

    private void document(String type, String keyA, String keyB) {
        parcels.documents().put(type, keyA, keyB, "G-" + type + keyB, "SENDER0001", "{}", at);
    }

    private List<String> stranded(Instant before) {
        return parcels.stranded(before, 100).stream()
                .map(k -> k[1]).toList();
    }

    @Test
    void aWaitingSetWithAllItsDocumentsIsStrandedOnceQuiet() {
        inventory("C1", "WAITING");
        inventory("C2", "WAITING");
        inventory("C3", "RELEASED");
        for (String copNo : List.of("C1", "C2", "C3")) {
            document("ORDER", "EBP0000001", "ORD" + copNo);
            document("PAYMENT", "EBP0000001", "ORD" + copNo);
        }
        document("WAYBILL", "LOG0000001", "LNC1");
        document("WAYBILL", "LOG0000001", "LNC3");

        // C2 lacks its waybill, C3 is decided: only C1 is a complete set left waiting
        assertThat(stranded(at.plusSeconds(1))).containsExactly("C1");
        assertThat(stranded(at.minusSeconds(1))).as("not yet quiet").isEmpty();
    }

    @Test
    void onlyOneClaimOfAWaitingInventorySucceeds() {
        inventory("C4", "WAITING");

        assertThat(parcels.claim("AGENT00001", "C4")).isTrue();
        assertThat(parcels.claim("AGENT00001", "C4")).isFalse();
        assertThat(parcels.waiting("AGENT00001", "C4")).isEmpty();
    }
}
