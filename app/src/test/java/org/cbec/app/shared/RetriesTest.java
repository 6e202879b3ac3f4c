package org.cbec.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.cbec.app.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

class RetriesTest {

    @Test
    void a_deadlock_victim_runs_again_and_succeeds() {
        AtomicInteger calls = new AtomicInteger();

        String result = Retries.onConflict("message X", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("Deadlock detected");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(3);
    }

    @Test
    void after_five_conflicts_the_sender_is_told_to_send_again_busy_503() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Retries.onConflict("message X", () -> {
            calls.incrementAndGet();
            throw new CannotAcquireLockException("Deadlock detected");
        })).isInstanceOfSatisfying(Refusal.class, p -> assertThat(p.kind())
                .isEqualTo(Refusal.Kind.BUSY)).hasMessageContaining("send it again");
        assertThat(calls).hasValue(Retries.ATTEMPTS);
    }

    @Test
    void other_failures_are_not_retried() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Retries.onConflict("message X", () -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException("duplicate key");
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(calls).hasValue(1);
    }
}
