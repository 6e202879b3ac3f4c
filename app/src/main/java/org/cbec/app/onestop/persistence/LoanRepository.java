package org.cbec.app.onestop.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cbec.app.onestop.domain.Loan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Loans on sellers' credit lines, and what the line is made from: settled exports, declared and refused orders. */
@Repository
public class LoanRepository {

    private final JdbcClient jdbc;

    public LoanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long sellerId, String product, Long orderId, Long claimId, BigDecimal principal,
                       BigDecimal rate, LocalDate drawnOn, LocalDate dueOn, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into onestop_loan (seller_id, product, order_id, claim_id, principal, outstanding, "
                        + "annual_rate, drawn_on, due_on, accrued_to, status, drawn_at) values (?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, 'ACTIVE', ?)")
                .params(sellerId, product, orderId, claimId, principal, principal, rate, Date.valueOf(drawnOn),
                        Date.valueOf(dueOn), Date.valueOf(drawnOn), Timestamp.from(at)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public List<Loan> ofSeller(long sellerId) {
        return jdbc.sql(SELECT + "where seller_id = ? order by id desc").param(sellerId).query(LoanRepository::row)
                .list();
    }

    public List<Loan> active() {
        return jdbc.sql(SELECT + "where status = 'ACTIVE' order by id").query(LoanRepository::row).list();
    }

    /** A seller's active loans against an order or a claim, oldest first. */
    public List<Loan> activeAgainst(long sellerId, Long orderId, Long claimId) {
        return jdbc.sql(SELECT + "where seller_id = ? and status = 'ACTIVE' and (order_id = ? or claim_id = ?) "
                + "order by id").params(sellerId, orderId == null ? -1 : orderId, claimId == null ? -1 : claimId)
                .query(LoanRepository::row).list();
    }

    /** What was lent against an order or a claim so far (repaid or not). */
    public BigDecimal lentAgainst(Long orderId, Long claimId) {
        return jdbc.sql("select coalesce(sum(principal), 0) from onestop_loan where order_id = ? or claim_id = ?")
                .params(orderId == null ? -1 : orderId, claimId == null ? -1 : claimId).query(BigDecimal.class)
                .single();
    }

    public void accrued(long id, BigDecimal interest, LocalDate to) {
        jdbc.sql("update onestop_loan set interest_due = interest_due + ?, accrued_to = ? where id = ?")
                .params(interest, Date.valueOf(to), id).update();
    }

    public void repaid(long id, BigDecimal interest, BigDecimal principal) {
        jdbc.sql("update onestop_loan set interest_due = interest_due - ?, outstanding = outstanding - ?, "
                        + "status = case when interest_due - ? = 0 and outstanding - ? = 0 then 'REPAID' "
                        + "else status end where id = ?")
                .params(interest, principal, interest, principal, id).update();
    }

    /** CNY settled to a seller since a moment. */
    public BigDecimal settledSince(long sellerId, Instant since) {
        return jdbc.sql("select coalesce(sum(cny_amount), 0) from onestop_fx_allocation where seller_id = ? "
                + "and settled_at >= ?").params(sellerId, Timestamp.from(since)).query(BigDecimal.class).single();
    }

    /** A seller's orders booked since a moment, and of them those refused: [declared, refused]. */
    public long[] ordersSince(long sellerId, Instant since) {
        return jdbc.sql("select count(*), coalesce(sum(case when status = 'REFUSED' then 1 else 0 end), 0) "
                        + "from onestop_order where seller_id = ? and declared_no is not null and created_at >= ?")
                .params(sellerId, Timestamp.from(since)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private static final String SELECT = "select id, seller_id, product, order_id, claim_id, principal, outstanding, "
            + "interest_due, annual_rate, drawn_on, due_on, accrued_to, status from onestop_loan ";

    private static Loan row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Long order = rs.getObject(4) == null ? null : rs.getLong(4);
        Long claim = rs.getObject(5) == null ? null : rs.getLong(5);
        return new Loan(rs.getLong(1), rs.getLong(2), rs.getString(3), order, claim, rs.getBigDecimal(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getDate(10).toLocalDate(),
                rs.getDate(11).toLocalDate(), rs.getDate(12).toLocalDate(), rs.getString(13));
    }
}
