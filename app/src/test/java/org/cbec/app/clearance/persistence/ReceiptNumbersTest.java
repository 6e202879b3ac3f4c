package org.cbec.app.clearance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cbec.app.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pre-entry and inventory numbers are taken from their sequences fifty at a time (ReceiptRepository.NUMBERS_AT_ONCE,
 * V2_14): one node hands them out in order, several nodes on one database never give a number twice.
 */
class ReceiptNumbersTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();

    private ReceiptRepository node() {
        return new ReceiptRepository(database.jdbc(), new JdbcTemplate(database.dataSource()));
    }

    @Test
    void aNodeHandsOutABlockOf50InOrderAndTheNextNodeStartsAfterIt() {
        assertThat(ReceiptRepository.NUMBERS_AT_ONCE).isEqualTo(50);
        ReceiptRepository first = node();
        ReceiptRepository second = node();

        assertThat(List.of(first.nextPreNoSerial(), first.nextPreNoSerial(), first.nextPreNoSerial()))
                .containsExactly(1L, 2L, 3L);
        assertThat(second.nextPreNoSerial()).as("the second block").isEqualTo(51L);
        assertThat(first.nextInvtNoSerial()).as("a sequence of its own").isEqualTo(1L);
        for (int i = 4; i <= 50; i++) {
            assertThat(first.nextPreNoSerial()).isEqualTo(i);
        }
        assertThat(first.nextPreNoSerial()).as("past its block: the third").isEqualTo(101L);
    }

    @Test
    void numbersTakenAtOnceByThreadsOfSeveralNodesAreNeverGivenTwice() throws Exception {
        List<ReceiptRepository> nodes = List.of(node(), node(), node());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Long>>> taken = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                ReceiptRepository node = nodes.get(t % nodes.size());
                taken.add(pool.submit(() -> {
                    List<Long> numbers = new ArrayList<>();
                    for (int i = 0; i < 400; i++) {
                        numbers.add(node.nextInvtNoSerial());
                    }
                    return numbers;
                }));
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> f : taken) {
                for (Long n : f.get()) {
                    assertThat(all.add(n)).as("number " + n + " given twice").isTrue();
                }
            }
            assertThat(all).hasSize(2400);
        } finally {
            pool.shutdownNow();
        }
    }
}
