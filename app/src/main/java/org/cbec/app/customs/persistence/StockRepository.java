package org.cbec.app.customs.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.customs.domain.StockItem;
import org.cbec.app.customs.domain.StockUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stock ledger of bonded goods, its movements, and what each inventory took out of it. */
@Repository
public class StockRepository {

    private final JdbcClient jdbc;

    public StockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StockItem> item(String emsNo, String itemRecordNo) {
        return jdbc.sql("select ems_no, item_record_no, owner_code, gcode, qty from stock_ledger "
                        + "where ems_no = ? and item_record_no = ?")
                .params(emsNo, itemRecordNo)
                .query((rs, n) -> new StockItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5)))
                .optional();
    }

    public List<StockItem> book(String emsNo) {
        return jdbc.sql("select ems_no, item_record_no, owner_code, gcode, qty from stock_ledger where ems_no = ? "
                        + "order by item_record_no")
                .param(emsNo)
                .query((rs, n) -> new StockItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5)))
                .list();
    }

    /** Goods entered the zone: the item's stock grows (the item is opened the first time). */
    public void enter(String emsNo, String itemRecordNo, String ownerCode, String gcode, BigDecimal qty,
                      String reference, Instant at) {
        // the row first (two entries of a new item at once: one insert, no duplicate key), then the quantity
        jdbc.sql("insert into stock_ledger (ems_no, item_record_no, owner_code, gcode, qty, updated_at) "
                        + "values (?, ?, ?, ?, 0, ?) on conflict do nothing")
                .params(emsNo, itemRecordNo, ownerCode, gcode, Timestamp.from(at)).update();
        jdbc.sql("update stock_ledger set qty = qty + ?, updated_at = ? where ems_no = ? and item_record_no = ?")
                .params(qty, Timestamp.from(at), emsNo, itemRecordNo).update();
        movement(emsNo, itemRecordNo, "ENTRY", qty, reference, at);
    }

    /**
     * Takes {@code qty} out of the item's stock if it is there; false when it is not. The conditional update holds
     * the row to the end of the transaction, so parallel inventories never take the same units.
     */
    public boolean take(String invtNo, int gnum, String emsNo, String itemRecordNo, BigDecimal qty, Instant at) {
        boolean taken = jdbc.sql("update stock_ledger set qty = qty - ?, updated_at = ? where ems_no = ? "
                        + "and item_record_no = ? and qty >= ?")
                .params(qty, Timestamp.from(at), emsNo, itemRecordNo, qty).update() > 0;
        if (taken) {
            movement(emsNo, itemRecordNo, "RELEASE", qty.negate(), invtNo, at);
            jdbc.sql("insert into stock_usage (invt_no, gnum, ems_no, item_record_no, qty, returned) "
                            + "values (?, ?, ?, ?, ?, 0)")
                    .params(invtNo, gnum, emsNo, itemRecordNo, qty).update();
        }
        return taken;
    }

    public List<StockUsage> usage(String invtNo) {
        return jdbc.sql("select invt_no, gnum, ems_no, item_record_no, qty, returned from stock_usage "
                        + "where invt_no = ? order by gnum")
                .param(invtNo)
                .query((rs, n) -> new StockUsage(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)))
                .list();
    }

    /** Puts {@code qty} of what an inventory line took back into stock (a return, a cancellation, a refusal). */
    public void putBack(StockUsage usage, BigDecimal qty, String kind, Instant at) {
        jdbc.sql("update stock_ledger set qty = qty + ?, updated_at = ? where ems_no = ? and item_record_no = ?")
                .params(qty, Timestamp.from(at), usage.emsNo(), usage.itemRecordNo()).update();
        jdbc.sql("update stock_usage set returned = returned + ? where invt_no = ? and gnum = ?")
                .params(qty, usage.invtNo(), usage.gnum()).update();
        movement(usage.emsNo(), usage.itemRecordNo(), kind, qty, usage.invtNo(), at);
    }

    private void movement(String emsNo, String itemRecordNo, String kind, BigDecimal qty, String reference,
                          Instant at) {
        jdbc.sql("insert into stock_entry (ems_no, item_record_no, kind, qty, reference, at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(emsNo, itemRecordNo, kind, qty, reference, Timestamp.from(at)).update();
    }

    /** The site that keeps an account book, if it is open. */
    public Optional<String> keeperOf(String emsNo) {
        return jdbc.sql("select operator_code from account_book where ems_no = ?").param(emsNo).query(String.class)
                .optional();
    }

    /**
     * The book's keeper: the site already keeping it, or this one, which opens it now. Two sites opening one book
     * at once: one insert wins (no duplicate key, which would spoil a PostgreSQL transaction), both read the winner.
     */
    public String open(String emsNo, String operatorCode, Instant at) {
        jdbc.sql("insert into account_book (ems_no, operator_code, filed_at) values (?, ?, ?) on conflict do nothing")
                .params(emsNo, operatorCode, Timestamp.from(at)).update();
        return keeperOf(emsNo).orElseThrow();
    }

    /** The operator files (or moves) a book to a site. */
    public void file(String emsNo, String operatorCode, Instant at) {
        jdbc.sql("insert into account_book (ems_no, operator_code, filed_at) values (?, ?, ?) on conflict do nothing")
                .params(emsNo, operatorCode, Timestamp.from(at)).update();
        jdbc.sql("update account_book set operator_code = ?, filed_at = ? where ems_no = ?")
                .params(operatorCode, Timestamp.from(at), emsNo).update();
    }
}
