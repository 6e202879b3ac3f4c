package org.cbec.app.export.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.shared.persistence.DocumentTable;
import org.cbec.app.shared.persistence.KeyArrays;
import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import static org.cbec.app.clearance.domain.InventoryStatus.DECIDING;
import static org.cbec.app.clearance.domain.InventoryStatus.WAITING;

/**
 * Export inventories, their history, and the waybills' arrival and departure. An inventory read by {@link #read}
 * is known for the rest of the transaction until it writes it; nothing is kept past the transaction.
 */
@Repository
public class ExportRepository {

    private static final Object READ = new Object();

    private final JdbcClient jdbc;
    private final DocumentTable documents;
    private final JdbcTemplate batch;

    public ExportRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.documents = new DocumentTable(jdbc, "export_document");
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Where an export inventory stands. */
    public record ExportInventoryRow(String agentCode, String copNo, String ebpCode, String orderNo,
                                  String logisticsCode, String logisticsNo, String recordGuid, String preNo,
                                  String invtNo, String status, Instant deadline, Instant releasedAt) {

        /** Whether this inventory is the document's (E_INVT) or names it (E_WAYBILL; E_ORDER, E_RECEIPT). */
        public boolean names(DocumentTable.Keys document) {
            return switch (document.type()) {
                case "E_INVT" -> document.keyA().equals(agentCode) && document.keyB().equals(copNo);
                case "E_WAYBILL" -> document.keyA().equals(logisticsCode) && document.keyB().equals(logisticsNo);
                default -> document.keyA().equals(ebpCode) && document.keyB().equals(orderNo);
            };
        }

        /** The same inventory, moved to {@code to} by this transaction: what reading it again would give. */
        public ExportInventoryRow in(InventoryStatus to) {
            return new ExportInventoryRow(agentCode, copNo, ebpCode, orderNo, logisticsCode, logisticsNo, recordGuid,
                    preNo, invtNo, to.name(), deadline, releasedAt);
        }
    }

    /** One step of an inventory's history. */
    public record HistoryEntry(String status, String info, Instant at) {
    }

    /** The declared documents (export_document). */
    public DocumentTable documents() {
        return documents;
    }

