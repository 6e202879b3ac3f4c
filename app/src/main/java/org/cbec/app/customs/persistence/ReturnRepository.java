package org.cbec.app.customs.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Returns applied for whose goods customs is waiting for, line by line. */
@Repository
public class ReturnRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ReturnRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A returned line awaiting its goods: PENDING, then DONE (undone in time) or LAPSED (the tax stands). */
    public record Pending(String refundGuid, String invtNo, int gnum, BigDecimal qty) {
    }

    /** The lines of a return applied for; taken once (a return delivered again adds nothing). */
    public void pending(String refundGuid, String invtNo, List<Pending> lines, Instant appliedAt) {
        batch.batchUpdate("insert into pending_return (refund_guid, invt_no, gnum, qty, applied_at, status) "
                        + "values (?, ?, ?, ?, ?, 'PENDING') on conflict do nothing",
                lines.stream().map(l -> new Object[] {refundGuid, invtNo, l.gnum(), l.qty(),
                    Timestamp.from(appliedAt)}).toList());
    }

    public List<Pending> pendingOf(String refundGuid) {
        return jdbc.sql("select refund_guid, invt_no, gnum, qty from pending_return where refund_guid = ? "
                        + "and status = 'PENDING' order by gnum")
                .param(refundGuid)
                .query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)))
                .list();
    }

    public void decide(String refundGuid, String status, Instant at) {
        jdbc.sql("update pending_return set status = ?, decided_at = ? where refund_guid = ? and status = 'PENDING'")
                .params(status, Timestamp.from(at), refundGuid).update();
    }

    /** Pending returns of inventories released before {@code releasedBefore}: their goods came too late. */
    public int lapse(Instant releasedBefore, Instant at) {
        return jdbc.sql("update pending_return set status = 'LAPSED', decided_at = ? where status = 'PENDING' "
                        + "and invt_no in (select invt_no from tax_bill where released_at < ?)")
                .params(Timestamp.from(at), Timestamp.from(releasedBefore)).update();
    }
}
