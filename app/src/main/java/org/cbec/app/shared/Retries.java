package org.cbec.app.shared;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs a transaction again when the database chose it as a deadlock victim or could not lock in time: two messages
 * deciding parcels of the same buyer or guarantor in different orders may meet so. Also when a key it inserts was
 * inserted meanwhile by a transaction that committed first (the same message posted twice at once): run again, it
 * finds those records and answers them as duplicates. The transaction was rolled back
 * whole, so running it again is safe; after a few tries the sender is told to send again (503), never a 500, and
 * what it sent is already stored.
 */
public final class Retries {

    private static final Logger LOG = LoggerFactory.getLogger(Retries.class);
    public static final int ATTEMPTS = 5;

    private Retries() {
    }

    /**
     * Runs {@code work} in a transaction of {@code transactions}, again on conflict: how a listener of events
     * between modules takes what an event asks in a transaction of its own.
     */
    public static void inTransaction(TransactionOperations transactions, String what, Runnable work) {
        onConflict(what, () -> {
            transactions.executeWithoutResult(status -> work.run());
            return null;
        });
    }

    public static <T> T onConflict(String what, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    LOG.warn("{}: still conflicting after {} attempts", what, attempt, e);
                    throw new Refusal(Refusal.Kind.BUSY, "busy", what + " met concurrent work "
                            + ATTEMPTS + " times; the message is stored: send it again");
                }
                LOG.info("{}: attempt {} conflicted ({}), trying again", what, attempt, e.getClass().getSimpleName());
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
