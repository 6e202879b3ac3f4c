package org.cbec.app.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.InventoryCompared;

/**
 * An export inventory whose order, receipt of payment and waybill agree with it, taken in (120) under its invtNo
 * and waiting for customs' review, with the receipt (CEB403) when there is one (the pilots that do not ask for it
 * compare without). Customs answers with {@link ExportDecided}.
 */
public record ExportInventoryCompared(String invtNo, String agentCode, String copNo, String ebpCode,
                                      String ebcCode, String ownerCode, String tradeMode, BigDecimal freight,
                                      Receipt receipt, List<InventoryCompared.Line> lines, Instant at) {

    /** The receipt of payment (CEB403): the payment company, its number, the amount and its currency. */
    public record Receipt(String payCode, String payNo, BigDecimal charge, String currency) {
    }

    /** The export inventories one transaction compared: what is published. */
    public record Batch(List<ExportInventoryCompared> inventories) {

        public Batch {
            inventories = List.copyOf(inventories);
        }
    }
}
