package org.cbec.app.export.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.export.persistence.ExportRepository.ExportInventoryRow;
import org.cbec.app.export.persistence.ExportRepository.HistoryEntry;
import org.cbec.app.shared.persistence.DocumentTable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An export inventory stored as declared, and modified in place; the waiting inventories of what a message touched
 * found a kind of key at a time; inventories read at once and known to the transaction until it writes them; the
 * movements of many waybills in one look-up, on a migrated database.
 */
class ExportRepositoryTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final ExportRepository exports = new ExportRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource()));
    private final ExportWaybillRepository waybills = new ExportWaybillRepository(database.jdbc());
    private final TransactionTemplate transaction = new TransactionTemplate(
            new JdbcTransactionManager(database.dataSource()));
    private final Instant at = Instant.parse("2026-12-01T08:00:00Z");

    private ExportInventoryRow declared(String copNo, String orderNo, String status) {
        return new ExportInventoryRow("AGENT00001", copNo, "EBP0000001", orderNo, "LOG0000001", "LN" + copNo,
                "GUID-" + copNo, "PRE" + copNo, null, status, at.plusSeconds(86_400), null);
    }

    private String column(String column, String copNo) {
        return database.jdbc().sql("select " + column + " from export_inventory where cop_no = ?").param(copNo)
                .query(String.class).single();
    }

    @Test
    void aModificationReplacesTheDeclaredFieldsInItsRowAndForgetsItsNumber() {
        exports.put(declared("E1", "ORD1", "WAITING"), "EBC0000001", "A", at);
        assertThat(exports.claim("AGENT00001", "E1", "51012026E000000001")).isTrue();
        assertThat(exports.claim("AGENT00001", "E1", "51012026E000000002")).as("taken once").isFalse();
        assertThat(column("invt_no", "E1")).isEqualTo("51012026E000000001");

        exports.put(declared("E1", "ORD2", "WAITING"), "EBC0000002", "B", at.plusSeconds(60));

        assertThat(database.jdbc().sql("select count(*) from export_inventory").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(exports.find("AGENT00001", "E1")).get().satisfies(row -> {
            assertThat(row.orderNo()).isEqualTo("ORD2");
            assertThat(row.invtNo()).as("numbered again when compared again").isNull();
        });
        assertThat(column("ebc_code", "E1")).isEqualTo("EBC0000002");
        assertThat(column("statistics_flag", "E1")).as("B: summary declaration").isEqualTo("B");
    }

    @Test
    void theWaitingInventoriesOfTouchedDocumentsComeOnceAKindOfKeyAtATime() {
        exports.put(declared("E2", "ORD2", "WAITING"), "EBC0000001", "A", at);
        exports.put(declared("E3", "ORD3", "WAITING"), "EBC0000001", "A", at);
        exports.put(declared("E4", "ORD4", "REVIEWED"), "EBC0000001", "A", at);

        List<ExportInventoryRow> waiting = exports.waitingFor(List.of(
                new DocumentTable.Keys("E_INVT", "AGENT00001", "E2"),
                new DocumentTable.Keys("E_ORDER", "EBP0000001", "ORD2"),
                new DocumentTable.Keys("E_RECEIPT", "EBP0000001", "ORD3"),
                new DocumentTable.Keys("E_WAYBILL", "LOG0000001", "LNE4")));

        assertThat(waiting).extracting(ExportInventoryRow::copNo).containsExactlyInAnyOrder("E2", "E3");
    }

    @Test
    void inventoriesReadAtOnceAreKnownToTheTransactionUntilItWritesThem() {
        exports.put(declared("E5", "ORD5", "WAITING"), "EBC0000001", "A", at);
        exports.put(declared("E6", "ORD6", "WAITING"), "EBC0000001", "A", at);
        transaction.executeWithoutResult(status -> {
            assertThat(exports.read(List.of(new DocumentTable.Keys("E_INVT", "AGENT00001", "E5"),
                    new DocumentTable.Keys("E_INVT", "AGENT00001", "E6"),
                    new DocumentTable.Keys("E_INVT", "AGENT00001", "E9"))))
                    .extracting(ExportInventoryRow::copNo).containsExactlyInAnyOrder("E5", "E6");
            // changed behind the transaction's back: what it read stands, nothing is asked again
            database.jdbc().sql("update export_inventory set order_no = 'ELSEWHERE' where cop_no in ('E5', 'E6')")
                    .update();
            assertThat(exports.find("AGENT00001", "E5")).get().extracting(ExportInventoryRow::orderNo)
                    .isEqualTo("ORD5");
            assertThat(exports.find("AGENT00001", "E9")).as("read as absent").isEmpty();

            assertThat(exports.claim("AGENT00001", "E6", "51012026E000000006")).isTrue();
            assertThat(exports.find("AGENT00001", "E6")).as("written: read again").get().satisfies(row -> {
                assertThat(row.status()).isEqualTo("DECIDING");
                assertThat(row.orderNo()).isEqualTo("ELSEWHERE");
            });
        });
        assertThat(exports.find("AGENT00001", "E5")).as("nothing kept past the transaction").get()
                .extracting(ExportInventoryRow::orderNo).isEqualTo("ELSEWHERE");
    }

    @Test
    void theInventoriesOfManyWaybillsComeInAnyStatusOrInTheOneAsked() {
        exports.put(declared("E7", "ORD7", "REVIEWED"), "EBC0000001", "A", at);
        exports.put(declared("E8", "ORD8", "RELEASED"), "EBC0000001", "A", at);
        List<DocumentTable.Keys> keys = List.of(new DocumentTable.Keys("E_WAYBILL", "LOG0000001", "LNE7"),
                new DocumentTable.Keys("E_WAYBILL", "LOG0000001", "LNE8"),
                new DocumentTable.Keys("E_WAYBILL", "LOG0000001", "LNE7"));

        assertThat(exports.naming(keys, InventoryStatus.REVIEWED)).extracting(ExportInventoryRow::copNo)
                .containsExactly("E7");
        assertThat(exports.naming(keys, null)).extracting(ExportInventoryRow::copNo)
                .containsExactlyInAnyOrder("E7", "E8");
        ExportInventoryRow e7 = declared("E7", "ORD7", "REVIEWED");
        assertThat(e7.names(keys.get(0))).isTrue();
        assertThat(e7.names(keys.get(1))).as("another waybill").isFalse();
        assertThat(e7.names(new DocumentTable.Keys("E_ORDER", "EBP0000001", "ORD7"))).isTrue();
        assertThat(e7.names(new DocumentTable.Keys("E_RECEIPT", "EBP0000001", "ORD8"))).isFalse();
        assertThat(e7.names(new DocumentTable.Keys("E_INVT", "AGENT00001", "E7"))).isTrue();
    }

    @Test
    void aReleaseIsWrittenWithItsStepAndKeptThroughTheNext() {
        exports.put(declared("E10", "ORD10", "REVIEWED"), "EBC0000001", "A", at);
        Instant released = at.plusSeconds(3_600);

        exports.move("AGENT00001", "E10", List.of(new HistoryEntry("800", "放行", released),
                new HistoryEntry("RELEASED", null, released)), released);
        exports.move("AGENT00001", "E10", List.of(new HistoryEntry("899", "结关", released.plusSeconds(60)),
                new HistoryEntry("CLOSED", null, released.plusSeconds(60))));

        assertThat(exports.find("AGENT00001", "E10")).get().satisfies(row -> {
            assertThat(row.status()).isEqualTo("CLOSED");
            assertThat(row.releasedAt()).isEqualTo(released);
        });
        assertThat(exports.history("AGENT00001", "E10")).extracting(HistoryEntry::status)
                .containsExactly("800", "RELEASED", "899", "CLOSED");
    }

    @Test
    void theMovementsOfManyWaybillsComeInOneLookUpEachUnknownOneNeitherArrivedNorDeparted() {
        Instant arrived = at.plusSeconds(60);
        waybills.moved("LOG0000001", "LN1", false, arrived);
        waybills.moved("LOG0000001", "LN1", true, arrived.plusSeconds(60));
        waybills.moved("LOG0000001", "LN1", false, arrived.plusSeconds(120));
        waybills.moved("LOG0000001", "LN2", true, arrived);

        Map<List<String>, ExportWaybillRepository.Movement> movements = waybills.movements(List.of(
                new DocumentTable.Keys("E_WAYBILL", "LOG0000001", "LN1"),
                new DocumentTable.Keys("E_WAYBILL", "LOG0000001", "LN2"),
                new DocumentTable.Keys("E_WAYBILL", "LOG0000002", "LN1")));

        assertThat(movements.get(List.of("LOG0000001", "LN1"))).as("the first arrival counts")
                .isEqualTo(new ExportWaybillRepository.Movement(arrived, arrived.plusSeconds(60)));
        assertThat(movements.get(List.of("LOG0000001", "LN2")))
                .isEqualTo(new ExportWaybillRepository.Movement(null, arrived));
        assertThat(movements.get(List.of("LOG0000002", "LN1"))).as("another carrier's waybill of the same number")
                .isEqualTo(new ExportWaybillRepository.Movement(null, null));
        assertThat(waybills.movements(List.of())).isEmpty();
    }
}
