package org.cbec.app.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An import inventory whose order, payment and waybill agree with it, numbered (invtNo) and waiting for customs:
 * the inventory and what its order declared. Published by clearance in the transaction that compared it; customs
 * answers with {@link CustomsDecided}.
 */
public record InventoryCompared(String invtNo, String agentCode, String copNo, String orderNo, String ebpCode,
                                String ebcCode, String customsCode, String tradeMode, String emsNo,
                                String assureCode, String buyerIdNumber, String buyerName, BigDecimal freight,
                                BigDecimal insuredFee, BigDecimal orderTaxTotal, List<Line> lines, Instant at) {

    /** A line of the inventory (InventoryList), with the spec's names. */
    public record Line(int gnum, String gcode, String itemName, String itemRecordNo, BigDecimal qty, String unit,
                       BigDecimal qty1, String unit1, BigDecimal price, BigDecimal totalPrice) {
    }

    /** Bonded goods (1210, 1239), which leave a zone's account book. */
    public boolean bonded() {
        return org.cbec.app.clearance.domain.SupervisionMode.bonded(tradeMode);
    }

    /** The inventories one transaction compared: what is published. */
    public record Batch(List<InventoryCompared> inventories) {

        public Batch {
            inventories = List.copyOf(inventories);
        }
    }
}
