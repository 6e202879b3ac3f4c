package org.cbec.app.clearance.persistence;

import java.util.List;
import org.cbec.app.clearance.domain.Receipt;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Receipts in cursor order. A cursor value is taken from {@code receipt_sequence} under a row lock held to the
 * end of the writing transaction, so receipts become visible in cursor order: a reader paging with
 * {@code cursor > after} never skips one that commits later with a smaller cursor.
 */
@Repository
public class ReceiptRepository {

    private static final String INSERT = "insert into receipt (cursor_no, enterprise, message_type, guid, order_no, "
            + "logistics_no, cop_no, invt_no, return_status, return_info, return_time, xml) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The sequences' increment (V2_14). */
    static final int NUMBERS_AT_ONCE = 50;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Numbers preNos = new Numbers("pre_no_seq");
    private final Numbers invtNos = new Numbers("invt_no_seq");

    public ReceiptRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Takes the next cursor value; the row stays locked until the caller's transaction ends. */
    public long nextCursor() {
        return nextCursors(1);
    }

    /**
     * Takes {@code count} consecutive cursor values and returns the first; the row stays locked until the caller's
     * transaction ends, so take them last, just before commit.
     */
    public long nextCursors(int count) {
        // the update takes the row's lock (no SELECT ... FOR UPDATE: H2 parses one anew at each call)
        jdbc.sql("update receipt_sequence set last_cursor = last_cursor + ? where id = 1").param(count).update();
        return jdbc.sql("select last_cursor from receipt_sequence where id = 1").query(Long.class).single()
                - count + 1;
    }

    /** A number for a pre-entry number, from a sequence that takes no lock. */
    public long nextPreNoSerial() {
        return preNos.next();
    }

    /** A number for a customs inventory number, from a sequence of its own. */
    public long nextInvtNoSerial() {
        return invtNos.next();
    }

    /**
     * Numbers of a sequence that moves by {@link #NUMBERS_AT_ONCE} (V2_14): a value v read from it is the first of
     * the block v to v + 49, handed out here one at a time. Each node takes blocks of its own, so no number is given
     * twice; a block left when a node stops is skipped, as a sequence value is when its transaction rolls back.
     */
    private final class Numbers {
        private final String sql;
        private long next;
        private long end;

        Numbers(String sequence) {
            this.sql = "select nextval('" + sequence + "')";
        }

        synchronized long next() {
            if (next == end) {
                next = jdbc.sql(sql).query(Long.class).single();
                end = next + NUMBERS_AT_ONCE;
            }
            return next++;
        }
    }

    public void insert(Receipt r) {
        insertAll(List.of(r));
    }

    /** Inserts receipts in one JDBC batch. */
    public void insertAll(List<Receipt> receipts) {
        batch.batchUpdate(INSERT, receipts, receipts.size(), (ps, r) -> {
            Object[] values = {r.cursor(), r.enterprise(), r.messageType(), r.guid(), r.orderNo(), r.logisticsNo(),
                r.copNo(), r.invtNo(), r.returnStatus(), r.returnInfo(), r.returnTime(), r.xml()};
            for (int i = 0; i < values.length; i++) {
                StatementCreatorUtils.setParameterValue(ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
            }
        });
    }

    public List<Receipt> page(String enterprise, long after, int limit) {
        return jdbc.sql(SELECT + "where enterprise = ? and cursor_no > ? order by cursor_no limit ?")
                .params(enterprise, after, limit).query(ReceiptRepository::receipt).list();
    }

    /** An enterprise's receipts about an inventory (copNo), oldest first. */
    public List<Receipt> ofCopNo(String enterprise, String copNo, int limit) {
        return jdbc.sql(SELECT + "where enterprise = ? and cop_no = ? order by cursor_no limit ?")
                .params(enterprise, copNo, limit).query(ReceiptRepository::receipt).list();
    }

    /** One of an enterprise's receipts, by its cursor. */
    public java.util.Optional<Receipt> one(String enterprise, long cursor) {
        return jdbc.sql(SELECT + "where enterprise = ? and cursor_no = ?").params(enterprise, cursor)
                .query(ReceiptRepository::receipt).optional();
    }

    private static final String SELECT = "select cursor_no, enterprise, message_type, guid, order_no, "
            + "logistics_no, cop_no, invt_no, return_status, return_info, return_time, xml from receipt ";

    private static Receipt receipt(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Receipt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }
}
