package org.cbec.app.export;

import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.InventoryCompared;

/**
 * An export inventory whose order, receipt of payment and waybill agree with it, taken in (120) under its invtNo
 * and waiting for customs' review. Customs answers with {@link ExportDecided}.
 */
public record ExportInventoryCompared(String invtNo, String agentCode, String copNo, String ebpCode,
                                      String ebcCode, String ownerCode, String tradeMode,
                                      List<InventoryCompared.Line> lines, Instant at) {

    /** The export inventories one transaction compared: what is published. */
    public record Batch(List<ExportInventoryCompared> inventories) {

        public Batch {
            inventories = List.copyOf(inventories);
        }
    }
}
