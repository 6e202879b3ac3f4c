package org.cbec.app.customs.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.cbec.app.shared.RecentlyUsed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The buyers' annual quota and what each inventory counted toward it. */
@Repository
public class QuotaRepository {

    /** Buyers' years whose row was met lately: a hint of which statement to try first, never trusted alone. */
    private final RecentlyUsed<String, Boolean> rowsSeen = new RecentlyUsed<>(65_536);

    private final JdbcClient jdbc;

    public QuotaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts {@code amount} toward the buyer's year if it fits under {@code limit}; empty when counted, otherwise
     * what the buyer had used. The conditional update holds the buyer's row until the transaction ends, and a
     * transaction that waited on it checks the condition again on the new value (H2 and PostgreSQL alike), so
     * concurrent lists of one buyer never pass the limit together. A buyer's first list of the year inserts the
     * row with its amount; two first lists at once meet on the primary key, and the second is counted by the
     * conditional update once the first has committed.
     */
    public Optional<BigDecimal> count(String buyerIdNumber, int year, BigDecimal amount, BigDecimal limit) {
        String buyer = year + ":" + buyerIdNumber;
        boolean fits = amount.compareTo(limit) <= 0;
        // a buyer seen lately has a row: updated at once; else the insert comes first (one statement, not three)
        if (fits && rowsSeen.get(buyer) == null && first(buyerIdNumber, year, amount)
                || add(buyerIdNumber, year, amount, limit)) {
            rowsSeen.put(buyer, Boolean.TRUE);
            return Optional.empty();
        }
        // the row may be another transaction's first, not yet committed and so not updated: the insert meets it on
        // the primary key, which waits for that transaction, and the update then sees it
        if (fits && first(buyerIdNumber, year, amount) || add(buyerIdNumber, year, amount, limit)) {
            rowsSeen.put(buyer, Boolean.TRUE);
            return Optional.empty();
        }
        return Optional.of(used(buyerIdNumber, year));
    }

    private boolean first(String buyerIdNumber, int year, BigDecimal amount) {
        return jdbc.sql("insert into buyer_quota (buyer_id_number, quota_year, used) values (?, ?, ?) "
                        + "on conflict do nothing")
                .params(buyerIdNumber, year, amount).update() > 0;
    }

    private boolean add(String buyerIdNumber, int year, BigDecimal amount, BigDecimal limit) {
        return jdbc.sql("update buyer_quota set used = used + ? where buyer_id_number = ? and quota_year = ? "
                        + "and used + ? <= ?")
                .params(amount, buyerIdNumber, year, amount, limit).update() > 0;
    }

    public BigDecimal used(String buyerIdNumber, int year) {
        return jdbc.sql("select used from buyer_quota where buyer_id_number = ? and quota_year = ?")
                .params(buyerIdNumber, year).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    /** What an inventory counted toward its buyer's year, and how much of it was given back. */
    public record Usage(String agentCode, String copNo, String invtNo, String buyerIdNumber, int year,
                        BigDecimal amount, BigDecimal restored) {
    }

    public void recordUsage(Usage usage, Instant at) {
        jdbc.sql("insert into quota_usage (agent_code, cop_no, invt_no, buyer_id_number, quota_year, amount, restored, "
                        + "counted_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(usage.agentCode(), usage.copNo(), usage.invtNo(), usage.buyerIdNumber(), usage.year(),
                        usage.amount(), usage.restored(), Timestamp.from(at))
                .update();
    }

    public Optional<Usage> usage(String invtNo) {
        return jdbc.sql("select agent_code, cop_no, invt_no, buyer_id_number, quota_year, amount, restored "
                        + "from quota_usage where invt_no = ?")
                .param(invtNo)
                .query((rs, n) -> new Usage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
                .optional();
    }

    /** Gives {@code amount} of what an inventory counted back to its buyer's year. */
    public void restore(Usage usage, BigDecimal amount) {
        jdbc.sql("update buyer_quota set used = used - ? where buyer_id_number = ? and quota_year = ?")
                .params(amount, usage.buyerIdNumber(), usage.year()).update();
        jdbc.sql("update quota_usage set restored = restored + ? where invt_no = ?")
                .params(amount, usage.invtNo()).update();
    }

    /** What the buyer took in this year of each of these HS codes (for the positive list's quantity caps). */
    public java.util.Map<String, BigDecimal> goods(String buyerIdNumber, int year,
                                                   java.util.Collection<String> hsCodes) {
        java.util.Map<String, BigDecimal> taken = new java.util.HashMap<>();
        if (hsCodes.isEmpty()) {
            return taken;
        }
        jdbc.sql("select hs_code, qty from buyer_goods where buyer_id_number = :buyer and quota_year = :year "
                        + "and hs_code in (:codes)")
                .param("buyer", buyerIdNumber).param("year", year).param("codes", hsCodes)
                .query((rs, n) -> taken.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return taken;
    }

    /** Adds a quantity of an HS code to what the buyer took in this year. */
    public void addGoods(String buyerIdNumber, int year, String hsCode, BigDecimal qty) {
        int updated = jdbc.sql("update buyer_goods set qty = qty + ? where buyer_id_number = ? and quota_year = ? "
                        + "and hs_code = ?")
                .params(qty, buyerIdNumber, year, hsCode).update();
        if (updated == 0 && jdbc.sql("insert into buyer_goods (buyer_id_number, quota_year, hs_code, qty) "
                        + "values (?, ?, ?, ?) on conflict do nothing")
                .params(buyerIdNumber, year, hsCode, qty).update() == 0) {
            // another list of the buyer inserted the row first
            addGoods(buyerIdNumber, year, hsCode, qty);
        }
    }
}
