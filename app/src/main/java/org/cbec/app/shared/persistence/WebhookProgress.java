package org.cbec.app.shared.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per subscriber, the cursor of the last item its webhook took, when to try again after a failure, and which node
 * holds its lease: clearance's {@code webhook_delivery} (receipts, per enterprise) and the exchange's
 * {@code exchange_webhook_delivery} (datasets per department, inboxes per enterprise), each module its own table.
 */
public class WebhookProgress {

    private final JdbcClient jdbc;
    private final String table;
    private final String key;

    protected WebhookProgress(JdbcClient jdbc, String table, String key) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
    }

    /** Where a subscriber's webhook stands. */
    public record Progress(long deliveredCursor, int attempts, Instant nextAttemptAt) {
    }

    public Progress progress(String subscriber) {
        Optional<Progress> progress = jdbc.sql("select delivered_cursor, attempts, next_attempt_at from "
                        + table + " where " + key + " = ?")
                .param(subscriber)
                .query((rs, n) -> new Progress(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .optional();
        if (progress.isPresent()) {
            return progress.get();
        }
        try {
            jdbc.sql("insert into " + table + " (" + key + ", delivered_cursor, attempts, next_attempt_at) "
                    + "values (?, 0, 0, ?)").params(subscriber, Timestamp.from(Instant.EPOCH)).update();
        } catch (DuplicateKeyException e) {
            // another node started this subscriber's webhook at the same moment
            return progress(subscriber);
        }
        return new Progress(0, 0, Instant.EPOCH);
    }

    /**
     * Takes (or renews) the lease on a subscriber's webhook for this node until {@code until}; false while another
     * node holds one that has not run out. The conditional update makes taking it atomic on H2 and PostgreSQL.
     */
    public boolean lease(String subscriber, String node, Instant now, Instant until) {
        return jdbc.sql("update " + table + " set leased_by = ?, lease_until = ? where " + key + " = ? "
                        + "and (lease_until is null or lease_until < ? or leased_by = ?)")
                .params(node, Timestamp.from(until), subscriber, Timestamp.from(now), node).update() > 0;
    }

    /** Gives the lease back, if this node holds it. */
    public void release(String subscriber, String node) {
        jdbc.sql("update " + table + " set lease_until = null where " + key + " = ? and leased_by = ?")
                .params(subscriber, node).update();
    }

    public void delivered(String subscriber, long cursor) {
        jdbc.sql("update " + table + " set delivered_cursor = ?, attempts = 0, last_error = null "
                + "where " + key + " = ?").params(cursor, subscriber).update();
    }

    public void failed(String subscriber, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("update " + table + " set attempts = ?, next_attempt_at = ?, last_error = ? where " + key + " = ?")
                .params(attempts, Timestamp.from(nextAttemptAt), error.length() > 1000 ? error.substring(0, 1000)
                        : error, subscriber)
                .update();
    }
}