    /**
     * Inventories still waiting, untouched since {@code before}, whose documents are all stored (the receipt of
     * payment only when {@code receiptRequired}): a set whose comparison after commit never ran, which the sweeper
     * compares again. Keys only: (agentCode, copNo).
     */
    public List<String[]> stranded(boolean receiptRequired, Instant before, int limit) {
        String receipt = receiptRequired ? "and exists (select 1 from export_document p where p.doc_type = 'E_RECEIPT' "
                + "and p.key_a = s.ebp_code and p.key_b = s.order_no) " : "";
        return jdbc.sql("select agent_code, cop_no from export_inventory s where s.status = '" + WAITING + "' "
                        + "and s.updated_at < ? "
                        + "and exists (select 1 from export_document o where o.doc_type = 'E_ORDER' "
                        + "and o.key_a = s.ebp_code and o.key_b = s.order_no) " + receipt
                        + "and exists (select 1 from export_document w where w.doc_type = 'E_WAYBILL' "
                        + "and w.key_a = s.logistics_code and w.key_b = s.logistics_no) "
                        + "order by s.updated_at fetch first " + limit + " rows only")
                .param(Timestamp.from(before)).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    /**
     * Stores an inventory as declared, with its consignor and kind of declaration (statisticsFlag A simplified, B
     * summary): a modification updates the row in place, one statement and no dead row of a delete on PostgreSQL.
     */
    public void put(ExportInventoryRow inventory, String ebcCode, String statisticsFlag, Instant now) {
        written(inventory.agentCode(), inventory.copNo());
        int updated = jdbc.sql("update export_inventory set ebp_code = ?, order_no = ?, logistics_code = ?, "
                        + "logistics_no = ?, record_guid = ?, pre_no = ?, invt_no = ?, status = ?, deadline = ?, "
                        + "released_at = null, updated_at = ?, ebc_code = ?, statistics_flag = ?, sum_no = null "
                        + "where agent_code = ? and cop_no = ?")
                .params(inventory.ebpCode(), inventory.orderNo(), inventory.logisticsCode(), inventory.logisticsNo(),
                        inventory.recordGuid(), inventory.preNo(), inventory.invtNo(), inventory.status(),
                        Timestamp.from(inventory.deadline()), Timestamp.from(now), ebcCode, statisticsFlag,
                        inventory.agentCode(), inventory.copNo())
                .update();
        if (updated > 0) {
            return;
        }
        jdbc.sql("insert into export_inventory (agent_code, cop_no, ebp_code, order_no, logistics_code, logistics_no, "
                        + "record_guid, pre_no, invt_no, status, deadline, updated_at, ebc_code, statistics_flag) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(inventory.agentCode(), inventory.copNo(), inventory.ebpCode(), inventory.orderNo(),
                        inventory.logisticsCode(), inventory.logisticsNo(), inventory.recordGuid(), inventory.preNo(),
                        inventory.invtNo(), inventory.status(), Timestamp.from(inventory.deadline()),
                        Timestamp.from(now), ebcCode, statisticsFlag)
                .update();
    }

    /** An inventory's row: as {@link #read} found it if this transaction has not written it since. */
    public Optional<ExportInventoryRow> find(String agentCode, String copNo) {
        Map<List<String>, Optional<ExportInventoryRow>> read = TransactionScoped.existing(READ);
        Optional<ExportInventoryRow> known = read == null ? null : read.get(List.of(agentCode, copNo));
        return known != null ? known : jdbc.sql(SELECT + "where agent_code = ? and cop_no = ?")
                .params(agentCode, copNo).query(ExportRepository::row).optional();
    }

    /**
     * Reads these inventories (keys of type E_INVT) in one statement, those on file; the transaction's
     * {@link #find}s of them then ask nothing more until it writes them: a message's records, or a batch of
     * customs' reviews, read their inventories once.
     */
    public List<ExportInventoryRow> read(Collection<DocumentTable.Keys> inventories) {
        List<ExportInventoryRow> rows = naming(inventories, null);
        Map<List<String>, Optional<ExportInventoryRow>> read = TransactionScoped.get(READ, HashMap::new);
        if (read != null) {
            inventories.forEach(k -> read.put(List.of(k.keyA(), k.keyB()), Optional.empty()));
            rows.forEach(row -> read.put(List.of(row.agentCode(), row.copNo()), Optional.of(row)));
        }
        return rows;
    }

    /** What this transaction read of an inventory is stale once it writes it. */
    private static void written(String agentCode, String copNo) {
        Map<List<String>, Optional<ExportInventoryRow>> read = TransactionScoped.existing(READ);
        if (read != null) {
            read.remove(List.of(agentCode, copNo));
        }
    }

    public Optional<ExportInventoryRow> byInvtNo(String invtNo) {
        return jdbc.sql(SELECT + "where invt_no = ?").param(invtNo).query(ExportRepository::row).optional();
    }

    public Optional<ExportInventoryRow> byInvtNo(String agentCode, String invtNo) {
        return jdbc.sql(SELECT + "where invt_no = ? and agent_code = ?").params(invtNo, agentCode)
                .query(ExportRepository::row).optional();
    }

    /** Inventories in this status that name an order (E_ORDER, E_RECEIPT) or a waybill (E_WAYBILL). */
    public List<ExportInventoryRow> naming(String type, String keyA, String keyB, String status) {
        String where = "E_WAYBILL".equals(type) ? "logistics_code = ? and logistics_no = ?"
                : "ebp_code = ? and order_no = ?";
        return jdbc.sql(SELECT + "where " + where + " and status = ?").params(keyA, keyB, status)
                .query(ExportRepository::row).list();
    }

    /**
     * The waiting inventories these documents (an inventory's own keys, an order's or receipt's, a waybill's)
     * belong to, each once, in a statement for each kind of key: what a message touched, looked at again.
     */
    public List<ExportInventoryRow> waitingFor(Collection<DocumentTable.Keys> documents) {
        return naming(documents, WAITING);
    }

    /**
     * The inventories these documents belong to (the columns {@link ExportInventoryRow#names} compares), as
     * {@link #waitingFor}, in {@code status} or, when it is null, in any: those a message of many waybills or a
     * batch of customs' reviews acts on, read at once.
     */
    public List<ExportInventoryRow> naming(Collection<DocumentTable.Keys> documents, InventoryStatus status) {
        Map<List<String>, ExportInventoryRow> found = new LinkedHashMap<>();
        String where = status == null ? "" : "where status = '" + status.name() + "'";
        documents.stream().distinct().collect(Collectors.groupingBy(d -> switch (d.type()) {
            case "E_INVT" -> "agent_code, cop_no";
            case "E_WAYBILL" -> "logistics_code, logistics_no";
            default -> "ebp_code, order_no";
        }, LinkedHashMap::new, Collectors.toList())).forEach((columns, keys) -> jdbc.sql(SELECT
                        + KeyArrays.join(columns.split(", ")) + where)
                .params(KeyArrays.of(keys, DocumentTable.Keys::keyA, DocumentTable.Keys::keyB))
                .query(ExportRepository::row).list()
                .forEach(row -> found.putIfAbsent(List.of(row.agentCode(), row.copNo()), row)));
        return List.copyOf(found.values());
    }

    /** Waiting inventories whose deadline passed. */
    public List<ExportInventoryRow> overdue(Instant now) {
        return jdbc.sql(SELECT + "where status = '" + WAITING + "' and deadline < ? order by deadline")
                .param(Timestamp.from(now)).query(ExportRepository::row).list();
    }

    /**
     * Takes a waiting inventory to decide it, numbered {@code invtNo} unless that is null; false when another
     * transaction already did.
     */
    public boolean claim(String agentCode, String copNo, String invtNo) {
        written(agentCode, copNo);
        return jdbc.sql("update export_inventory set status = '" + DECIDING + "', invt_no = ? where agent_code = ? "
                        + "and cop_no = ? and status = '" + WAITING + "'")
                .params(invtNo, agentCode, copNo).update() > 0;
    }

    /** Moves an inventory through these steps into the last one's status, each in its history. */
    public void move(String agentCode, String copNo, List<HistoryEntry> steps) {
        move(agentCode, copNo, steps, null);
    }

    /** The same, released at {@code releasedAt} (800) in the same statement unless it is null. */
    public void move(String agentCode, String copNo, List<HistoryEntry> steps, Instant releasedAt) {
        written(agentCode, copNo);
        HistoryEntry last = steps.get(steps.size() - 1);
        jdbc.sql("update export_inventory set status = ?, updated_at = ?, released_at = "
                        + "coalesce(cast(? as timestamp with time zone), released_at) "
                        + "where agent_code = ? and cop_no = ?")
                .params(last.status(), Timestamp.from(last.at()), releasedAt == null ? null
                        : Timestamp.from(releasedAt), agentCode, copNo).update();
        history(agentCode, copNo, steps);
    }

    private void history(String agentCode, String copNo, List<HistoryEntry> steps) {
        batch.batchUpdate("insert into export_history (agent_code, cop_no, status, info, at) values (?, ?, ?, ?, ?)",
                steps.stream().map(step -> new Object[] {agentCode, copNo, step.status(), step.info() == null
                        || step.info().length() <= 2000 ? step.info() : step.info().substring(0, 2000),
                    Timestamp.from(step.at())}).toList());
    }

    /**
     * Moves an inventory through these steps, as {@link #move}, only while it is in {@code from}; false, and
     * nothing written, when it no longer is (a decision applied before).
     */
    public boolean moveFrom(String agentCode, String copNo, String from, List<HistoryEntry> steps) {
        written(agentCode, copNo);
        HistoryEntry last = steps.get(steps.size() - 1);
        int updated = jdbc.sql("update export_inventory set status = ?, updated_at = ? where agent_code = ? "
                        + "and cop_no = ? and status = ?")
                .params(last.status(), Timestamp.from(last.at()), agentCode, copNo, from).update();
        if (updated > 0) {
            history(agentCode, copNo, steps);
        }
        return updated > 0;
    }

    /** Adds a line to an inventory's history without changing its status. */
    public void note(String agentCode, String copNo, HistoryEntry entry) {
        history(agentCode, copNo, List.of(entry));
    }

    public List<HistoryEntry> history(String agentCode, String copNo) {
        return jdbc.sql("select status, info, at from export_history where agent_code = ? and cop_no = ? order by id")
                .params(agentCode, copNo)
                .query((rs, n) -> new HistoryEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static final String SELECT = "select agent_code, cop_no, ebp_code, order_no, logistics_code, "
            + "logistics_no, record_guid, pre_no, invt_no, status, deadline, released_at from export_inventory ";

    private static ExportInventoryRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ExportInventoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getTimestamp(11).toInstant(), instant(rs.getTimestamp(12)));
    }

    /** The e-commerce enterprise an export inventory was declared for. */
    public Optional<String> ebcCodeOf(String agentCode, String copNo) {
        return jdbc.sql("select ebc_code from export_inventory where agent_code = ? and cop_no = ?")
                .params(agentCode, copNo).query(String.class).optional();
    }
}
