package org.cbec.app.clearance.domain;

import java.time.Instant;
import java.util.List;

/**
 * An inventory list (import or export) as it stands: its keys, its numbers (preNo, invtNo), its state and its
 * history, as the views of declarants and officers show it.
 */
public record InventorySummary(String agentCode, String copNo, String ebpCode, String orderNo, String logisticsCode,
                               String logisticsNo, String preNo, String invtNo, InventoryStatus status,
                               Instant deadline, Instant releasedAt, List<HistoryLine> history) {

    /** A line of an inventory's history: a receipt code or a state, why, and when. */
    public record HistoryLine(String status, String info, Instant at) {
    }

    public InventorySummary {
        history = List.copyOf(history);
    }
}
