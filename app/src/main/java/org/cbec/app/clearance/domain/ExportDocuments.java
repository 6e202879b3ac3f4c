package org.cbec.app.clearance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of the export documents that the export comparison looks at (CEB-SPEC.md §11), with the spec's names:
 * the order CEB303, the receipt of payment CEB403, the waybill CEB505 and the inventory CEB603.
 */
public final class ExportDocuments {

    private ExportDocuments() {
    }

    /** CEB303 OrderHead and its lines; orderType E (B2C), B (B2B, 9710) or W (overseas warehouse, 9810). */
    public record Order(String orderNo, String ebpCode, String ebcCode, String orderType, BigDecimal goodsValue,
                        BigDecimal freight, String currency, List<ParcelDocuments.GoodsLine> lines) {
    }

    /** CEB403 Receipts: the money the e-commerce enterprise received for the order. */
    public record Receipt(String orderNo, String ebpCode, String ebcCode, String payCode, String payNo,
                          BigDecimal charge, String currency) {
    }

    /** CEB505 Logistics. */
    public record Waybill(String logisticsCode, String logisticsNo, BigDecimal freight, BigDecimal insuredFee,
                          BigDecimal grossWeight, Integer packNo) {
    }

    /**
     * CEB603 InventoryHead and its lines; with, for the summary declaration, the transport mode, each line's final
     * destination country and currency, and the weights.
     */
    public record Inventory(String copNo, String orderNo, String ebpCode, String ebcCode, String logisticsCode,
                            String logisticsNo, String agentCode, String ownerCode, String tradeMode,
                            String statisticsFlag, String customsCode, String portCode, String country,
                            BigDecimal freight, BigDecimal insuredFee, List<ParcelDocuments.GoodsLine> lines,
                            String trafMode, List<Destination> destinations, BigDecimal grossWeight,
                            BigDecimal netWeight) {

        /** An inventory as the comparison's tests make them, without what only the summary reads. */
        public Inventory(String copNo, String orderNo, String ebpCode, String ebcCode, String logisticsCode,
                         String logisticsNo, String agentCode, String ownerCode, String tradeMode,
                         String statisticsFlag, String customsCode, String portCode, String country,
                         BigDecimal freight, BigDecimal insuredFee, List<ParcelDocuments.GoodsLine> lines) {
            this(copNo, orderNo, ebpCode, ebcCode, logisticsCode, logisticsNo, agentCode, ownerCode, tradeMode,
                    statisticsFlag, customsCode, portCode, country, freight, insuredFee, lines, null, List.of(), null,
                    null);
        }
    }

    /** InventoryList: where a line goes (country) and in which currency it is priced. */
    public record Destination(int gnum, String country, String currency) {
    }
}
