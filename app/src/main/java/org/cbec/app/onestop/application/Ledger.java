package org.cbec.app.onestop.application;

import java.time.Clock;
import java.util.List;
import org.cbec.app.onestop.domain.Posting;
import org.cbec.app.onestop.persistence.LedgerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's ledger: every money movement a double-entry posting, checked to balance in each currency before it
 * is written, written once per idempotency key (an operation retried after a crash, or raced by itself, posts
 * once), never changed (a correction is a reversal). Balances move with their lines in the same transaction.
 */
@Service
public class Ledger {

    private final LedgerRepository ledger;
    private final Clock clock;

    Ledger(LedgerRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Posts inside the caller's transaction; answers the entry, and whether it is new (false: its key was posted
     * before, and nothing was written).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Posted post(Posting posting) {
        List<String> problems = posting.problems();
        if (!problems.isEmpty()) {
            // a posting that does not balance is the platform's bug, never the caller's input
            throw new IllegalStateException("posting " + posting.key() + " refused: " + String.join("; ",
                    problems));
        }
        var entry = ledger.insertEntry(posting, clock.instant());
        if (entry.isEmpty()) {
            return new Posted(ledger.entryOf(posting.key()).orElseThrow(), false);
        }
        posting.legs().forEach(leg -> ledger.insertLine(entry.get(), leg));
        return new Posted(entry.get(), true);
    }

    /** A posting written: its entry, and whether this call wrote it. */
    public record Posted(long entryId, boolean created) {
    }

    public List<LedgerRepository.Balance> balances(String owner) {
        return ledger.balances(owner);
    }

    /**
     * The invariants: every entry balances in each currency and has two legs; balances are their lines' sums; each
     * currency's balances sum to zero (nothing created or lost).
     */
    public LedgerRepository.Check check() {
        return ledger.check();
    }
}
