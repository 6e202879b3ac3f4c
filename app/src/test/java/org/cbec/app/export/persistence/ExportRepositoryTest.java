package org.cbec.app.export.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.export.persistence.ExportRepository.ExportInventoryRow;
import org.cbec.app.shared.persistence.DocumentTable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An export inventory stored as declared, and modified in place; the waiting inventories of what a message touched
 * found a kind of key at a time, on a migrated database.
 */
class ExportRepositoryTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final ExportRepository exports = new ExportRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource()));
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
}
