package org.cbec.app.onestop.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the platform sends the clearance platform (its outbox, in order), what it heard back (each order's timeline,
 * the receipts read per account, the receipts that matched nothing).
 */
@Repository
public class DeclarationRepository {

    private final JdbcClient jdbc;

    public DeclarationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message waiting to be sent, or sent. */
    public record Outgoing(long id, Long orderId, String document, String account, String xml, String state,
                           int attempts, Instant nextAttemptAt, String lastError) {
    }

    /** An entry of an order's timeline. */
    public record Event(Instant at, String document, String status, String info) {
    }

    /** A receipt that matched nothing the platform sent. */
    public record Unmatched(long id, String account, long cursor, String messageType, String reason, Instant at,
                            String xml) {
    }

    public void queue(Long orderId, String document, String account, String xml, Instant at) {
        jdbc.sql("insert into onestop_outbox (order_id, document, account, xml, state, next_attempt_at, queued_at) "
                        + "values (?, ?, ?, ?, 'QUEUED', ?, ?)")
                .params(orderId, document, account, xml, Timestamp.from(at), Timestamp.from(at)).update();
    }

    /** The oldest messages queued, due or waiting for their next attempt. */
    public List<Outgoing> queued(int limit) {
        return jdbc.sql(OUTGOING + "where state = 'QUEUED' order by id fetch first " + limit + " rows only")
                .query(DeclarationRepository::outgoing).list();
    }

    /**
     * Claims a due message for {@code until} (another node, or a second run here, leaves it alone meanwhile); false
     * when someone else claimed it first.
     */
    public boolean claim(Outgoing message, Instant until) {
        return jdbc.sql("update onestop_outbox set next_attempt_at = ? where id = ? and state = 'QUEUED' "
                        + "and next_attempt_at = ?")
                .params(Timestamp.from(until), message.id(), Timestamp.from(message.nextAttemptAt())).update() > 0;
    }

    public void sent(long id, Instant at) {
        jdbc.sql("update onestop_outbox set state = 'SENT', sent_at = ?, last_error = null where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    public void refused(long id, String error, Instant at) {
        jdbc.sql("update onestop_outbox set state = 'REFUSED', sent_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(at), cut(error), id).update();
    }

    public void retry(long id, int attempts, Instant next, String error) {
        jdbc.sql("update onestop_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(attempts, Timestamp.from(next), cut(error), id).update();
    }

    /** Messages by state (QUEUED, SENT, REFUSED). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("select state, count(*) from onestop_outbox group by state")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    public List<Outgoing> ofOrder(long orderId) {
        return jdbc.sql(OUTGOING + "where order_id = ? order by id").param(orderId)
                .query(DeclarationRepository::outgoing).list();
    }

    public void event(long orderId, Instant at, String document, String status, String info) {
        jdbc.sql("insert into onestop_order_event (order_id, at, document, status, info) values (?, ?, ?, ?, ?)")
                .params(orderId, Timestamp.from(at), document, status, cut(info == null ? "" : info)).update();
    }

    public List<Event> timeline(long orderId) {
        return jdbc.sql("select at, document, status, info from onestop_order_event where order_id = ? order by id")
                .param(orderId).query((rs, n) -> new Event(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
    }

    /**
     * Takes a receipt's cursor for an account: true when it is after the last one read (the row stays locked until
     * the caller's transaction ends, so the webhook and the pull never apply one receipt twice), false when it was
     * read already.
     */
    public boolean advance(String account, long cursor) {
        jdbc.sql("insert into onestop_receipt_cursor (account, last_cursor) values (?, 0) on conflict do nothing")
                .param(account).update();
        return jdbc.sql("update onestop_receipt_cursor set last_cursor = ? where account = ? and last_cursor < ?")
                .params(cursor, account, cursor).update() > 0;
    }

    public long lastCursor(String account) {
        return jdbc.sql("select last_cursor from onestop_receipt_cursor where account = ?").param(account)
                .query(Long.class).optional().orElse(0L);
    }

    public void unmatched(String account, long cursor, String messageType, String xml, String reason, Instant at) {
        jdbc.sql("insert into onestop_unmatched_receipt (account, receipt_cursor, message_type, xml, reason, "
                        + "received_at) values (?, ?, ?, ?, ?, ?)")
                .params(account, cursor, messageType, xml, cut(reason), Timestamp.from(at)).update();
    }

    public List<Unmatched> unmatched(int offset, int limit) {
        return jdbc.sql("select id, account, receipt_cursor, message_type, reason, received_at, xml "
                        + "from onestop_unmatched_receipt order by id desc offset " + offset + " rows fetch next "
                        + limit + " rows only")
                .query((rs, n) -> new Unmatched(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
    }

    private static final String OUTGOING = "select id, order_id, document, account, xml, state, attempts, "
            + "next_attempt_at, last_error from onestop_outbox ";

    private static Outgoing outgoing(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Long order = rs.getObject(2) == null ? null : rs.getLong(2);
        return new Outgoing(rs.getLong(1), order, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
