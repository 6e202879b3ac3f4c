package org.cbec.app.customs.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.cbec.app.customs.domain.Guarantee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The guarantors' tax guarantees: how much each may owe, how much it owes, and every change of either. */
@Repository
public class GuaranteeRepository {

    private final JdbcClient jdbc;

    public GuaranteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Guarantee> find(String assureCode) {
        return jdbc.sql("select assure_code, amount, owed from guarantee where assure_code = ?").param(assureCode)
                .query((rs, n) -> new Guarantee(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .optional();
    }

    /** Every guarantee by guarantor, a page of them. */
    public java.util.List<Guarantee> list(int offset, int limit) {
        return jdbc.sql("select assure_code, amount, owed from guarantee order by assure_code offset " + offset
                        + " rows fetch next " + limit + " rows only")
                .query((rs, n) -> new Guarantee(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).list();
    }

    /** Sets the amount of a guarantor's guarantee (filing it the first time). */
    public void set(String assureCode, BigDecimal amount, Instant at) {
        // the row first (two filings of a new guarantee at once: one insert, no duplicate key), then the amount
        jdbc.sql("insert into guarantee (assure_code, amount, owed, updated_at) values (?, ?, 0, ?) "
                        + "on conflict do nothing")
                .params(assureCode, amount, Timestamp.from(at)).update();
        jdbc.sql("update guarantee set amount = ?, updated_at = ? where assure_code = ?")
                .params(amount, Timestamp.from(at), assureCode).update();
        entry(assureCode, "AMOUNT", amount, null, at);
    }

    /**
     * Charges tax to a guarantee if it is covered; false when it is not. The conditional update holds the
     * guarantor's row to the end of the transaction, so parallel lists never owe past the guarantee together.
     */
    public boolean charge(String assureCode, BigDecimal tax, String invtNo, Instant at) {
        boolean charged = chargeTogether(assureCode, tax, at);
        if (charged) {
            recordCharge(assureCode, tax, invtNo, at);
        }
        return charged;
    }

    /**
     * Charges the sum of several lists' tax at once, if it is still covered; false when it is not. Each list's
     * entry is {@link #recordCharge}'s. The row is held to the end of the transaction as with {@link #charge}.
     */
    public boolean chargeTogether(String assureCode, BigDecimal tax, Instant at) {
        return jdbc.sql("update guarantee set owed = owed + ?, updated_at = ? where assure_code = ? "
                        + "and owed + ? <= amount")
                .params(tax, Timestamp.from(at), assureCode, tax).update() > 0;
    }

    /** The entry of one list's charge made by {@link #chargeTogether}. */
    public void recordCharge(String assureCode, BigDecimal tax, String invtNo, Instant at) {
        entry(assureCode, "CHARGE", tax, invtNo, at);
    }

    /** What a guarantor no longer owes: tax voided or returned, or a payment made. */
    public void release(String assureCode, BigDecimal amount, String kind, String reference, Instant at) {
        jdbc.sql("update guarantee set owed = owed - ?, updated_at = ? where assure_code = ?")
                .params(amount, Timestamp.from(at), assureCode).update();
        entry(assureCode, kind, amount.negate(), reference, at);
    }

    private void entry(String assureCode, String kind, BigDecimal amount, String reference, Instant at) {
        jdbc.sql("insert into guarantee_entry (assure_code, kind, amount, reference, at) values (?, ?, ?, ?, ?)")
                .params(assureCode, kind, amount, reference, Timestamp.from(at)).update();
    }

    /** Whether the guarantor has agreed to back the inventories of this declarant or e-commerce enterprise. */
    public boolean backs(String assureCode, String code) {
        return code != null && jdbc.sql("select count(*) from guarantee_backing where assure_code = ? "
                + "and backed_code = ?").params(assureCode, code).query(Integer.class).single() > 0;
    }

    /** Records that the guarantor backs this enterprise; true when it did not already. */
    public boolean back(String assureCode, String code, String filedBy, Instant at) {
        // filed at the same moment by another request: one row, and only one answer says it was added
        return jdbc.sql("insert into guarantee_backing (assure_code, backed_code, filed_by, filed_at) "
                + "values (?, ?, ?, ?) on conflict do nothing").params(assureCode, code, filedBy, Timestamp.from(at))
                .update() > 0;
    }

    public boolean unback(String assureCode, String code) {
        return jdbc.sql("delete from guarantee_backing where assure_code = ? and backed_code = ?")
                .params(assureCode, code).update() > 0;
    }

    /** The enterprises a guarantor backs, in code order. */
    public java.util.List<String> backed(String assureCode) {
        return jdbc.sql("select backed_code from guarantee_backing where assure_code = ? order by backed_code")
                .param(assureCode).query(String.class).list();
    }
}
