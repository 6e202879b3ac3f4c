package org.cbec.app.exchange.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facts of each enterprise's credit, counted by month, its guarantors' payment forms, and its last score. */
@Repository
public class CreditRepository {

    /** What a fact adds to: a column of credit_count. */
    public enum Counted { RELEASED, MISMATCHED, REFUSED, RETURNED }

    private final JdbcClient jdbc;
    private final Counters counters;

    public CreditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.counters = new Counters(jdbc);
    }

    /** credit_count: a month's facts of an enterprise, a column each. */
    private static final Counters.Table COUNTS = new Counters.Table("credit_count", List.of("enterprise",
            "credit_month"), List.of("released", "mismatched", "refused", "returned"));

    /** One more fact of a month ({@link Counters}: written before the commit, or before the counts are read). */
    public void count(String enterprise, String month, Counted fact) {
        counters.add(COUNTS, List.of(enterprise, month), one(fact, Counted.RELEASED), one(fact, Counted.MISMATCHED),
                one(fact, Counted.REFUSED), one(fact, Counted.RETURNED));
    }

    private static long one(Counted fact, Counted column) {
        return fact == column ? 1L : 0L;
    }

    /** Released, mismatched, refused and returned since a month (included). */
    public long[] counts(String enterprise, String fromMonth) {
        counters.write();
        return jdbc.sql("select coalesce(sum(released), 0), coalesce(sum(mismatched), 0), coalesce(sum(refused), 0), "
                        + "coalesce(sum(returned), 0) from credit_count where enterprise = ? and credit_month >= ?")
                .params(enterprise, fromMonth)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
    }

    /** A payment form issued (with its due date) or paid; the first of either makes the row. */
    public void taxPayment(String entDutyNo, String assureCode, BigDecimal total, Instant issuedAt, Instant dueBy,
                           Instant paidAt) {
        jdbc.sql("insert into credit_tax_payment (ent_duty_no, assure_code, total) values (?, ?, ?) "
                + "on conflict do nothing").params(entDutyNo, assureCode, total).update();
        if (dueBy != null) {
            jdbc.sql("update credit_tax_payment set issued_at = ?, due_by = ? where ent_duty_no = ?")
                    .params(Timestamp.from(issuedAt), Timestamp.from(dueBy), entDutyNo).update();
        }
        if (paidAt != null) {
            jdbc.sql("update credit_tax_payment set paid_at = ? where ent_duty_no = ? and paid_at is null")
                    .params(Timestamp.from(paidAt), entDutyNo).update();
        }
    }

    /** A guarantor's forms due since {@code from} and overdue at {@code now}: unpaid past due, or paid late. */
    public int overdueForms(String assureCode, Instant from, Instant now) {
        return jdbc.sql("select count(*) from credit_tax_payment where assure_code = ? and due_by >= ? and due_by < ? "
                        + "and (paid_at is null or paid_at > due_by)")
                .params(assureCode, Timestamp.from(from), Timestamp.from(now)).query(Integer.class).single();
    }

    /** Guarantors with a form that fell due, unpaid, between two instants: their scores change without an event. */
    public List<String> fellDue(Instant from, Instant to) {
        return jdbc.sql("select distinct assure_code from credit_tax_payment where paid_at is null and due_by >= ? "
                + "and due_by < ?").params(Timestamp.from(from), Timestamp.from(to)).query(String.class).list();
    }

    /** A score as stored: the enterprise, the score, the grade, the factors as JSON, when. */
    public record StoredScore(String enterprise, int score, String grade, String factors, Instant at) {
    }

    public void score(String enterprise, int score, char grade, String factors, Instant at) {
        if (jdbc.sql("update credit_score set score = ?, grade = ?, factors = ?, computed_at = ? where enterprise = ?")
                .params(score, String.valueOf(grade), factors, Timestamp.from(at), enterprise).update() == 0) {
            jdbc.sql("insert into credit_score (enterprise, score, grade, factors, computed_at) values (?, ?, ?, ?, ?) "
                            + "on conflict do nothing")
                    .params(enterprise, score, String.valueOf(grade), factors, Timestamp.from(at)).update();
        }
    }

    public Optional<StoredScore> stored(String enterprise) {
        return jdbc.sql(SCORES + "where enterprise = ?").param(enterprise).query(CreditRepository::row).optional();
    }

    /** Scores lowest first (those to look at first), a page of them. */
    public List<StoredScore> lowest(int offset, int limit) {
        return jdbc.sql(SCORES + "order by score, enterprise offset " + offset + " rows fetch next " + limit
                + " rows only").query(CreditRepository::row).list();
    }

    private static final String SCORES = "select enterprise, score, grade, factors, computed_at from credit_score ";

    private static StoredScore row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredScore(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}
