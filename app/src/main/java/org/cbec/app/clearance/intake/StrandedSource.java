package org.cbec.app.clearance.intake;

import java.time.Instant;
import java.util.List;

/**
 * Where the sweeper finds complete sets still waiting (a crash between a message's commit and the comparison after
 * it, or a comparison that gave up on a lock), and how it has them compared: one per kind of set, import and
 * export.
 */
public interface StrandedSource {

    /** What the sets are, for the log. */
    String side();

    /** Keys of complete sets untouched since {@code before}, at most {@code limit}. */
    List<Touched> stranded(Instant before, int limit);

    /** Compares them again, in one transaction; a set that is decided is decided once. */
    void recheck(List<Touched> keys, Instant now);
}
