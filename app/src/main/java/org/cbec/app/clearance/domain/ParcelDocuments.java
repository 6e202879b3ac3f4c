package org.cbec.app.clearance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of the four import documents that the three-document comparison looks at (CEB-SPEC.md §10,
 * cbec-rules.md §C.2), with the spec's names.
 */
public final class ParcelDocuments {

    private ParcelDocuments() {
    }

    /** A document an import message declares: one per record, what its handler takes. */
    public sealed interface Declared permits Order, Payment, Waybill, Inventory, WaybillStatus, Cancellation, Refund,
            Delivery {
    }

    /**
     * One goods line of an order (OrderList) or an inventory (InventoryList, which adds what customs taxes it by:
     * the HS code gcode, the name, the transaction unit, the legal first quantity and unit, and for bonded goods
     * the account-book item itemRecordNo, and the country: of origin for an import, of destination for an export).
     */
    public record GoodsLine(int gnum, String itemNo, BigDecimal qty, BigDecimal price, BigDecimal totalPrice,
                            String gcode, String itemRecordNo, String itemName, String unit, BigDecimal qty1,
                            String unit1, String country) {

        /** An order line, which has no HS code. */
        public GoodsLine(int gnum, String itemNo, BigDecimal qty, BigDecimal price, BigDecimal totalPrice) {
            this(gnum, itemNo, qty, price, totalPrice, null, null, null, null, null, null, null);
        }
    }

    /** CEB311 OrderHead and its lines. */
    public record Order(String orderNo, String ebpCode, String ebcCode, BigDecimal goodsValue, BigDecimal freight,
                        BigDecimal discount, BigDecimal taxTotal, BigDecimal acturalPaid, String buyerName,
                        String buyerIdNumber, String payCode, String payTransactionId, String consignee,
                        String consigneeTelephone, String consigneeAddress, List<GoodsLine> lines) implements Declared {
    }

    /** CEB411 PaymentHead. */
    public record Payment(String orderNo, String ebpCode, String payCode, String payTransactionId, String payerName,
                          String payerIdNumber, BigDecimal amountPaid) implements Declared {
    }

    /** CEB511 LogisticsHead. */
    public record Waybill(String logisticsCode, String logisticsNo, String orderNo, BigDecimal freight,
                          BigDecimal insuredFee, String consignee, String consigneeTelephone,
                          String consigneeAddress) implements Declared {
    }

    /**
     * CEB621 InventoryHead and its lines, with the supervision mode (tradeMode 9610 direct purchase, 1210/1239
     * bonded) and, for bonded goods, the account book (emsNo) and the zone enterprise (areaCode).
     */
    public record Inventory(String copNo, String orderNo, String ebpCode, String ebcCode, String logisticsCode,
                            String logisticsNo, String agentCode, String buyerName, String buyerIdNumber,
                            BigDecimal freight, BigDecimal insuredFee, List<GoodsLine> lines, String tradeMode,
                            String emsNo, String areaCode, String assureCode) implements Declared {

        /** A direct-purchase (9610) inventory without a guarantor, as the comparison's tests make them. */
        public Inventory(String copNo, String orderNo, String ebpCode, String ebcCode, String logisticsCode,
                         String logisticsNo, String agentCode, String buyerName, String buyerIdNumber,
                         BigDecimal freight, BigDecimal insuredFee, List<GoodsLine> lines) {
            this(copNo, orderNo, ebpCode, ebcCode, logisticsCode, logisticsNo, agentCode, buyerName, buyerIdNumber,
                    freight, insuredFee, lines, SupervisionMode.DIRECT_PURCHASE, null, null, null);
        }
    }

    /** CEB513 LogisticsStatus: the carrier reports the parcel signed for (logisticsStatus S). */
    public record WaybillStatus(String logisticsCode, String logisticsNo, String logisticsStatus,
                                String logisticsTime) implements Declared {
    }

    /** CEB623 InvtCancel: the declarant asks to cancel a released inventory. */
    public record Cancellation(String invtNo, String agentCode, String copNo, String reason) implements Declared {
    }

    /** CEB625 InvtRefundHead and its lines: goods of a released inventory go back, all or in part. */
    public record Refund(String invtNo, String agentCode, String copNo, String reason, List<RefundLine> lines)
            implements Declared {
    }

    /** CEB625 InvtRefundList: a line of the original inventory (gnum) and the quantity returned. */
    public record RefundLine(int gnum, String gcode, BigDecimal qty) {
    }

    /** CEB711 DeliveryHead and its waybills: parcels entering the supervised site under one bill of lading. */
    public record Delivery(String operatorCode, String copNo, String billNo, String logisticsCode,
                           List<String> logisticsNos) implements Declared {
    }
}
