package org.cbec.app.customs.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tax of each inventory customs took in, by line. */
@Repository
public class TaxRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public TaxRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insert(TaxBill bill, List<TaxBillLine> lines) {
        jdbc.sql("insert into tax_bill (invt_no, agent_code, cop_no, order_no, ebp_code, assure_code, buyer_id_number, "
                        + "full_tax, customs_duty, consumption_tax, vat, status, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(bill.invtNo(), bill.agentCode(), bill.copNo(), bill.orderNo(), bill.ebpCode(),
                        bill.assureCode(), bill.buyerIdNumber(), bill.fullTax(), bill.customsDuty(),
                        bill.consumptionTax(), bill.vat(), bill.status(), Timestamp.from(bill.createdAt()),
                        Timestamp.from(bill.createdAt()))
                .update();
        batch.batchUpdate("insert into tax_line (invt_no, gnum, gcode, qty, returned_qty, dutiable, customs_duty, "
                        + "consumption_tax, vat) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines.stream().map(l -> new Object[] {bill.invtNo(), l.gnum(), l.gcode(), l.qty(), l.returnedQty(),
                    l.dutiable(), l.customsDuty(), l.consumptionTax(), l.vat()}).toList());
    }

    public Optional<TaxBill> bill(String invtNo) {
        return jdbc.sql(SELECT_BILL + "where invt_no = ?").param(invtNo).query(TaxRepository::bill).optional();
    }

    /**
     * Bills not yet summarised (status 1) of inventories released before {@code releasedBefore}, except those
     * whose return is still awaiting its goods.
     */
    public List<TaxBill> dueForSummary(Instant releasedBefore) {
        return jdbc.sql(SELECT_BILL + "where status = '1' and released_at is not null and released_at <= ? "
                        + "and invt_no not in (select invt_no from pending_return where status = 'PENDING') "
                        + "order by assure_code, invt_no")
                .param(Timestamp.from(releasedBefore)).query(TaxRepository::bill).list();
    }

    /** The inventory was released: its bill is numbered (taxNo) and its release time kept. */
    public void released(String invtNo, String taxNo, Instant at) {
        jdbc.sql("update tax_bill set tax_no = ?, released_at = ?, updated_at = ? where invt_no = ?")
                .params(taxNo, Timestamp.from(at), Timestamp.from(at), invtNo).update();
    }

    /** The bill went into a payment form. */
    public void summarised(String invtNo, String entDutyNo, Instant at) {
        jdbc.sql("update tax_bill set status = '2', ent_duty_no = ?, updated_at = ? where invt_no = ?")
                .params(entDutyNo, Timestamp.from(at), invtNo).update();
    }

    /** The bills a guarantor backs, newest first, a page of them. */
    public List<TaxBill> ofGuarantor(String assureCode, int offset, int limit) {
        return jdbc.sql(SELECT_BILL + "where assure_code = ? order by created_at desc, invt_no offset " + offset
                + " rows fetch next " + limit + " rows only").param(assureCode).query(TaxRepository::bill).list();
    }

    private static final String SELECT_BILL = "select invt_no, agent_code, cop_no, order_no, ebp_code, assure_code, "
            + "buyer_id_number, full_tax, customs_duty, consumption_tax, vat, status, created_at, tax_no, "
            + "released_at, ent_duty_no from tax_bill ";

    private static TaxBill bill(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TaxBill(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getString(14),
                rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant(), rs.getString(16));
    }

    public List<TaxBillLine> lines(String invtNo) {
        return jdbc.sql("select gnum, gcode, qty, returned_qty, dutiable, customs_duty, consumption_tax, vat "
                        + "from tax_line where invt_no = ? order by gnum")
                .param(invtNo)
                .query((rs, n) -> new TaxBillLine(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8)))
                .list();
    }

    /** Writes a line's taxes and returned quantity after a return, and the bill's totals after it. */
    public void updateLine(String invtNo, TaxBillLine line, Instant now) {
        jdbc.sql("update tax_line set returned_qty = ?, customs_duty = ?, consumption_tax = ?, vat = ? "
                        + "where invt_no = ? and gnum = ?")
                .params(line.returnedQty(), line.customsDuty(), line.consumptionTax(), line.vat(), invtNo,
                        line.gnum())
                .update();
        jdbc.sql("update tax_bill set customs_duty = (select sum(customs_duty) from tax_line where invt_no = ?), "
                        + "consumption_tax = (select sum(consumption_tax) from tax_line where invt_no = ?), "
                        + "vat = (select sum(vat) from tax_line where invt_no = ?), updated_at = ? where invt_no = ?")
                .params(invtNo, invtNo, invtNo, Timestamp.from(now), invtNo).update();
    }

    public void status(String invtNo, String status, Instant now) {
        jdbc.sql("update tax_bill set status = ?, updated_at = ? where invt_no = ?")
                .params(status, Timestamp.from(now), invtNo).update();
    }
}
