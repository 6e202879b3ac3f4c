package org.cbec.app.onestop.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cbec.app.onestop.domain.FxAllocation;
import org.cbec.app.onestop.domain.FxReceipt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Banks, the money they notified, its allocations to orders and their settlements, the day's rates. */
@Repository
public class ProceedsRepository {

    private final JdbcClient jdbc;

    public ProceedsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A bank as stored. */
    public record Bank(long id, String code, String name, String accountNo) {
    }



    public Optional<Long> insertBank(String code, String name, String accountNo, String tokenHash, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_bank (code, name, account_no, token_hash, created_at) "
                        + "values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(code, name, accountNo, tokenHash, Timestamp.from(at)).update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public Optional<Bank> bankByToken(String tokenHash) {
        return jdbc.sql("select id, code, name, account_no from onestop_bank where token_hash = ?").param(tokenHash)
                .query((rs, n) -> new Bank(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Inserts a notification unless the bank sent this reference before (a replay): empty then. */
    public Optional<Long> insertReceipt(long bankId, String reference, String payerName, String payerCountry,
                                        String currency, BigDecimal amount, LocalDate valueDate, String remittance,
                                        Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_fx_receipt (bank_id, bank_reference, payer_name, payer_country, "
                        + "currency, amount, unallocated, value_date, remittance, matched_how, status, received_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', 'UNMATCHED', ?) on conflict do nothing")
                .params(bankId, reference, payerName, payerCountry, currency, amount, amount, Date.valueOf(valueDate),
                        remittance, Timestamp.from(at)).update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public Optional<FxReceipt> receipt(long id) {
        return jdbc.sql(RECEIPT + "where id = ?").param(id).query(ProceedsRepository::receipt).optional();
    }

    /** Locks a receipt for the caller's transaction (two people matching it at once take turns). */
    public Optional<FxReceipt> lockReceipt(long id) {
        return jdbc.sql(RECEIPT + "where id = ? for update").param(id).query(ProceedsRepository::receipt).optional();
    }

    public Optional<FxReceipt> receiptOf(long bankId, String reference) {
        return jdbc.sql(RECEIPT + "where bank_id = ? and bank_reference = ?").params(bankId, reference)
                .query(ProceedsRepository::receipt).optional();
    }

    public List<FxReceipt> receiptsInStatus(String status, int offset, int limit) {
        return jdbc.sql(RECEIPT + "where status = ? order by id offset " + offset + " rows fetch next " + limit
                + " rows only").param(status).query(ProceedsRepository::receipt).list();
    }

    /** What is left of a receipt after its allocations, and how it matched. */
    public void matched(long id, BigDecimal unallocated, String how) {
        jdbc.sql("update onestop_fx_receipt set unallocated = ?, matched_how = ?, status = ? where id = ?")
                .params(unallocated, how, unallocated.signum() == 0 ? "MATCHED" : "UNMATCHED", id).update();
    }

    public long insertAllocation(long receiptId, long orderId, long sellerId, String currency, BigDecimal amount,
                                 String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into onestop_fx_allocation (receipt_id, order_id, seller_id, currency, amount, allocated_by, "
                        + "allocated_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(receiptId, orderId, sellerId, currency, amount, by, Timestamp.from(at)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public List<FxAllocation> allocationsOfReceipt(long receiptId) {
        return jdbc.sql(ALLOCATION + "where receipt_id = ? order by id").param(receiptId)
                .query(ProceedsRepository::allocation).list();
    }

    public List<FxAllocation> allocationsOfOrder(long orderId) {
        return jdbc.sql(ALLOCATION + "where order_id = ? order by id").param(orderId)
                .query(ProceedsRepository::allocation).list();
    }

    /** A seller's allocations made in [from, to), oldest first. */
    public List<FxAllocation> allocationsOfSeller(long sellerId, Instant from, Instant to) {
        return jdbc.sql(ALLOCATION + "where seller_id = ? and allocated_at >= ? and allocated_at < ? order by id")
                .params(sellerId, Timestamp.from(from), Timestamp.from(to)).query(ProceedsRepository::allocation)
                .list();
    }

    /** Allocations not settled yet, oldest first. */
    public List<FxAllocation> unsettled(int limit) {
        return jdbc.sql(ALLOCATION + "where settled_at is null order by id fetch first " + limit + " rows only")
                .query(ProceedsRepository::allocation).list();
    }

    /** Settles an allocation once; false when it was settled already (by a run at the same moment). */
    public boolean settle(long id, LocalDate day, BigDecimal rate, BigDecimal cny, BigDecimal fee, Instant at) {
        return jdbc.sql("update onestop_fx_allocation set rate_day = ?, rate = ?, cny_amount = ?, fee = ?, "
                        + "settled_at = ? where id = ? and settled_at is null")
                .params(Date.valueOf(day), rate, cny, fee, Timestamp.from(at), id).update() > 0;
    }

    /** What the orders' open amounts are awaited against: each order's received money so far. */
    public BigDecimal receivedFor(long orderId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from onestop_fx_allocation where order_id = ?")
                .param(orderId).query(BigDecimal.class).single();
    }

    /** A month's proceeds of a seller in a currency: received (matched to its orders) and settled to CNY. */
    public record MonthFigure(String seller, String currency, BigDecimal received, BigDecimal settledCny) {
    }

    /** The proceeds matched to orders in [from, to), per seller (its credit code or identity number) and currency. */
    public List<MonthFigure> monthFigures(Instant from, Instant to) {
        return jdbc.sql("select s.identity_no, a.currency, sum(a.amount), coalesce(sum(a.cny_amount), 0) "
                        + "from onestop_fx_allocation a join onestop_seller s on s.id = a.seller_id "
                        + "where a.allocated_at >= ? and a.allocated_at < ? group by s.identity_no, a.currency "
                        + "order by s.identity_no, a.currency")
                .params(Timestamp.from(from), Timestamp.from(to)).query((rs, n) -> new MonthFigure(rs.getString(1),
                        rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4))).list();
    }

    /** What an order's settled proceeds came to in CNY, and whether all of them are settled. */
    public BigDecimal settledCny(long orderId) {
        return jdbc.sql("select coalesce(sum(cny_amount), 0) from onestop_fx_allocation where order_id = ? "
                + "and settled_at is not null").param(orderId).query(BigDecimal.class).single();
    }

    /** Publishes (or corrects, before it is used) a day's rate. */
    public void putRate(LocalDate day, String currency, BigDecimal rate, String source, Instant at) {
        int changed = jdbc.sql("update onestop_fx_rate set rate = ?, source = ?, published_at = ? where rate_day = ? "
                        + "and currency = ?")
                .params(rate, source, Timestamp.from(at), Date.valueOf(day), currency).update();
        if (changed == 0) {
            jdbc.sql("insert into onestop_fx_rate (rate_day, currency, rate, source, published_at) "
                    + "values (?, ?, ?, ?, ?) on conflict do nothing").params(Date.valueOf(day), currency, rate, source,
                    Timestamp.from(at)).update();
        }
    }

    /** The rate of a day and currency, with its source. */
    public Optional<Object[]> rate(LocalDate day, String currency) {
        return jdbc.sql("select rate, source from onestop_fx_rate where rate_day = ? and currency = ?")
                .params(Date.valueOf(day), currency).query((rs, n) -> new Object[] {rs.getBigDecimal(1),
                        rs.getString(2)}).optional();
    }

    private static final String RECEIPT = "select id, bank_id, bank_reference, payer_name, payer_country, currency, "
            + "amount, unallocated, value_date, remittance, matched_how, status, received_at from onestop_fx_receipt ";
    private static final String ALLOCATION = "select id, receipt_id, order_id, seller_id, currency, amount, "
            + "allocated_by, rate_day, rate, cny_amount, fee, settled_at from onestop_fx_allocation ";

    private static FxReceipt receipt(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FxReceipt(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getDate(9).toLocalDate(),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant());
    }

    private static FxAllocation allocation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date day = rs.getDate(8);
        Timestamp settled = rs.getTimestamp(12);
        return new FxAllocation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getString(7), day == null ? null : day.toLocalDate(), rs.getBigDecimal(9),
                rs.getBigDecimal(10), rs.getBigDecimal(11), settled == null ? null : settled.toInstant());
    }
}
