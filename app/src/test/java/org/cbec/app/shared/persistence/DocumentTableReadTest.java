package org.cbec.app.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents read for a batch in one statement are what the transaction's look-ups answer from (found or not),
 * however many were asked for at once; and a batch's inventory states are read in one statement too.
 */
class DocumentTableReadTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final ParcelRepository parcels = new ParcelRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource()));
    private final DocumentTable table = parcels.documents();
    private final TransactionTemplate transactions = new TransactionTemplate(
            new DataSourceTransactionManager(database.dataSource()));

    private void store(String keyB) {
        table.put("ORDER", "EBP", keyB, "GUID-" + keyB, "SENDER-" + keyB, "{\"n\":\"" + keyB + "\"}", AT);
    }

    @Test
    void documentsReadAtOnceAnswerTheTransactionsLookUps() {
        store("A");
        store("B");
        store("C");

        transactions.executeWithoutResult(status -> {
            table.read(List.of(new DocumentTable.Keys("ORDER", "EBP", "A"), new DocumentTable.Keys("ORDER", "EBP",
                    "B"), new DocumentTable.Keys("ORDER", "EBP", "MISSING"), new DocumentTable.Keys("PAYMENT", "EBP",
                    "A")));
            // taken away behind the transaction's back: what it read is what it answers
            database.jdbc().sql("delete from parcel_document where key_b in ('A', 'B', 'C')").update();
            assertThat(table.find("ORDER", "EBP", "A")).contains(new DocumentTable.Row("SENDER-A", "{\"n\":\"A\"}"));
            assertThat(table.find("ORDER", "EBP", "B")).map(DocumentTable.Row::senderCode).contains("SENDER-B");
            assertThat(table.find("ORDER", "EBP", "MISSING")).isEmpty();
            assertThat(table.find("PAYMENT", "EBP", "A")).as("another type, the same keys").isEmpty();
            assertThat(table.find("ORDER", "EBP", "C")).as("not read before: asked now").isEmpty();
        });
    }

    @Test
    void moreThanOneStatementsWorthAreAllRead() {
        List<DocumentTable.Keys> keys = new ArrayList<>();
        IntStream.range(0, 250).forEach(n -> {
            store("N" + n);
            keys.add(new DocumentTable.Keys("ORDER", "EBP", "N" + n));
        });

        transactions.executeWithoutResult(status -> {
            table.read(keys);
            database.jdbc().sql("delete from parcel_document").update();
            assertThat(keys).allSatisfy(k -> assertThat(table.find(k.type(), k.keyA(), k.keyB())).isPresent());
        });
    }

    @Test
    void aBatchsInventoryStatesAreReadAtOnce() {
        for (String n : List.of("1", "2", "3")) {
            parcels.putInventory(new InventoryState("AGENT", "COP-" + n, "EBP", "ORDER-" + n, "LOG", "L" + n,
                    "GUID-" + n, "PRE-" + n, "WAITING", AT.plusSeconds(3600), null, null), AT);
        }

        assertThat(parcels.inventories(List.of(new String[] {"AGENT", "COP-1"}, new String[] {"AGENT", "COP-3"},
                new String[] {"AGENT", "COP-9"}, new String[] {"OTHER", "COP-2"})))
                .extracting(InventoryState::copNo, InventoryState::orderNo)
                .containsExactlyInAnyOrder(tuple("COP-1", "ORDER-1"),
                        tuple("COP-3", "ORDER-3"));
        assertThat(parcels.inventories(List.of())).isEmpty();
    }
}
