package org.cbec.app.onestop.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cbec.app.onestop.domain.ClaimRecord;
import org.cbec.app.onestop.domain.DeclaredGoods;
import org.cbec.app.onestop.domain.PurchaseInvoice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sellers' refund method, purchase invoices, the export declarations of their orders, and refund claims. */
@Repository
public class RefundRepository {

    private final JdbcClient jdbc;

    public RefundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }




    public void refundMethod(long sellerId, String method, LocalDate filedOn, String taxOffice) {
        jdbc.sql("update onestop_seller set refund_method = ?, refund_filed_on = ?, tax_office = ? where id = ?")
                .params(method, filedOn == null ? null : Date.valueOf(filedOn), taxOffice, sellerId).update();
    }

    public Optional<String> refundMethodOf(long sellerId) {
        return jdbc.sql("select refund_method from onestop_seller where id = ?").param(sellerId)
                .query(String.class).optional();
    }

    public Optional<Long> insertInvoice(long sellerId, long productId, String invoiceNo, String issuer,
                                        BigDecimal qty, BigDecimal amount, BigDecimal vat, LocalDate issuedOn,
                                        Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_invoice (seller_id, product_id, invoice_no, issuer_tax_code, "
                        + "qty, amount, vat, issued_on, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(sellerId, productId, invoiceNo, issuer, qty, amount, vat, Date.valueOf(issuedOn),
                        Timestamp.from(at)).update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public List<PurchaseInvoice> invoices(long sellerId) {
        return jdbc.sql(INVOICE + "where seller_id = ? order by id").param(sellerId)
                .query(RefundRepository::invoice).list();
    }

    /** Takes quantity of an invoice for a claim; false when less than that is left (taken at the same moment). */
    public boolean use(long invoiceId, BigDecimal qty) {
        return jdbc.sql("update onestop_invoice set used_qty = used_qty + ? where id = ? and used_qty + ? <= qty")
                .params(qty, invoiceId, qty).update() > 0;
    }

    /** Gives back quantity a refused claim took. */
    public void release(long invoiceId, BigDecimal qty) {
        jdbc.sql("update onestop_invoice set used_qty = used_qty - ? where id = ?").params(qty, invoiceId).update();
    }

    /** The lines of a declaration that are of a seller's orders. */
    public List<DeclaredGoods> declaredLines(long sellerId, String entryId) {
        return jdbc.sql(DECLARED + "and o.seller_id = ? and d.entry_id = ? order by l.id").params(sellerId, entryId)
                .query(RefundRepository::declared).list();
    }

    /** Every declaration line of a seller's orders, newest declaration first. */
    public List<DeclaredGoods> declaredLines(long sellerId) {
        return jdbc.sql(DECLARED + "and o.seller_id = ? order by d.received_at desc, l.id").param(sellerId)
                .query(RefundRepository::declared).list();
    }

    /** Inserts a claim; empty when the seller claimed on this declaration already. */
    public Optional<Long> insertClaim(long sellerId, String entryId, BigDecimal base, BigDecimal claimed,
                                      String lines, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_refund_claim (seller_id, entry_id, status, base, claimed, lines, "
                        + "submitted_at) values (?, ?, 'SUBMITTED', ?, ?, ?, ?) on conflict do nothing")
                .params(sellerId, entryId, base, claimed, lines, Timestamp.from(at)).update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public Optional<ClaimRecord> claim(long id) {
        return jdbc.sql(CLAIM + "where id = ?").param(id).query(RefundRepository::claim).optional();
    }

    /** Claims in a status, oldest first, a page: what the tax office has to decide. */
    public List<ClaimRecord> inStatus(String status, int offset, int limit) {
        return jdbc.sql(CLAIM + "where status = ? order by id offset " + offset + " rows fetch next " + limit
                + " rows only").param(status).query(RefundRepository::claim).list();
    }

    public List<ClaimRecord> claims(long sellerId) {
        return jdbc.sql(CLAIM + "where seller_id = ? order by id desc").param(sellerId)
                .query(RefundRepository::claim).list();
    }

    /** Moves a claim from one status to another; false when it was not in it (decided at the same moment). */
    public boolean decide(long id, String from, String to, BigDecimal approved, String reason, Instant at) {
        String when = "PAID".equals(to) ? "paid_at" : "decided_at";
        return jdbc.sql("update onestop_refund_claim set status = ?, approved = coalesce(?, approved), "
                        + "reason = coalesce(?, reason), " + when + " = ? where id = ? and status = ?")
                .params(to, approved, reason, Timestamp.from(at), id, from).update() > 0;
    }

    private static final String INVOICE = "select id, seller_id, product_id, invoice_no, issuer_tax_code, qty, "
            + "used_qty, amount, vat, issued_on from onestop_invoice ";
    private static final String DECLARED = "select d.entry_id, d.sum_no, l.invt_no, l.gnum, l.gcode, l.order_id, "
            + "d.received_at from onestop_declaration_line l join onestop_export_declaration d "
            + "on d.entry_id = l.entry_id join onestop_order o on o.id = l.order_id where 1 = 1 ";
    private static final String CLAIM = "select id, seller_id, entry_id, status, base, claimed, approved, reason, "
            + "lines, submitted_at, decided_at, paid_at from onestop_refund_claim ";

    private static PurchaseInvoice invoice(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PurchaseInvoice(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getDate(10).toLocalDate());
    }

    private static DeclaredGoods declared(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DeclaredGoods(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getLong(6), rs.getTimestamp(7).toInstant());
    }

    private static ClaimRecord claim(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp(11);
        Timestamp paid = rs.getTimestamp(12);
        return new ClaimRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), decided == null ? null : decided.toInstant(),
                paid == null ? null : paid.toInstant());
    }
}
