package org.cbec.app.clearance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per enterprise, the last receipt its webhook took, and when to try again after a failure. */
@Repository
public class WebhookRepository {

    private final JdbcClient jdbc;

    public WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where an enterprise's webhook stands. */
    public record Progress(long deliveredCursor, int attempts, Instant nextAttemptAt) {
    }

    public Progress progress(String enterprise) {
        Optional<Progress> progress = jdbc.sql("select delivered_cursor, attempts, next_attempt_at from "
                        + "webhook_delivery where enterprise = ?")
                .param(enterprise)
                .query((rs, n) -> new Progress(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .optional();
        if (progress.isPresent()) {
            return progress.get();
        }
        try {
            jdbc.sql("insert into webhook_delivery (enterprise, delivered_cursor, attempts, next_attempt_at) "
                    + "values (?, 0, 0, ?)").params(enterprise, Timestamp.from(Instant.EPOCH)).update();
        } catch (DuplicateKeyException e) {
            // another node started this enterprise's webhook at the same moment
            return progress(enterprise);
        }
        return new Progress(0, 0, Instant.EPOCH);
    }

    /**
     * Takes (or renews) the lease on an enterprise's webhook for this node until {@code until}; false while another
     * node holds one that has not run out. The conditional update makes taking it atomic on H2 and PostgreSQL.
     */
    public boolean lease(String enterprise, String node, Instant now, Instant until) {
        return jdbc.sql("update webhook_delivery set leased_by = ?, lease_until = ? where enterprise = ? "
                        + "and (lease_until is null or lease_until < ? or leased_by = ?)")
                .params(node, Timestamp.from(until), enterprise, Timestamp.from(now), node).update() > 0;
    }

    /** Gives the lease back, if this node holds it. */
    public void release(String enterprise, String node) {
        jdbc.sql("update webhook_delivery set lease_until = null where enterprise = ? and leased_by = ?")
                .params(enterprise, node).update();
    }

    public void delivered(String enterprise, long cursor) {
        jdbc.sql("update webhook_delivery set delivered_cursor = ?, attempts = 0, last_error = null "
                + "where enterprise = ?").params(cursor, enterprise).update();
    }

    public void failed(String enterprise, int attempts, Instant nextAttemptAt, String error) {
        jdbc.sql("update webhook_delivery set attempts = ?, next_attempt_at = ?, last_error = ? where enterprise = ?")
                .params(attempts, Timestamp.from(nextAttemptAt), error.length() > 1000 ? error.substring(0, 1000)
                        : error, enterprise)
                .update();
    }
}
