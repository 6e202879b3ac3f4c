package org.cbec.app.exchange.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cbec.app.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's records and halves are written together just before it commits: nothing of them is in the
 * tables before, the transaction's own reads see them, a record is appended once whatever is asked, and the
 * cursors still come out dense and in commit order when transactions race. A record's halves waiting in
 * {@code exchange_pending}: a batch reads the ones it may need in one query, and its transaction then answers from
 * what it read, kept in step with what it writes and deletes.
 */
class DatasetWritesTest {

    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final DatasetRepository records = new DatasetRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource()), new Cursors(database.jdbc()));
    private final TransactionTemplate transactions = new TransactionTemplate(
            new DataSourceTransactionManager(database.dataSource()));

    private Optional<String> stored(String key) {
        return database.jdbc().sql("select body from exchange_pending where pending_key = ?").param(key)
                .query(String.class).optional();
    }

    /** Rows of a table as the running transaction's own connection sees them. */
    private int rowsInThisTransaction(String table) {
        return database.jdbc().sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void recordsAndHalvesAreWrittenAtTheCommitAndTheTransactionSeesThemBefore() {
        records.pending("D:2", "{\"declared\":2}", AT);
        transactions.executeWithoutResult(status -> {
            records.lockFeeds();
            records.readRecords(List.of(new DatasetRepository.RecordKey("import-parcels", "I1")));
            assertThat(records.append("import-parcels", "I1", "EBC0000001", "{\"invtNo\":\"I1\"}", AT)).isTrue();
            assertThat(records.append("import-parcels", "I1", "EBC0000001", "{\"again\":true}", AT))
                    .as("the same key again in the transaction").isFalse();
            records.pending("R:1", "{\"released\":1}", AT);
            records.forget("D:2");

            assertThat(rowsInThisTransaction("dataset_record")).as("not written before the commit").isZero();
            assertThat(rowsInThisTransaction("exchange_pending")).as("D:2 still there, R:1 not yet")
                    .isEqualTo(1);
            assertThat(records.record("import-parcels", "I1")).contains("{\"invtNo\":\"I1\"}");
            assertThat(records.pending("R:1")).contains("{\"released\":1}");
            assertThat(records.pending("D:2")).isEmpty();
        });

        assertThat(records.page("import-parcels", 0, 10)).singleElement()
                .satisfies(r -> assertThat(r.body()).isEqualTo("{\"invtNo\":\"I1\"}"));
        assertThat(records.pending("R:1")).contains("{\"released\":1}");
        assertThat(records.pending("D:2")).isEmpty();
        assertThat(rowsInThisTransaction("exchange_pending")).isEqualTo(1);
    }

    @Test
    void aRecordOnFileIsNotAppendedAgainWhetherReadBeforeOrNot() {
        records.append("refusals", "I7", "EBC0000001", "{\"first\":true}", AT);
        transactions.executeWithoutResult(status -> {
            records.lockFeeds();
            records.readRecords(List.of(new DatasetRepository.RecordKey("refusals", "I7"),
                    new DatasetRepository.RecordKey("refusals", "I8")));
            assertThat(records.append("refusals", "I7", "EBC0000001", "{\"second\":true}", AT)).isFalse();
            assertThat(records.append("refusals", "I8", "EBC0000001", "{\"first\":true}", AT)).isTrue();
            assertThat(records.append("fx-payments", "I7", "EBC0000001", "{\"unread\":true}", AT))
                    .as("a key not read before is looked up").isTrue();
        });
        transactions.executeWithoutResult(status -> assertThat(records.append("fx-payments", "I7", "EBC0000001",
                "{\"again\":true}", AT)).isFalse());

        assertThat(records.page("refusals", 0, 10)).extracting(DatasetRepository.StoredRecord::body)
                .containsExactly("{\"first\":true}", "{\"first\":true}");
        assertThat(records.page("fx-payments", 0, 10)).extracting(DatasetRepository.StoredRecord::body)
                .containsExactly("{\"unread\":true}");
    }

    @Test
    void aHalfDroppedAndKeptAgainIsTheOneKeptLastAndARollbackWritesNothing() {
        records.pending("D:5", "{\"old\":5}", AT);
        transactions.executeWithoutResult(status -> {
            records.lockFeeds();
            records.readPending(List.of("D:5"));
            records.forget("D:5");
            records.pending("D:5", "{\"new\":5}", AT);
            records.pending("D:6", "{\"kept\":6}", AT);
            records.forget("D:6");
        });
        assertThat(records.pending("D:5")).contains("{\"new\":5}");
        assertThat(records.pending("D:6")).isEmpty();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            records.lockFeeds();
            records.append("returns", "G1", "EBC0000001", "{}", AT);
            records.forget("D:5");
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(records.page("returns", 0, 10)).isEmpty();
        assertThat(records.pending("D:5")).contains("{\"new\":5}");
    }

    @Test
    void racingTransactionsAppendEachKeyOnceWithDenseCursors() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> appended = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                appended.add(pool.submit(() -> transactions.execute(status -> {
                    records.lockFeeds();
                    int taken = 0;
                    for (int k = 0; k < 20; k++) {
                        taken += records.append("import-parcels", "K" + k, "EBC0000001", "{}", AT) ? 1 : 0;
                    }
                    return taken;
                })));
            }
            int total = 0;
            for (Future<Integer> f : appended) {
                total += f.get();
            }
            assertThat(total).as("each of the 20 keys appended by exactly one transaction").isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        List<Long> cursors = records.page("import-parcels", 0, 100).stream()
                .map(DatasetRepository.StoredRecord::cursor).toList();
        assertThat(cursors).hasSize(20);
        assertThat(cursors.get(19) - cursors.get(0)).as("no gap").isEqualTo(19);
    }

    @Test
    void halvesReadForABatchAreAnsweredFromWhatWasReadAndFollowTheBatchsOwnWrites() {
        records.pending("D:1", "{\"declared\":1}", AT);
        records.pending("D:3", "{\"declared\":3}", AT);

        transactions.executeWithoutResult(status -> {
            records.lockFeeds();
            records.readPending(List.of("D:1", "D:2"));
            // taken away behind the transaction's back: it answers from what it read, asking nothing more
            database.jdbc().sql("delete from exchange_pending where pending_key = 'D:1'").update();
            assertThat(records.pending("D:1")).contains("{\"declared\":1}");
            assertThat(records.pending("D:2")).isEmpty();

            records.forget("D:1");
            assertThat(records.pending("D:1")).isEmpty();
            records.pending("D:2", "{\"declared\":2}", AT);
            assertThat(records.pending("D:2")).contains("{\"declared\":2}");
            // not read before: a half already there stays as it was, and so does the answer
            records.pending("D:3", "{\"other\":3}", AT);
            assertThat(records.pending("D:3")).contains("{\"declared\":3}");
        });

        assertThat(stored("D:1")).isEmpty();
        assertThat(stored("D:2")).contains("{\"declared\":2}");
        assertThat(stored("D:3")).contains("{\"declared\":3}");
    }

    @Test
    void aNewTransactionReadsAgainAndOutsideOneNothingIsKept() {
        records.pending("R:9", "{\"released\":9}", AT);
        transactions.executeWithoutResult(status -> {
            records.readPending(List.of("R:9"));
            assertThat(records.pending("R:9")).isPresent();
        });
        database.jdbc().sql("delete from exchange_pending where pending_key = 'R:9'").update();

        transactions.executeWithoutResult(status -> assertThat(records.pending("R:9")).isEmpty());
        records.readPending(List.of("R:9"));
        records.pending("R:9", "{\"released\":10}", AT);
        assertThat(records.pending("R:9")).contains("{\"released\":10}");
    }
}
