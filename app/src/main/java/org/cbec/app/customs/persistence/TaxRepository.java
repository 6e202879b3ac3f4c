package org.cbec.app.customs.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.cbec.app.shared.persistence.KeyArrays;
import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tax of each inventory customs took in, by line. A transaction reads a bill once: a decision asked for its
 * bill three times (is there one, its total, what the CEB816 prints once it is numbered); what it writes of a bill
 * is read again, but for the bill and lines it inserts and the bill's number and release, which are known.
 */
@Repository
public class TaxRepository {

    private static final Object READ = TaxRepository.class.getName() + ".read";
    private static final Object LINES = TaxRepository.class.getName() + ".lines";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public TaxRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes a bill and its lines (released already when customs releases at take-in), and keeps them for the
     * transaction as reading them would give them: amounts at their columns' scale (rounded half up, as H2 and
     * PostgreSQL round a numeric), which the CEB816 prints, times to the microsecond, the lines by gnum.
     */
    public void insert(TaxBill bill, List<TaxBillLine> lines) {
        changed(bill.invtNo());
        jdbc.sql("insert into tax_bill (invt_no, agent_code, cop_no, order_no, ebp_code, assure_code, buyer_id_number, "
                        + "full_tax, customs_duty, consumption_tax, vat, status, created_at, updated_at, tax_no, "
                        + "released_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(bill.invtNo(), bill.agentCode(), bill.copNo(), bill.orderNo(), bill.ebpCode(),
                        bill.assureCode(), bill.buyerIdNumber(), bill.fullTax(), bill.customsDuty(),
                        bill.consumptionTax(), bill.vat(), bill.status(), Timestamp.from(bill.createdAt()),
                        Timestamp.from(bill.createdAt()), bill.taxNo(),
                        bill.releasedAt() == null ? null : Timestamp.from(bill.releasedAt()))
                .update();
        batch.batchUpdate("insert into tax_line (invt_no, gnum, gcode, qty, returned_qty, dutiable, customs_duty, "
                        + "consumption_tax, vat) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines.stream().map(l -> new Object[] {bill.invtNo(), l.gnum(), l.gcode(), l.qty(), l.returnedQty(),
                    l.dutiable(), l.customsDuty(), l.consumptionTax(), l.vat()}).toList());
        Map<String, Optional<TaxBill>> read = readInThisTransaction();
        if (read != null) {
            read.put(bill.invtNo(), Optional.of(new TaxBill(bill.invtNo(), bill.agentCode(), bill.copNo(),
                    bill.orderNo(), bill.ebpCode(), bill.assureCode(), bill.buyerIdNumber(), bill.fullTax(),
                    money(bill.customsDuty()), money(bill.consumptionTax()), money(bill.vat()), bill.status(),
                    micros(bill.createdAt()), bill.taxNo(), bill.releasedAt() == null ? null
                    : micros(bill.releasedAt()), null)));
            linesInThisTransaction().put(bill.invtNo(), lines.stream().sorted(Comparator.comparingInt(
                    TaxBillLine::gnum)).map(l -> new TaxBillLine(l.gnum(), l.gcode(), quantity(l.qty()),
                    quantity(l.returnedQty()), money(l.dutiable()), money(l.customsDuty()),
                    money(l.consumptionTax()), money(l.vat()))).toList());
        }
    }

    /** A timestamp column keeps microseconds, rounded half up by H2 and PostgreSQL alike. */
    private static Instant micros(Instant at) {
        Instant truncated = at.truncatedTo(ChronoUnit.MICROS);
        return at.getNano() % 1_000 >= 500 ? truncated.plusNanos(1_000) : truncated;
    }

    /** numeric(19, 2). */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** numeric(19, 5). */
    private static BigDecimal quantity(BigDecimal qty) {
        return qty.setScale(5, RoundingMode.HALF_UP);
    }

    public Optional<TaxBill> bill(String invtNo) {
        Map<String, Optional<TaxBill>> read = readInThisTransaction();
        Optional<TaxBill> known = read == null ? null : read.get(invtNo);
        if (known != null) {
            return known;
        }
        Optional<TaxBill> bill = jdbc.sql(SELECT_BILL + "where invt_no = ?").param(invtNo)
                .query(TaxRepository::bill).optional();
        if (read != null) {
            read.put(invtNo, bill);
        }
        return bill;
    }

    /** Reads the bills of these inventories in one statement, so that this transaction asks for them no more. */
    public void readBills(Collection<String> invtNos) {
        Map<String, Optional<TaxBill>> read = readInThisTransaction();
        if (read == null) {
            return;
        }
        List<String> unknown = invtNos.stream().filter(n -> !read.containsKey(n)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        unknown.forEach(n -> read.put(n, Optional.empty()));
        jdbc.sql(SELECT_BILL + "where invt_no = any(?)").param(KeyArrays.any(unknown)).query(TaxRepository::bill)
                .list().forEach(bill -> read.put(bill.invtNo(), Optional.of(bill)));
    }

    /** A bill written otherwise than as known is read again, and its lines. */
    private void changed(String invtNo) {
        Map<String, Optional<TaxBill>> read = readInThisTransaction();
        if (read != null) {
            read.remove(invtNo);
            linesInThisTransaction().remove(invtNo);
        }
    }

    private static Map<String, Optional<TaxBill>> readInThisTransaction() {
        return TransactionScoped.get(READ, HashMap::new);
    }

    private static Map<String, List<TaxBillLine>> linesInThisTransaction() {
        return TransactionScoped.get(LINES, HashMap::new);
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
        Map<String, Optional<TaxBill>> read = readInThisTransaction();
        Optional<TaxBill> known = read == null ? null : read.get(invtNo);
        if (known != null && known.isPresent()) {
            read.put(invtNo, Optional.of(known.get().released(taxNo, micros(at))));
        } else {
            changed(invtNo);
        }
    }

    /** The bill went into a payment form. */
    public void summarised(String invtNo, String entDutyNo, Instant at) {
        changed(invtNo);
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

    /** A bill's lines by gnum; those of a bill this transaction wrote, as it wrote them. */
    public List<TaxBillLine> lines(String invtNo) {
        Map<String, List<TaxBillLine>> written = TransactionScoped.existing(LINES);
        List<TaxBillLine> known = written == null ? null : written.get(invtNo);
        if (known != null) {
            return known;
        }
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
        changed(invtNo);
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
        changed(invtNo);
        jdbc.sql("update tax_bill set status = ?, updated_at = ? where invt_no = ?")
                .params(status, Timestamp.from(now), invtNo).update();
    }
}
