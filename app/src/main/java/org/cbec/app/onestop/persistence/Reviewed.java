package org.cbec.app.onestop.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A table of things the platform's staff review (sellers, products): a pending row decided once. */
final class Reviewed {

    private Reviewed() {
    }

    /** Decides a pending row; false when it was decided already (by another reviewer at the same moment). */
    static boolean decide(JdbcClient jdbc, String table, long id, String status, String reason, String reviewer,
                          Instant at) {
        return jdbc.sql("update " + table + " set status = ?, reason = ?, reviewer = ?, decided_at = ? "
                        + "where id = ? and status = 'PENDING'")
                .params(status, reason, reviewer, Timestamp.from(at), id).update() > 0;
    }
}
