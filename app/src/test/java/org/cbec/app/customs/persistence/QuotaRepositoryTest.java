package org.cbec.app.customs.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.customs.domain.Limits;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A buyer's year counted against the annual limit (Limits.ANNUAL, 26,000 yuan), on a migrated database. */
class QuotaRepositoryTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final QuotaRepository quota = new QuotaRepository(database.jdbc());

    private Optional<BigDecimal> count(QuotaRepository repository, String buyer, String amount) {
        return repository.count(buyer, 2026, new BigDecimal(amount), Limits.ANNUAL);
    }

    @Test
    void aBuyersListsAreCountedUpToTheAnnualLimitOf26000AndNoFurther() {
        assertThat(count(quota, "110101199001010001", "20000.00")).as("the year's first list").isEmpty();
        assertThat(count(quota, "110101199001010001", "6000.00")).as("up to the limit itself").isEmpty();
        assertThat(count(quota, "110101199001010001", "0.01")).as("past it: what was used")
                .hasValueSatisfying(used -> assertThat(used).isEqualByComparingTo("26000.00"));
        assertThat(count(quota, "110101199001010002", "26000.01")).as("a first list past the limit")
                .hasValueSatisfying(used -> assertThat(used).isEqualByComparingTo("0"));
        assertThat(quota.used("110101199001010002", 2026)).isEqualByComparingTo("0");
        assertThat(quota.used("110101199001010001", 2027)).as("another year").isEqualByComparingTo("0");
    }

    @Test
    void aBuyerSeenBeforeWhoseRowIsGoneIsCountedAfresh() {
        assertThat(count(quota, "110101199001010003", "100.00")).isEmpty();
        database.jdbc().sql("delete from buyer_quota").update();

        assertThat(count(quota, "110101199001010003", "200.00")).isEmpty();
        assertThat(quota.used("110101199001010003", 2026)).isEqualByComparingTo("200.00");
    }

    @Test
    void aBuyerCountedByAnotherNodeIsAddedTo() {
        QuotaRepository otherNode = new QuotaRepository(database.jdbc());
        assertThat(count(otherNode, "110101199001010004", "25000.00")).isEmpty();

        assertThat(count(quota, "110101199001010004", "1000.00")).isEmpty();
        assertThat(count(quota, "110101199001010004", "1000.00")).isPresent();
        assertThat(quota.used("110101199001010004", 2026)).isEqualByComparingTo("26000.00");
    }

    @Test
    void twoFirstListsOfABuyerAtOnceNeverPassTheLimitTogether() throws Exception {
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(
                database.dataSource()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String buyer = "11010119900102" + String.format("%04d", round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<BigDecimal>>> counted = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    QuotaRepository node = new QuotaRepository(database.jdbc());
                    counted.add(pool.submit(() -> {
                        start.await();
                        return transactions.execute(status -> count(node, buyer, "15000.00"));
                    }));
                }
                start.countDown();
                long taken = 0;
                for (Future<Optional<BigDecimal>> f : counted) {
                    taken += f.get().isEmpty() ? 1 : 0;
                }
                assertThat(taken).as("round " + round).isEqualTo(1);
                assertThat(quota.used(buyer, 2026)).isEqualByComparingTo("15000.00");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
