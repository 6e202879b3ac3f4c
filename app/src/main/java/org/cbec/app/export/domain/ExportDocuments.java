package org.cbec.app.export.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.domain.ParcelDocuments;

/**
 * The fields of the export documents that the export comparison looks at (CEB-SPEC.md §11), with the spec's names:
 * the order CEB303, the receipt of payment CEB403, the waybill CEB505 and the inventory CEB603.
 */
public final class ExportDocuments {

    private ExportDocuments() {
    }

    /** A document an export message declares: one per record, what its handler takes. */
    public sealed interface Declared permits Order, Receipt, Waybill, Inventory, WaybillMovement, Cancellation,
            MasterBill, ReturnApplication, Tally, SummaryApplication {
    }

    /** CEB507 arrival or CEB509 departure: the waybills it reports, at the site or leaving the country. */
    public record WaybillMovement(boolean departure, String logisticsCode, List<String> logisticsNos, String billNo,
                                  String time) implements Declared {
    }

    /** CEB605: the cancellation of an export inventory by its customs number. */
    public record Cancellation(String invtNo, String agentCode, String copNo, String reason) implements Declared {
    }

    /** CEB607: waybills (and their inventories) under one master bill of lading. */
    public record MasterBill(String billNo, String logisticsCode, List<String> logisticsNos, List<String> invtNos)
            implements Declared {
    }

    /** CEB213: exported goods coming back, by their inventory and waybill. */
    public record ReturnApplication(String invtNo, String coElNo, String customsCode, String logisticsCode,
                                    String logisticsNo, String reason) implements Declared {
    }

    /** CEB215: the site operator tallies a returned parcel. */
    public record Tally(String logisticsCode, String logisticsNo, String coElNo) implements Declared {
    }

    /** CEB701 SummaryApplyHead and its list: what to summarise. */
    public record SummaryApplication(String copNo, String customsCode, String agentCode, String agentName,
                                     String ebcCode, String ebcName, String declAgentCode, String declAgentName,
                                     String summaryFlag, Instant start, Instant end, List<String> invtNos)
            implements Declared {
    }

    /** CEB303 OrderHead and its lines; orderType E (B2C), B (B2B, 9710) or W (overseas warehouse, 9810). */
    public record Order(String orderNo, String ebpCode, String ebcCode, String orderType, BigDecimal goodsValue,
                        BigDecimal freight, String currency, List<ParcelDocuments.GoodsLine> lines)
            implements Declared {
    }

    /** CEB403 Receipts: the money the e-commerce enterprise received for the order. */
    public record Receipt(String orderNo, String ebpCode, String ebcCode, String payCode, String payNo,
                          BigDecimal charge, String currency) implements Declared {
    }

    /** CEB505 Logistics. */
    public record Waybill(String logisticsCode, String logisticsNo, BigDecimal freight, BigDecimal insuredFee,
                          BigDecimal grossWeight, Integer packNo) implements Declared {
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
                            BigDecimal netWeight) implements Declared {

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
