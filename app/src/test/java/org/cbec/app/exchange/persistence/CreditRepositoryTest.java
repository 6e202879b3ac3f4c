package org.cbec.app.exchange.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.customs.TaxPaymentChanged;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facts of a month, added up by each transaction; a guarantor's payment forms: overdue when unpaid past their
 * due date or paid after it, within the year asked.
 */
class CreditRepositoryTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final CreditRepository credit = new CreditRepository(database.jdbc());
    private final Instant now = Instant.parse("2026-11-30T08:00:00Z");

    private void issued(String entDutyNo, Instant at) {
        credit.taxPayment(entDutyNo, "GUAR000001", BigDecimal.TEN, at, at.plus(TaxPaymentChanged.PAY_WITHIN), null);
    }

    @Test
    void aFormIsPayableWithinFifteenDays() {
        assertThat(TaxPaymentChanged.PAY_WITHIN).isEqualTo(Duration.ofDays(15));
    }

    @Test
    void unpaidPastDueAndPaidLateAreOverdueWhilePaidInTimeAndNotYetDueAreNot() {
        issued("JK-UNPAID", now.minus(Duration.ofDays(20)));
        issued("JK-LATE", now.minus(Duration.ofDays(40)));
        credit.taxPayment("JK-LATE", "GUAR000001", BigDecimal.TEN, null, null, now.minus(Duration.ofDays(10)));
        issued("JK-ONTIME", now.minus(Duration.ofDays(40)));
        credit.taxPayment("JK-ONTIME", "GUAR000001", BigDecimal.TEN, null, null, now.minus(Duration.ofDays(30)));
        issued("JK-OPEN", now.minus(Duration.ofDays(5)));

        assertThat(credit.overdueForms("GUAR000001", now.minus(Duration.ofDays(365)), now)).isEqualTo(2);
        assertThat(credit.fellDue(now.minus(Duration.ofDays(7)), now)).containsExactly("GUAR000001");
        assertThat(credit.fellDue(now.minus(Duration.ofDays(1)), now)).isEmpty();
    }

    @Test
    void aPaymentSeenBeforeItsIssueIsStillOneFormAndItsDueDateComesLater() {
        credit.taxPayment("JK-RACE", "GUAR000002", BigDecimal.ONE, null, null, now.minus(Duration.ofDays(1)));
        issued("JK-RACE", now.minus(Duration.ofDays(30)));
        credit.taxPayment("JK-RACE", "GUAR000002", BigDecimal.ONE, null, null, now);

        assertThat(credit.overdueForms("GUAR000002", now.minus(Duration.ofDays(365)), now))
                .as("paid 14 days after its due date: the first payment stands").isEqualTo(1);
    }

    @Test
    void aTransactionWritesItsFactsOfAMonthAsOneRowThatItsOwnReadAlreadySees() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(
                database.dataSource()));
        long[] seenInside = transaction.execute(status -> {
            for (int i = 0; i < 3; i++) {
                credit.count("E000000001", "2026-11", CreditRepository.Counted.RELEASED);
            }
            credit.count("E000000001", "2026-11", CreditRepository.Counted.REFUSED);
            credit.count("E000000001", "2026-10", CreditRepository.Counted.MISMATCHED);
            assertThat(database.jdbc().sql("select count(*) from credit_count").query(Long.class).single())
                    .as("nothing written before it is read or committed").isZero();
            long[] counts = credit.counts("E000000001", "2026-10");
            // counted after the read: written before the commit
            credit.count("E000000001", "2026-11", CreditRepository.Counted.RETURNED);
            return counts;
        });
        credit.count("E000000001", "2026-11", CreditRepository.Counted.RELEASED);

        assertThat(seenInside).containsExactly(3, 1, 1, 0);
        assertThat(credit.counts("E000000001", "2026-11")).as("released, mismatched, refused, returned")
                .containsExactly(4, 0, 1, 1);
        assertThat(database.jdbc().sql("select count(*) from credit_count").query(Long.class).single())
                .as("a row a month").isEqualTo(2);
    }
}
