package org.cbec.app.export.web;

import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.domain.InventorySummary;

/** An export inventory as its declarant reads it: where it stands (with the official text), and its history. */
record ExportInventoryResponse(Inventory inventory, List<InventorySummary.HistoryLine> history) {

    /** Its keys, numbers and state; {@code statusText} is the official Chinese text of the state. */
    record Inventory(String agentCode, String copNo, String ebpCode, String orderNo, String logisticsCode,
                     String logisticsNo, String preNo, String invtNo, String status, String statusText,
                     Instant deadline, Instant releasedAt) {
    }

    static ExportInventoryResponse of(InventorySummary i) {
        return new ExportInventoryResponse(new Inventory(i.agentCode(), i.copNo(), i.ebpCode(), i.orderNo(),
                i.logisticsCode(), i.logisticsNo(), i.preNo(), i.invtNo(), i.status().name(), i.status().text(),
                i.deadline(), i.releasedAt()), i.history());
    }
}
