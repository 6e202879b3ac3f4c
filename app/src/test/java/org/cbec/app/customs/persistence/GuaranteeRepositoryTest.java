package org.cbec.app.customs.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.cbec.app.MigratedDatabase;
import org.junit.jupiter.api.Test;

/** The SQL of guarantees and whom a guarantor backs, on a migrated database. */
class GuaranteeRepositoryTest {

    private final GuaranteeRepository guarantees = new GuaranteeRepository(MigratedDatabase.fresh().jdbc());
    private final Instant now = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void backingIsFiledOnceAndWithdrawn() {
        assertThat(guarantees.back("G000000001", "A000000001", "operator", now)).isTrue();
        assertThat(guarantees.back("G000000001", "A000000001", "G000000001", now)).as("already").isFalse();
        assertThat(guarantees.back("G000000001", "E000000001", "G000000001", now)).isTrue();

        assertThat(guarantees.backs("G000000001", "A000000001")).isTrue();
        assertThat(guarantees.backs("G000000002", "A000000001")).as("another guarantor").isFalse();
        assertThat(guarantees.backed("G000000001")).containsExactly("A000000001", "E000000001");
        assertThat(guarantees.unback("G000000001", "A000000001")).isTrue();
        assertThat(guarantees.unback("G000000001", "A000000001")).isFalse();
        assertThat(guarantees.backs("G000000001", "A000000001")).isFalse();
    }

    @Test
    void aChargeNeverTakesTheGuaranteeBelowZero() {
        guarantees.set("G000000003", new BigDecimal("15.00"), now);

        assertThat(guarantees.charge("G000000003", new BigDecimal("10.01"), "I1", now)).isTrue();
        assertThat(guarantees.charge("G000000003", new BigDecimal("10.01"), "I2", now)).isFalse();
        assertThat(guarantees.find("G000000003")).hasValueSatisfying(g ->
                assertThat(g.available()).isEqualByComparingTo("4.99"));
    }

    @Test
    void aGuaranteeFiledAgainTakesTheNewAmountAndKeepsWhatIsOwed() {
        guarantees.set("G000000004", new BigDecimal("100.00"), now);
        guarantees.charge("G000000004", new BigDecimal("30.00"), "I1", now);

        guarantees.set("G000000004", new BigDecimal("200.00"), now);

        assertThat(guarantees.find("G000000004")).hasValueSatisfying(g -> {
            assertThat(g.amount()).isEqualByComparingTo("200.00");
            assertThat(g.owed()).isEqualByComparingTo("30.00");
        });
    }
}
