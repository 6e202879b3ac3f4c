package org.cbec.app.clearance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.persistence.ParcelRepository.HistoryEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Export inventories, their history, and the waybills' arrival and departure. */
@Repository
public class ExportRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ExportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Where an export inventory stands. */
    public record ExportInventory(String agentCode, String copNo, String ebpCode, String orderNo,
                                  String logisticsCode, String logisticsNo, String recordGuid, String preNo,
                                  String invtNo, String status, Instant deadline, Instant releasedAt) {
    }

    /** A waybill's arrival at the site and departure from the country, when known. */
    public record Movement(Instant arrivedAt, Instant departedAt) {
    }

    public void put(ExportInventory inventory, Instant now) {
        jdbc.sql("delete from export_inventory where agent_code = ? and cop_no = ?")
                .params(inventory.agentCode(), inventory.copNo()).update();
        jdbc.sql("insert into export_inventory (agent_code, cop_no, ebp_code, order_no, logistics_code, logistics_no, "
                        + "record_guid, pre_no, invt_no, status, deadline, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(inventory.agentCode(), inventory.copNo(), inventory.ebpCode(), inventory.orderNo(),
                        inventory.logisticsCode(), inventory.logisticsNo(), inventory.recordGuid(), inventory.preNo(),
                        inventory.invtNo(), inventory.status(), Timestamp.from(inventory.deadline()),
                        Timestamp.from(now))
                .update();
    }

    public Optional<ExportInventory> find(String agentCode, String copNo) {
        return jdbc.sql(SELECT + "where agent_code = ? and cop_no = ?").params(agentCode, copNo)
                .query(ExportRepository::row).optional();
    }

    public Optional<ExportInventory> byInvtNo(String agentCode, String invtNo) {
        return jdbc.sql(SELECT + "where invt_no = ? and agent_code = ?").params(invtNo, agentCode)
                .query(ExportRepository::row).optional();
    }

    /** Inventories in this status that name an order (E_ORDER, E_RECEIPT) or a waybill (E_WAYBILL). */
    public List<ExportInventory> naming(String type, String keyA, String keyB, String status) {
        String where = "E_WAYBILL".equals(type) ? "logistics_code = ? and logistics_no = ?"
                : "ebp_code = ? and order_no = ?";
        return jdbc.sql(SELECT + "where " + where + " and status = ?").params(keyA, keyB, status)
                .query(ExportRepository::row).list();
    }

    /** Takes a waiting inventory to decide it; false when another transaction already did. */
    public boolean claim(String agentCode, String copNo) {
        return jdbc.sql("update export_inventory set status = 'DECIDING' where agent_code = ? and cop_no = ? "
                        + "and status = 'WAITING'")
                .params(agentCode, copNo).update() > 0;
    }

    /** Moves an inventory through these steps into the last one's status, each in its history. */
    public void move(String agentCode, String copNo, List<HistoryEntry> steps) {
        HistoryEntry last = steps.get(steps.size() - 1);
        jdbc.sql("update export_inventory set status = ?, updated_at = ? where agent_code = ? and cop_no = ?")
                .params(last.status(), Timestamp.from(last.at()), agentCode, copNo).update();
        batch.batchUpdate("insert into export_history (agent_code, cop_no, status, info, at) values (?, ?, ?, ?, ?)",
                steps.stream().map(step -> new Object[] {agentCode, copNo, step.status(), step.info() == null
                        || step.info().length() <= 2000 ? step.info() : step.info().substring(0, 2000),
                    Timestamp.from(step.at())}).toList());
    }

    public void numbered(String agentCode, String copNo, String invtNo) {
        jdbc.sql("update export_inventory set invt_no = ? where agent_code = ? and cop_no = ?")
                .params(invtNo, agentCode, copNo).update();
    }

    public void released(String agentCode, String copNo, Instant at) {
        jdbc.sql("update export_inventory set released_at = ? where agent_code = ? and cop_no = ?")
                .params(Timestamp.from(at), agentCode, copNo).update();
    }

    public List<HistoryEntry> history(String agentCode, String copNo) {
        return jdbc.sql("select status, info, at from export_history where agent_code = ? and cop_no = ? order by id")
                .params(agentCode, copNo)
                .query((rs, n) -> new HistoryEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    public Movement movement(String logisticsCode, String logisticsNo) {
        return jdbc.sql("select arrived_at, departed_at from export_waybill where logistics_code = ? "
                        + "and logistics_no = ?")
                .params(logisticsCode, logisticsNo)
                .query((rs, n) -> new Movement(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))))
                .optional().orElse(new Movement(null, null));
    }

    /** Records a waybill's arrival or departure (the first one counts). */
    public void moved(String logisticsCode, String logisticsNo, boolean departure, Instant at) {
        String column = departure ? "departed_at" : "arrived_at";
        int updated = jdbc.sql("update export_waybill set " + column + " = coalesce(" + column + ", ?) "
                        + "where logistics_code = ? and logistics_no = ?")
                .params(Timestamp.from(at), logisticsCode, logisticsNo).update();
        if (updated == 0) {
            jdbc.sql("insert into export_waybill (logistics_code, logistics_no, " + column + ") values (?, ?, ?) "
                            + "on conflict do nothing")
                    .params(logisticsCode, logisticsNo, Timestamp.from(at)).update();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static final String SELECT = "select agent_code, cop_no, ebp_code, order_no, logistics_code, "
            + "logistics_no, record_guid, pre_no, invt_no, status, deadline, released_at from export_inventory ";

    private static ExportInventory row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ExportInventory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getTimestamp(11).toInstant(), instant(rs.getTimestamp(12)));
    }
}
