package org.cbec.app.exchange.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A record's halves waiting in {@code exchange_pending}: a batch reads the ones it may need in one query, and its
 * transaction then answers from what it read, kept in step with what it writes and deletes.
 */
class PendingHalvesTest {

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
