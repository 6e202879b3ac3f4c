package org.cbec.app.clearance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.shared.persistence.DocumentTable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweeper's query, the claim that lets one transaction decide a parcel, and the states a transaction reads at
 * once and keeps until it writes them, on a migrated database.
 */
class ParcelRepositoryTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final ParcelRepository parcels = new ParcelRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource()));
    private final Instant at = Instant.parse("2026-11-30T08:00:00Z");
    private final TransactionTemplate transactions = new TransactionTemplate(
            new DataSourceTransactionManager(database.dataSource()));

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

        assertThat(parcels.claim("AGENT00001", "C4", "31012026I000000004")).isTrue();
        assertThat(parcels.claim("AGENT00001", "C4", "31012026I000000005")).isFalse();
        assertThat(parcels.inventory("AGENT00001", "C4")).map(InventoryState::invtNo).as("numbered by the claim "
                + "that took it").contains("31012026I000000004");
        assertThat(parcels.byDocument().waitingFor(List.of(new DocumentTable.Keys("INVENTORY", "AGENT00001",
                "C4")))).isEmpty();
    }

    @Test
    void theWaitingInventoriesOfDocumentsOfEachKindComeOnceFromOneQueryAKind() {
        inventory("C5", "WAITING");
        inventory("C6", "WAITING");
        inventory("C7", "RELEASED");
        inventory("C8", "WAITING");

        List<ParcelRepository.InventoryState> waiting = parcels.byDocument().waitingFor(List.of(
                new DocumentTable.Keys("INVENTORY", "AGENT00001", "C5"),
                new DocumentTable.Keys("ORDER", "EBP0000001", "ORDC5"),
                new DocumentTable.Keys("PAYMENT", "EBP0000001", "ORDC6"),
                new DocumentTable.Keys("WAYBILL", "LOG0000001", "LNC7"),
                new DocumentTable.Keys("WAYBILL", "LOG0000001", "LNC8"),
                new DocumentTable.Keys("ORDER", "EBP0000001", "ORD-NONE")));

        // C5 named twice (its own key and its order's) comes once; C7 is decided, not waiting
        assertThat(waiting).extracting(ParcelRepository.InventoryState::copNo)
                .containsExactlyInAnyOrder("C5", "C6", "C8");
    }

    @Test
    void aTransactionReadsAStateOnceAndAgainOnlyAfterWritingIt() {
        inventory("C9", "WAITING");
        inventory("C10", "WAITING");
        transactions.executeWithoutResult(status -> {
            parcels.inventories(List.of(new String[] {"AGENT00001", "C9"}, new String[] {"AGENT00001", "C10"},
                    new String[] {"AGENT00001", "C11"}));
            // changed behind the transaction's back: it answers from what it read, asking nothing more
            database.jdbc().sql("update inventory_state set status = 'REJECTED' where cop_no in ('C9', 'C10')")
                    .update();
            assertThat(parcels.inventory("AGENT00001", "C9")).get().extracting(InventoryState::status)
                    .isEqualTo("WAITING");
            assertThat(parcels.inventory("AGENT00001", "C11")).as("read as not on file").isEmpty();

            // its own write: read again
            parcels.refusedFor("AGENT00001", "C10", "rule");
            assertThat(parcels.inventory("AGENT00001", "C10")).get().extracting(InventoryState::status)
                    .isEqualTo("REJECTED");
        });
        transactions.executeWithoutResult(status -> assertThat(parcels.inventory("AGENT00001", "C9")).get()
                .extracting(InventoryState::status).as("a new transaction reads anew").isEqualTo("REJECTED"));
    }

    @Test
    void theInventoriesNamingAMessagesDocumentsAreReadAtOnceAndAgainAfterAWrite() {
        inventory("C12", "WAITING");
        inventory("C13", "RELEASED");
        transactions.executeWithoutResult(status -> {
            parcels.byDocument().readInventoriesOf(List.of(new DocumentTable.Keys("ORDER", "EBP0000001", "ORDC12"),
                    new DocumentTable.Keys("WAYBILL", "LOG0000001", "LNC13"),
                    new DocumentTable.Keys("ORDER", "EBP0000001", "ORD-NONE")));
            database.jdbc().sql("delete from inventory_state where cop_no in ('C12', 'C13')").update();
            assertThat(parcels.inventoriesOfOrder("EBP0000001", "ORDC12")).extracting(InventoryState::copNo)
                    .containsExactly("C12");
            assertThat(parcels.inventoriesOfWaybill("LOG0000001", "LNC13")).extracting(InventoryState::copNo)
                    .containsExactly("C13");
            assertThat(parcels.inventoriesOfOrder("EBP0000001", "ORD-NONE")).isEmpty();

            parcels.claim("AGENT00001", "C12", null);
            assertThat(parcels.inventoriesOfOrder("EBP0000001", "ORDC12")).as("read again after a write")
                    .isEmpty();
            assertThat(parcels.inventoriesOfWaybill("LOG0000001", "LNC13")).extracting(InventoryState::copNo)
                    .as("a list the write did not touch stays as read").containsExactly("C13");

            // one naming ORD-NONE comes behind the transaction's back: not seen, as the list was read
            database.jdbc().sql("insert into inventory_state (agent_code, cop_no, ebp_code, order_no, "
                    + "logistics_code, logistics_no, record_guid, pre_no, status, deadline, updated_at, declared_at) "
                    + "values ('AGENT00001', 'C14', 'EBP0000001', 'ORD-NONE', 'LOG0000001', 'LNC14', 'GUID-C14', "
                    + "'PRE-C14', 'WAITING', ?, ?, ?)").params(Timestamp.from(at), Timestamp.from(at),
                    Timestamp.from(at)).update();
            assertThat(parcels.inventoriesOfOrder("EBP0000001", "ORD-NONE")).as("still as read").isEmpty();
            parcels.putInventory(new InventoryState("AGENT00001", "C15", "EBP0000001", "ORD-NONE", "LOG0000001",
                    "LN-NONE", "GUID-C15", "PRE-C15", "WAITING", at.plusSeconds(60), null, null), at);
            assertThat(parcels.inventoriesOfOrder("EBP0000001", "ORD-NONE")).extracting(InventoryState::copNo)
                    .as("the order a written inventory names now: read again").containsExactly("C14", "C15");
        });
    }
}
