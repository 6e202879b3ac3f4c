package org.cbec.app.exchange.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.cbec.app.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction hands out cursors from the value it read when it took the lock and writes the last one back as it
 * commits: cursors stay dense and distinct across transactions, a rolled-back one gives its values back, and one
 * taken back leaves no gap.
 */
class CursorsTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final Cursors cursors = new Cursors(database.jdbc());
    private final TransactionTemplate transactions = new TransactionTemplate(
            new DataSourceTransactionManager(database.dataSource()));

    private long stored() {
        return database.jdbc().sql("select last_cursor from dataset_sequence where id = 1").query(Long.class)
                .single();
    }

    private long nextCommitted() {
        Long next = transactions.execute(status -> cursors.next());
        return next;
    }

    @Test
    void aTransactionHandsOutConsecutiveValuesAndWritesTheLastAsItCommits() {
        long before = stored();
        List<Long> taken = transactions.execute(status -> {
            List<Long> values = new ArrayList<>(List.of(cursors.next(), cursors.next(), cursors.next()));
            assertThat(cursors.lock()).as("the last handed out").isEqualTo(values.get(2));
            return values;
        });

        assertThat(taken).containsExactly(before + 1, before + 2, before + 3);
        assertThat(stored()).isEqualTo(before + 3);
        assertThat(nextCommitted()).isEqualTo(before + 4);
    }

    @Test
    void aRolledBackTransactionLeavesTheSequenceAsItWas() {
        long before = stored();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            cursors.next();
            cursors.next();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(stored()).isEqualTo(before);
        assertThat(nextCommitted()).isEqualTo(before + 1);
    }

    @Test
    void aCursorTakenBackIsHandedOutAgain() {
        long before = stored();
        Long again = transactions.execute(status -> {
            cursors.unused(cursors.next());
            return (Long) cursors.next();
        });

        assertThat(again).isEqualTo(before + 1);
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void outsideATransactionEachValueIsWrittenAtOnce() {
        long before = stored();

        assertThat(cursors.next()).isEqualTo(before + 1);
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void transactionsRacingEachOtherNeverShareACursor() throws Exception {
        long before = stored();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> writers = Collections.nCopies(8, () -> transactions.execute(status ->
                    LongStream.range(0, 25).map(i -> cursors.next()).boxed().toList()));
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> done : pool.invokeAll(writers)) {
                all.addAll(done.get());
            }

            assertThat(all).doesNotHaveDuplicates().hasSize(200)
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(before + 1, before + 200).boxed()
                            .toList());
            assertThat(stored()).isEqualTo(before + 200);
        } finally {
            pool.shutdownNow();
        }
    }
}
