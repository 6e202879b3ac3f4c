package org.cbec.app.customs.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cbec.app.customs.domain.ReviewCase;
import org.cbec.app.customs.domain.ReviewDecision;
import org.cbec.app.customs.domain.ReviewQueueEntry;
import org.cbec.app.shared.persistence.KeyArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inventories under review and every decision taken on them. */
@Repository
public class ReviewRepository {

    private final JdbcClient jdbc;

    public ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(String invtNo, String agentCode, String copNo, List<String> hits, Instant at) {
        String text = String.join("; ", hits);
        jdbc.sql("insert into review_case (invt_no, agent_code, cop_no, hits, status, opened_at, updated_at) "
                        + "values (?, ?, ?, ?, 'OPEN', ?, ?)")
                .params(invtNo, agentCode, copNo, text.length() > 4000 ? text.substring(0, 4000) : text,
                        Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    /** The case, locked until the deciding transaction ends, so two officers cannot decide it at once. */
    public Optional<ReviewQueueEntry> lock(String invtNo) {
        return jdbc.sql(SELECT + "where invt_no = ? for update").param(invtNo).query(ReviewRepository::row)
                .optional();
    }

    public Optional<ReviewQueueEntry> find(String invtNo) {
        return jdbc.sql(SELECT + "where invt_no = ?").param(invtNo).query(ReviewRepository::row).optional();
    }

    /** Which of these inventories have a case, in one statement. */
    public Set<String> withCase(Collection<String> invtNos) {
        if (invtNos.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select invt_no from review_case where invt_no = any(?)")
                .param(KeyArrays.any(invtNos)).query(String.class).list());
    }

    /** The open cases, oldest first. */
    public List<ReviewQueueEntry> queue(int limit) {
        return jdbc.sql(SELECT + "where status <> 'CLOSED' order by opened_at, invt_no limit ?").param(limit)
                .query(ReviewRepository::row).list();
    }

    /**
     * Cases in one status (or, null, every open one), whose hits contain {@code hit} when it is not null, oldest
     * first, a page of them.
     */
    public List<ReviewQueueEntry> queue(ReviewCase.Status status, String hit, int offset, int limit) {
        List<Object> params = new java.util.ArrayList<>();
        String where = status == null ? "status <> 'CLOSED'" : "status = ?";
        if (status != null) {
            params.add(status.name());
        }
        if (hit != null) {
            // the text is matched as typed: LIKE's wildcards in it are escaped
            where += " and hits like ? escape '!'";
            params.add("%" + hit.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return jdbc.sql(SELECT + "where " + where + " order by opened_at, invt_no offset " + offset
                        + " rows fetch next " + limit + " rows only")
                .params(params).query(ReviewRepository::row).list();
    }

    /** How many cases stand in each status. */
    public java.util.Map<ReviewCase.Status, Long> counts() {
        java.util.Map<ReviewCase.Status, Long> counts = new java.util.EnumMap<>(ReviewCase.Status.class);
        jdbc.sql("select status, count(*) from review_case group by status")
                .query((rs, n) -> counts.put(ReviewCase.Status.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    public void status(String invtNo, ReviewCase.Status status, Instant at) {
        jdbc.sql("update review_case set status = ?, updated_at = ? where invt_no = ?")
                .params(status.name(), Timestamp.from(at), invtNo).update();
    }

    public void decided(String invtNo, String officer, String action, String returnStatus, String reason,
                        Instant at) {
        jdbc.sql("insert into officer_decision (invt_no, officer, action, return_status, reason, decided_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(invtNo, officer, action, returnStatus, reason, Timestamp.from(at)).update();
    }

    public List<ReviewDecision> decisions(String invtNo) {
        return jdbc.sql("select officer, action, return_status, reason, decided_at from officer_decision "
                        + "where invt_no = ? order by id")
                .param(invtNo)
                .query((rs, n) -> new ReviewDecision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static final String SELECT = "select invt_no, agent_code, cop_no, hits, status, opened_at, updated_at "
            + "from review_case ";

    private static ReviewQueueEntry row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReviewQueueEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ReviewCase.Status.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant());
    }
}
