package org.cbec.app.clearance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cbec.app.shared.persistence.DocumentTable;
import org.cbec.app.shared.persistence.KeyArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import static org.cbec.app.clearance.domain.InventoryStatus.DECIDING;
import static org.cbec.app.clearance.domain.InventoryStatus.WAITING;

/** Parcel documents and the inventories waiting for their comparison. */
@Repository
public class ParcelRepository {


    private final JdbcClient jdbc;
    private final DocumentTable documents;
    private final JdbcTemplate batch;
    private final InventoriesByDocument byDocument;

    public ParcelRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.documents = new DocumentTable(jdbc, "parcel_document");
        this.jdbc = jdbc;
        this.batch = batch;
        this.byDocument = new InventoriesByDocument(jdbc);
    }

    /** An inventory's comparison state. */
    public record InventoryState(String agentCode, String copNo, String ebpCode, String orderNo, String logisticsCode,
                                 String logisticsNo, String recordGuid, String preNo, String status,
                                 Instant deadline, String invtNo, Instant releasedAt) {
    }

    /** The declared documents (parcel_document). */
    public DocumentTable documents() {
        return documents;
    }

    /** Stores an inventory's state: a modification updates the row in place (no dead row of a delete). */
    public void putInventory(InventoryState state, Instant now) {
        InventoriesRead read = InventoriesRead.inThisTransaction();
        Optional<InventoryState> known = read == null ? null : read.byInventory.get(InventoriesRead.key(
                state.agentCode(), state.copNo()));
        InventoriesRead.changed(state.agentCode(), state.copNo(), new DocumentTable.Keys("ORDER", state.ebpCode(),
                state.orderNo()), new DocumentTable.Keys("WAYBILL", state.logisticsCode(), state.logisticsNo()));
        // read as not on file in this transaction: inserted at once (one that came meanwhile meets the primary
        // key, and the transaction runs again)
        boolean notOnFile = known != null && known.isEmpty();
        if (!notOnFile && jdbc.sql("update inventory_state set ebp_code = ?, order_no = ?, logistics_code = ?, "
                        + "logistics_no = ?, record_guid = ?, pre_no = ?, status = ?, deadline = ?, updated_at = ?, "
                        + "invt_no = null, released_at = null, reason = null where agent_code = ? and cop_no = ?")
                .params(state.ebpCode(), state.orderNo(), state.logisticsCode(), state.logisticsNo(),
                        state.recordGuid(), state.preNo(), state.status(), Timestamp.from(state.deadline()),
                        Timestamp.from(now), state.agentCode(), state.copNo())
                .update() > 0) {
            return;
        }
        jdbc.sql("insert into inventory_state (agent_code, cop_no, ebp_code, order_no, logistics_code, logistics_no, "
                        + "record_guid, pre_no, status, deadline, updated_at, declared_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(state.agentCode(), state.copNo(), state.ebpCode(), state.orderNo(), state.logisticsCode(),
                        state.logisticsNo(), state.recordGuid(), state.preNo(), state.status(),
                        Timestamp.from(state.deadline()), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** The inventory's state; read once a transaction (see {@link InventoriesRead}). */
    public Optional<InventoryState> inventory(String agentCode, String copNo) {
        InventoriesRead read = InventoriesRead.inThisTransaction();
        Optional<InventoryState> known = read == null ? null : read.byInventory.get(InventoriesRead.key(agentCode,
                copNo));
        if (known != null) {
            return known;
        }
        Optional<InventoryState> state = jdbc.sql(SELECT_STATE + "where agent_code = ? and cop_no = ?")
                .params(agentCode, copNo).query(ParcelRepository::state).optional();
        if (read != null) {
            read.byInventory.put(InventoriesRead.key(agentCode, copNo), state);
        }
        return state;
    }

    /**
     * The states of these inventories (agentCode and copNo each), those on file, in one statement; the
     * transaction's look-ups of them then ask nothing more.
     */
    public List<InventoryState> inventories(List<String[]> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<List<String>> distinct = keys.stream().map(List::of).distinct().toList();
        List<InventoryState> states = jdbc.sql(SELECT_STATE + KeyArrays.join("agent_code", "cop_no"))
                .params(KeyArrays.of(distinct, k -> k.get(0), k -> k.get(1)))
                .query(ParcelRepository::state).list();
        InventoriesRead read = InventoriesRead.inThisTransaction();
        if (read != null) {
            keys.forEach(k -> read.byInventory.put(InventoriesRead.key(k[0], k[1]), Optional.empty()));
            states.forEach(st -> read.byInventory.put(InventoriesRead.key(st.agentCode(), st.copNo()),
                    Optional.of(st)));
        }
        return states;
    }

    /**
     * Takes a waiting inventory to decide it, numbered {@code invtNo} unless that is null, and says whether it was
     * still waiting. The conditional update locks the row, and a transaction that waited on it sees it no longer
     * waiting, so of two that compared the same parcel at once only one decides it (on H2 and PostgreSQL alike, and
     * without SELECT ... FOR UPDATE, which H2 parses anew each time).
     */
    public boolean claim(String agentCode, String copNo, String invtNo) {
        InventoriesRead.changed(agentCode, copNo);
        return jdbc.sql("update inventory_state set status = '" + DECIDING + "', invt_no = ? "
                        + "where agent_code = ? and cop_no = ? and status = '" + WAITING + "'")
                .params(invtNo, agentCode, copNo).update() > 0;
    }

    /** The inventory customs numbered so, declared by this enterprise. */
    public Optional<InventoryState> byInvtNo(String agentCode, String invtNo) {
        return jdbc.sql(SELECT_STATE + "where invt_no = ? and agent_code = ?").params(invtNo, agentCode)
                .query(ParcelRepository::state).optional();
    }

    /** The inventory customs numbered so, whoever declared it. */
    public Optional<InventoryState> byInvtNo(String invtNo) {
        return jdbc.sql(SELECT_STATE + "where invt_no = ?").param(invtNo).query(ParcelRepository::state).optional();
    }

    /** Adds a line to an inventory's history without changing its status. */
    public void note(String agentCode, String copNo, String status, String info, Instant now) {
        history(agentCode, copNo, List.of(new HistoryEntry(status, info, now)));
    }

    /**
     * Inventories still waiting, untouched since {@code before}, whose four documents are all stored: a set whose
     * comparison after commit never ran (a crash, a comparison that gave up on a lock), which the sweeper compares
     * again. Keys only: (agentCode, copNo).
     */
    public List<String[]> stranded(Instant before, int limit) {
        return jdbc.sql("select agent_code, cop_no from inventory_state s where s.status = '" + WAITING + "' "
                        + "and s.updated_at < ? "
                        + "and exists (select 1 from parcel_document o where o.doc_type = 'ORDER' "
                        + "and o.key_a = s.ebp_code and o.key_b = s.order_no) "
                        + "and exists (select 1 from parcel_document p where p.doc_type = 'PAYMENT' "
                        + "and p.key_a = s.ebp_code and p.key_b = s.order_no) "
                        + "and exists (select 1 from parcel_document w where w.doc_type = 'WAYBILL' "
                        + "and w.key_a = s.logistics_code and w.key_b = s.logistics_no) "
                        + "order by s.updated_at fetch first " + limit + " rows only")
                .param(Timestamp.from(before)).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    public List<InventoryState> overdue(Instant now) {
        return jdbc.sql(SELECT_STATE + "where status = '" + WAITING + "' and deadline < ? order by deadline for update")
                .param(Timestamp.from(now)).query(ParcelRepository::state).list();
    }

    /** One step of an inventory's history. */
    public record HistoryEntry(String status, String info, Instant at) {
    }

    public List<HistoryEntry> history(String agentCode, String copNo) {
        return jdbc.sql("select status, info, at from inventory_history where agent_code = ? and cop_no = ? "
                        + "order by id")
                .params(agentCode, copNo)
                .query((rs, n) -> new HistoryEntry(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** The inventories naming an order (ebpCode, orderNo), oldest first. */
    public List<InventoryState> inventoriesOfOrder(String ebpCode, String orderNo) {
        return byDocument.inventoriesOf(new DocumentTable.Keys("ORDER", ebpCode, orderNo));
    }

    /** The inventories naming a waybill (logisticsCode, logisticsNo), oldest first. */
    public List<InventoryState> inventoriesOfWaybill(String logisticsCode, String logisticsNo) {
        return byDocument.inventoriesOf(new DocumentTable.Keys("WAYBILL", logisticsCode, logisticsNo));
    }

    /** The inventories naming documents, read and looked up a message at a time. */
    public InventoriesByDocument byDocument() {
        return byDocument;
    }

    /** Inventories with this copNo declared by this enterprise. */
    public List<InventoryState> inventoriesByCopNo(String copNo) {
        return jdbc.sql(SELECT_STATE + "where cop_no = ?").param(copNo).query(ParcelRepository::state).list();
    }

    public void status(String agentCode, String copNo, String status, String info, Instant now) {
        move(agentCode, copNo, List.of(new HistoryEntry(status, info, now)));
    }

    /**
     * Applies customs' decision taken on the inventory in state {@code from}: it moves through these steps into the
     * last status in one update of its row, keeping its invtNo unless customs did not take it in, released at
     * {@code releasedAt} when that is not null. False, and nothing written, when the inventory is no longer in
     * {@code from}: the decision was applied before (an event delivered again after a crash).
     */
    public boolean decided(String agentCode, String copNo, String from, List<HistoryEntry> steps, boolean takenIn,
                           Instant releasedAt) {
        InventoriesRead.changed(agentCode, copNo);
        HistoryEntry last = steps.get(steps.size() - 1);
        List<Object> params = new ArrayList<>(List.of(last.status(), Timestamp.from(last.at())));
        if (releasedAt != null) {
            params.add(Timestamp.from(releasedAt));
        }
        params.addAll(List.of(agentCode, copNo, from));
        int updated = jdbc.sql("update inventory_state set status = ?, updated_at = ?"
                        + (releasedAt == null ? "" : ", released_at = ?") + (takenIn ? "" : ", invt_no = null")
                        + " where agent_code = ? and cop_no = ? and status = ?")
                .params(params).update();
        if (updated > 0) {
            history(agentCode, copNo, steps);
        }
        return updated > 0;
    }

    /** Why a rejected inventory was refused (the comparison's rule, customs' code), for the console's lists. */
    public void refusedFor(String agentCode, String copNo, String reason) {
        InventoriesRead.changed(agentCode, copNo);
        jdbc.sql("update inventory_state set reason = ? where agent_code = ? and cop_no = ?")
                .params(reason, agentCode, copNo).update();
    }

    /** Moves an inventory through these steps: it ends in the last status, and each is in its history. */
    public void move(String agentCode, String copNo, List<HistoryEntry> steps) {
        InventoriesRead.changed(agentCode, copNo);
        HistoryEntry last = steps.get(steps.size() - 1);
        jdbc.sql("update inventory_state set status = ?, updated_at = ? where agent_code = ? and cop_no = ?")
                .params(last.status(), Timestamp.from(last.at()), agentCode, copNo).update();
        history(agentCode, copNo, steps);
    }

    private void history(String agentCode, String copNo, List<HistoryEntry> steps) {
        batch.batchUpdate("insert into inventory_history (agent_code, cop_no, status, info, at) "
                        + "values (?, ?, ?, ?, ?)",
                steps.stream().map(step -> new Object[] {agentCode, copNo, step.status(), step.info() == null
                        || step.info().length() <= 2000 ? step.info() : step.info().substring(0, 2000),
                    Timestamp.from(step.at())}).toList());
    }

    static final String SELECT_STATE = "select agent_code, cop_no, ebp_code, order_no, logistics_code, "
            + "logistics_no, record_guid, pre_no, status, deadline, invt_no, released_at from inventory_state ";

    static InventoryState state(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new InventoryState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10).toInstant(), rs.getString(11),
                rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant());
    }
}
