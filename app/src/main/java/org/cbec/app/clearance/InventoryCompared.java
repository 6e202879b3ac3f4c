package org.cbec.app.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.domain.ParcelDocuments;

/**
 * An import inventory whose order, payment and waybill agree with it, numbered (invtNo) and waiting for customs:
 * the inventory, what its order declared and its payment (CEB411). Published by clearance in the transaction that
 * compared it; customs answers with {@link CustomsDecided}.
 */
public record InventoryCompared(String invtNo, String agentCode, String copNo, String orderNo, String ebpCode,
                                String ebcCode, String customsCode, String tradeMode, String emsNo,
                                String assureCode, String buyerIdNumber, String buyerName, BigDecimal freight,
                                BigDecimal insuredFee, BigDecimal orderTaxTotal, Payment payment, List<Line> lines,
                                Instant at) {

    /** The payment of the order (CEB411 PaymentHead): who paid it through which payment company, and how much. */
    public record Payment(String payCode, String payTransactionId, BigDecimal amountPaid) {
    }

    /** A line of the inventory (InventoryList), with the spec's names; the country of origin (destination, export). */
    public record Line(int gnum, String gcode, String itemName, String itemRecordNo, BigDecimal qty, String unit,
                       BigDecimal qty1, String unit1, BigDecimal price, BigDecimal totalPrice, String country) {

        public static Line of(ParcelDocuments.GoodsLine l) {
            return new Line(l.gnum(), l.gcode(), l.itemName(), l.itemRecordNo(), l.qty(), l.unit(), l.qty1(),
                    l.unit1(), l.price(), l.totalPrice(), l.country());
        }
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
