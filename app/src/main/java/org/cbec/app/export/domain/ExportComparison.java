package org.cbec.app.export.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.cbec.app.clearance.domain.ThreeDocumentComparison.Mismatch;
import org.cbec.app.clearance.domain.ThreeDocumentComparison.Result;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.registry.Role;

/**
 * The export comparison: the inventory (CEB603) against its order (CEB303), its receipt of payment (CEB403) and its
 * waybill (CEB505), found by the spec's keys ({@code orderNo}+{@code ebpCode}, {@code logisticsCode}+
 * {@code logisticsNo}); every mismatch names the rule, the field(s) and both values. Where local rules no longer
 * ask for the receipt of payment (GACC 2024 No. 167 pilots), the comparison runs without it.
 */
public final class ExportComparison {

    /**
     * The supervision mode fixes the order type: 9610/1210/1239 B2C export E, 9710 B2B B, 9810 overseas
     * warehouse W.
     */
    public static final String ORDER_TYPE = "tradeMode-orderType";
    /** The inventory's consignor and the receipt's payee are the order's e-commerce enterprise (ebcCode). */
    public static final String EBC_MATCH = "ebcCode-equals-order";
    /** The receipt of payment is for what the order charged: goodsValue + freight. */
    public static final String RECEIPT_CHARGE = "charge-equals-goodsValue-plus-freight";
    /** The inventory declares the export modes only: 9610, 1210, 1239, 9710, 9810. */
    public static final String EXPORT_MODE = "tradeMode-export";

    /** The order type each export supervision mode takes (cbec-rules.md §B.4; CEB-SPEC.md §7.2). */
    public static final Map<String, String> ORDER_TYPES = Map.of("9610", "E", "1210", "E", "1239", "E", "9710", "B",
            "9810", "W");

    private final BiPredicate<String, Role> registered;

    public ExportComparison(BiPredicate<String, Role> registered) {
        this.registered = registered;
    }

    public Result compare(ExportDocuments.Order order, ExportDocuments.Receipt receipt,
                          ExportDocuments.Waybill waybill, ExportDocuments.Inventory inventory,
                          boolean receiptRequired) {
        List<String> missing = new ArrayList<>();
        if (order == null) {
            missing.add("order CEB303 (orderNo " + inventory.orderNo() + ", ebpCode " + inventory.ebpCode() + ")");
        }
        if (receipt == null && receiptRequired) {
            missing.add("receipt of payment CEB403 (orderNo " + inventory.orderNo() + ", ebpCode "
                    + inventory.ebpCode() + ")");
        }
        if (waybill == null) {
            missing.add("waybill CEB505 (logisticsCode " + inventory.logisticsCode() + ", logisticsNo "
                    + inventory.logisticsNo() + ")");
        }
        List<Mismatch> mismatches = new ArrayList<>();
        String orderType = ORDER_TYPES.get(inventory.tradeMode());
        if (orderType == null) {
            mismatches.add(new Mismatch(EXPORT_MODE, "tradeMode", inventory.tradeMode(), null, "inventory tradeMode '"
                    + inventory.tradeMode() + "' is not an export mode (9610, 1210, 1239, 9710, 9810)"));
        }
        if (order != null) {
            if (orderType != null && !orderType.equals(order.orderType())) {
                mismatches.add(new Mismatch(ORDER_TYPE, "orderType", order.orderType(), orderType, "order orderType '"
                        + order.orderType() + "' does not fit inventory tradeMode " + inventory.tradeMode()
                        + ", which takes orderType " + orderType));
            }
            ThreeDocumentComparison.sameValue(EBC_MATCH, "ebcCode", order.ebcCode(), inventory.ebcCode(), "order",
                    "inventory", mismatches);
            ThreeDocumentComparison.checkLines(order.lines(), inventory.lines(), mismatches);
        }
        if (order != null && receipt != null) {
            ThreeDocumentComparison.sameValue(EBC_MATCH, "ebcCode", order.ebcCode(), receipt.ebcCode(), "order",
                    "receipt", mismatches);
            BigDecimal charged = zero(order.goodsValue()).add(zero(order.freight()));
            ThreeDocumentComparison.sameAmount(RECEIPT_CHARGE, "goodsValue+freight/charge", charged,
                    receipt.charge(), "order", "receipt", mismatches);
        }
        if (waybill != null) {
            ThreeDocumentComparison.sameAmount(ThreeDocumentComparison.INVENTORY_FREIGHT, "freight",
                    inventory.freight(), waybill.freight(), "inventory", "waybill", mismatches);
            ThreeDocumentComparison.sameAmount(ThreeDocumentComparison.INVENTORY_FREIGHT, "insuredFee",
                    inventory.insuredFee(), waybill.insuredFee(), "inventory", "waybill", mismatches);
        }
        // a foreign platform has no Chinese code: the spec lets an export declare ebpCode 无
        if (!"无".equals(inventory.ebpCode())) {
            checkRegistered("ebpCode", inventory.ebpCode(), Role.EBP, mismatches);
        }
        checkRegistered("ebcCode", inventory.ebcCode(), Role.EBC, mismatches);
        checkRegistered("logisticsCode", inventory.logisticsCode(), Role.LOGISTICS, mismatches);
        checkRegistered("agentCode", inventory.agentCode(), Role.AGENT, mismatches);
        if (receipt != null && receipt.payCode() != null && !receipt.payCode().isBlank()) {
            checkRegistered("payCode", receipt.payCode(), Role.PAY, mismatches);
        }
        return new Result(List.copyOf(missing), List.copyOf(mismatches));
    }

    private void checkRegistered(String field, String code, Role role, List<Mismatch> mismatches) {
        ThreeDocumentComparison.checkRegistered(registered, field, code, role, mismatches);
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
