package org.cbec.app.export.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Goods of export inventories coming back (CEB213) and their tally (CEB215). */
@Repository
public class ExportReturnRepository {

    private final JdbcClient jdbc;

    public ExportReturnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An export return awaiting or past its tally. */
    public record ExportReturn(String recordGuid, String senderCode, String agentCode, String ebpCode,
                               String ebcCode, String coElNo, String preNo, String invtNo, String logisticsCode,
                               String logisticsNo, String status) {
    }

    public void returnApplied(ExportReturn r, Instant at) {
        jdbc.sql("insert into export_return (record_guid, sender_code, agent_code, ebp_code, ebc_code, co_el_no, "
                        + "pre_no, invt_no, logistics_code, logistics_no, status, applied_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.recordGuid(), r.senderCode(), r.agentCode(), r.ebpCode(), r.ebcCode(), r.coElNo(),
                        r.preNo(), r.invtNo(), r.logisticsCode(), r.logisticsNo(), r.status(), Timestamp.from(at))
                .update();
    }

    /** The returns of this waybill whose goods are not tallied yet. */
    public List<ExportReturn> awaitingTally(String logisticsCode, String logisticsNo) {
        return jdbc.sql("select record_guid, sender_code, agent_code, ebp_code, ebc_code, co_el_no, pre_no, invt_no, "
                        + "logistics_code, logistics_no, status from export_return where logistics_code = ? "
                        + "and logistics_no = ? and status = 'SUSPENDED'")
                .params(logisticsCode, logisticsNo)
                .query((rs, n) -> new ExportReturn(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11)))
                .list();
    }

    public boolean anyReturn(String invtNo) {
        return jdbc.sql("select count(*) from export_return where invt_no = ? and status <> 'REFUSED'").param(invtNo)
                .query(Integer.class).single() > 0;
    }

    public void tallied(String recordGuid, Instant at) {
        jdbc.sql("update export_return set status = 'RELEASED', tallied_at = ? where record_guid = ?")
                .params(Timestamp.from(at), recordGuid).update();
    }
}
