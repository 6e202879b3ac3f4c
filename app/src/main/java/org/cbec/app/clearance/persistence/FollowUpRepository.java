package org.cbec.app.clearance.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.shared.persistence.KeyArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happens to a parcel after its inventory is decided: sign-for, returns, entry to the supervised site. */
@Repository
public class FollowUpRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public FollowUpRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public boolean signedFor(String logisticsCode, String logisticsNo) {
        return jdbc.sql("select count(*) from waybill_status where logistics_code = ? and logistics_no = ?")
                .params(logisticsCode, logisticsNo).query(Integer.class).single() > 0;
    }

    public void signFor(String logisticsCode, String logisticsNo, String status, String time, String recordGuid,
                        Instant now) {
        jdbc.sql("insert into waybill_status (logistics_code, logistics_no, logistics_status, logistics_time, "
                        + "record_guid, received_at) values (?, ?, ?, ?, ?, ?)")
                .params(logisticsCode, logisticsNo, status, time, recordGuid, Timestamp.from(now)).update();
    }

    /** A returned line: which line of the inventory and how much of it. */
    public record RefundLine(int gnum, String gcode, BigDecimal qty) {
    }

    /** How much of each line (by gnum) of an inventory has been returned so far. */
    public Map<Integer, BigDecimal> refunded(String invtNo) {
        Map<Integer, BigDecimal> refunded = new HashMap<>();
        jdbc.sql("select l.gnum, sum(l.qty) from inventory_refund_line l join inventory_refund r "
                        + "on r.record_guid = l.record_guid where r.invt_no = ? group by l.gnum")
                .param(invtNo).query((rs, n) -> refunded.put(rs.getInt(1), rs.getBigDecimal(2))).list();
        return refunded;
    }

    public void refund(String recordGuid, String agentCode, String copNo, String invtNo, String reason,
                       String logisticsCode, String logisticsNo, List<RefundLine> lines, Instant now) {
        jdbc.sql("insert into inventory_refund (record_guid, agent_code, cop_no, invt_no, reason, logistics_code, "
                        + "logistics_no, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(recordGuid, agentCode, copNo, invtNo, reason, logisticsCode, logisticsNo,
                        Timestamp.from(now))
                .update();
        batch.batchUpdate("insert into inventory_refund_line (record_guid, gnum, gcode, qty) values (?, ?, ?, ?)",
                lines.stream().map(l -> new Object[] {recordGuid, l.gnum(), l.gcode(), l.qty()}).toList());
    }

    /** A return whose goods are not back yet: its guid and inventory. */
    public record AwaitedReturn(String recordGuid, String invtNo) {
    }

    /** The returns of parcels on this waybill whose goods are not back yet. */
    public List<AwaitedReturn> awaitedReturns(String logisticsCode, String logisticsNo) {
        return jdbc.sql("select record_guid, invt_no from inventory_refund where logistics_code = ? "
                        + "and logistics_no = ? and arrived_at is null order by received_at")
                .params(logisticsCode, logisticsNo)
                .query((rs, n) -> new AwaitedReturn(rs.getString(1), rs.getString(2))).list();
    }

    public void arrived(String recordGuid, Instant at) {
        jdbc.sql("update inventory_refund set arrived_at = ? where record_guid = ?")
                .params(Timestamp.from(at), recordGuid).update();
    }

    /** Which of these waybills of a carrier have already entered a site. */
    public List<String> entered(String logisticsCode, List<String> logisticsNos) {
        return jdbc.sql("select logistics_no from site_entry " + KeyArrays.join("logistics_code", "logistics_no"))
                .params(KeyArrays.of(logisticsNos, no -> logisticsCode, no -> no)).query(String.class).list();
    }

    public void enter(String logisticsCode, List<String> logisticsNos, String operatorCode, String billNo,
                      String recordGuid, Instant now) {
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("insert into site_entry (logistics_code, logistics_no, operator_code, bill_no, record_guid, "
                        + "entered_at) values (?, ?, ?, ?, ?, ?)",
                logisticsNos.stream().map(no -> new Object[] {logisticsCode, no, operatorCode, billNo, recordGuid, at})
                        .toList());
    }
}
