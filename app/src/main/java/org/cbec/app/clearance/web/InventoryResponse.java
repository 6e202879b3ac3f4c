package org.cbec.app.clearance.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.application.ParcelViews;
import org.cbec.app.clearance.domain.InventorySummary;

/**
 * An import inventory as its declarant reads it: where it stands (with the official text of its state), the four
 * documents found, the three-document comparison, and its history.
 */
record InventoryResponse(State state, Map<String, Object> documents, Object comparison,
                         List<InventorySummary.HistoryLine> history) {

    /** Its keys, numbers and state; {@code statusText} is the official Chinese text of the state. */
    record State(String agentCode, String copNo, String ebpCode, String orderNo, String logisticsCode,
                 String logisticsNo, String preNo, String invtNo, String status, String statusText,
                 Instant deadline, Instant releasedAt) {
    }

    static InventoryResponse of(ParcelViews.InventoryView view) {
        InventorySummary i = view.inventory();
        return new InventoryResponse(new State(i.agentCode(), i.copNo(), i.ebpCode(), i.orderNo(),
                i.logisticsCode(), i.logisticsNo(), i.preNo(), i.invtNo(), i.status().name(), i.status().text(),
                i.deadline(), i.releasedAt()), view.documents(), view.comparison(), i.history());
    }

    /** An order as its platform reads it, with the inventories that declare it. */
    record Order(Object order, Object payment, List<InventoryResponse> inventories) {

        static Order of(ParcelViews.OrderView view) {
            return new Order(view.order(), view.payment(), view.inventories().stream().map(InventoryResponse::of)
                    .toList());
        }
    }
}
