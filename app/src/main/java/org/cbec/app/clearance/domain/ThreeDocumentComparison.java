package org.cbec.app.clearance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.cbec.app.clearance.domain.ParcelDocuments.GoodsLine;
import org.cbec.app.clearance.domain.ParcelDocuments.Inventory;
import org.cbec.app.clearance.domain.ParcelDocuments.Order;
import org.cbec.app.clearance.domain.ParcelDocuments.Payment;
import org.cbec.app.clearance.domain.ParcelDocuments.Waybill;
import org.cbec.app.registry.Role;

/**
 * The three-document comparison (三单比对): order, payment and waybill must agree with each other and with the
 * inventory before customs may release the parcel (cbec-rules.md §C.2). The documents are found by their keys
 * ({@code orderNo}+{@code ebpCode}, {@code payCode}+{@code payTransactionId}, {@code logisticsCode}+
 * {@code logisticsNo}); this class checks what must agree once they are found. Every mismatch names the rule, the
 * field(s) and both values.
 */
public final class ThreeDocumentComparison {

    /** acturalPaid = goodsValue + freight + taxTotal − discount (CEB311 field 15). */
    public static final String ACTURAL_PAID_SUM = "acturalPaid-sum";
    /** The order's acturalPaid equals the payment's amountPaid. */
    public static final String PAID_EQUALS_PAYMENT = "acturalPaid-equals-amountPaid";
    /** The order names the payment that pays it: payCode and payTransactionId. */
    public static final String PAYMENT_KEYS = "payment-keys";
    /** Consignee name, telephone and address of the order are the waybill's. */
    public static final String CONSIGNEE_MATCH = "consignee-equals-waybill";
    /** The buyer is the payer: name and ID number. */
    public static final String BUYER_IS_PAYER = "buyer-is-payer";
    /** The inventory declares the order's buyer. */
    public static final String INVENTORY_BUYER = "inventory-buyer-equals-order";
    /** Order goods lines agree with inventory lines: item, quantity, price, total. */
    public static final String GOODS_LINES = "goods-lines";
    /** Inventory freight and insured fee agree with the waybill. */
    public static final String INVENTORY_FREIGHT = "inventory-freight-equals-waybill";
    /** ebpCode, ebcCode, payCode, logisticsCode, agentCode are filed for their roles. */
    public static final String REGISTERED_ROLES = "codes-registered-for-roles";

    /** The reason of a result with documents still missing (the sweeper compared what arrived in time). */
    public static final String DOCUMENTS_MISSING = "documents-missing";

    /** One disagreement. */
    public record Mismatch(String rule, String fields, String value, String otherValue, String message) {
    }

    /** The outcome: documents still missing, and the mismatches of those present. */
    public record Result(List<String> missing, List<Mismatch> mismatches) {
        public boolean complete() {
            return missing.isEmpty();
        }

        public boolean consistent() {
            return missing.isEmpty() && mismatches.isEmpty();
        }

        /** The rule a refusal is listed under: documents missing first, else the first mismatch's rule. */
        public String rule() {
            return !missing.isEmpty() || mismatches.isEmpty() ? DOCUMENTS_MISSING : mismatches.get(0).rule();
        }

        /** returnInfo for a receipt: every reason, one after the other. */
        public String reasons() {
            List<String> reasons = new ArrayList<>();
            if (!missing.isEmpty()) {
                reasons.add("missing: " + String.join(", ", missing));
            }
            mismatches.forEach(m -> reasons.add(m.message()));
            return String.join("; ", reasons);
        }
    }

    private final BiPredicate<String, Role> registered;

    /** @param registered whether a code is filed for a role (the registry) */
    public ThreeDocumentComparison(BiPredicate<String, Role> registered) {
        this.registered = registered;
    }

    public Result compare(Order order, Payment payment, Waybill waybill, Inventory inventory) {
        List<String> missing = new ArrayList<>();
        if (order == null) {
            missing.add("order CEB311 (orderNo " + inventory.orderNo() + ", ebpCode " + inventory.ebpCode() + ")");
        }
        if (payment == null) {
            missing.add("payment CEB411 (orderNo " + inventory.orderNo() + ", ebpCode " + inventory.ebpCode() + ")");
        }
        if (waybill == null) {
            missing.add("waybill CEB511 (logisticsCode " + inventory.logisticsCode() + ", logisticsNo "
                    + inventory.logisticsNo() + ")");
        }
        List<Mismatch> mismatches = new ArrayList<>();
        if (order != null) {
            checkSum(order, mismatches);
            sameValue(INVENTORY_BUYER, "buyerName", order.buyerName(), inventory.buyerName(), "order", "inventory",
                    mismatches);
            sameValue(INVENTORY_BUYER, "buyerIdNumber", order.buyerIdNumber(), inventory.buyerIdNumber(), "order",
                    "inventory", mismatches);
            checkLines(order.lines(), inventory.lines(), mismatches);
        }
        if (order != null && payment != null) {
            sameAmount(PAID_EQUALS_PAYMENT, "acturalPaid/amountPaid", order.acturalPaid(), payment.amountPaid(),
                    "order", "payment", mismatches);
            sameValue(PAYMENT_KEYS, "payCode", order.payCode(), payment.payCode(), "order", "payment", mismatches);
            sameValue(PAYMENT_KEYS, "payTransactionId", order.payTransactionId(), payment.payTransactionId(), "order",
                    "payment", mismatches);
            sameValue(BUYER_IS_PAYER, "buyerName/payerName", order.buyerName(), payment.payerName(), "order",
                    "payment", mismatches);
            sameValue(BUYER_IS_PAYER, "buyerIdNumber/payerIdNumber", order.buyerIdNumber(), payment.payerIdNumber(),
                    "order", "payment", mismatches);
        }
        if (order != null && waybill != null) {
            sameValue(CONSIGNEE_MATCH, "consignee", order.consignee(), waybill.consignee(), "order", "waybill",
                    mismatches);
            sameValue(CONSIGNEE_MATCH, "consigneeTelephone", order.consigneeTelephone(), waybill.consigneeTelephone(),
                    "order", "waybill", mismatches);
            sameValue(CONSIGNEE_MATCH, "consigneeAddress", order.consigneeAddress(), waybill.consigneeAddress(),
                    "order", "waybill", mismatches);
        }
        if (waybill != null) {
            sameAmount(INVENTORY_FREIGHT, "freight", inventory.freight(), waybill.freight(), "inventory", "waybill",
                    mismatches);
            sameAmount(INVENTORY_FREIGHT, "insuredFee", inventory.insuredFee(), waybill.insuredFee(), "inventory",
                    "waybill", mismatches);
        }
        checkRegistered("ebpCode", inventory.ebpCode(), Role.EBP, mismatches);
        checkRegistered("ebcCode", inventory.ebcCode(), Role.EBC, mismatches);
        checkRegistered("logisticsCode", inventory.logisticsCode(), Role.LOGISTICS, mismatches);
        checkRegistered("agentCode", inventory.agentCode(), Role.AGENT, mismatches);
        if (payment != null) {
            checkRegistered("payCode", payment.payCode(), Role.PAY, mismatches);
        }
        return new Result(List.copyOf(missing), List.copyOf(mismatches));
    }

    private static void checkSum(Order order, List<Mismatch> mismatches) {
        BigDecimal expected = zero(order.goodsValue()).add(zero(order.freight())).add(zero(order.taxTotal()))
                .subtract(zero(order.discount()));
        if (order.acturalPaid() == null || expected.compareTo(order.acturalPaid()) != 0) {
            mismatches.add(new Mismatch(ACTURAL_PAID_SUM, "acturalPaid", plain(order.acturalPaid()), plain(expected),
                    "order acturalPaid " + plain(order.acturalPaid()) + " is not goodsValue + freight + taxTotal - "
                            + "discount = " + plain(order.goodsValue()) + " + " + plain(order.freight()) + " + "
                            + plain(order.taxTotal()) + " - " + plain(order.discount()) + " = " + plain(expected)));
        }
    }

    public static void checkLines(List<GoodsLine> orderLines, List<GoodsLine> inventoryLines,
                                   List<Mismatch> mismatches) {
        if (orderLines.size() != inventoryLines.size()) {
            mismatches.add(new Mismatch(GOODS_LINES, "lines", Integer.toString(orderLines.size()),
                    Integer.toString(inventoryLines.size()), "the order has " + orderLines.size()
                    + " goods lines, the inventory " + inventoryLines.size()));
        }
        for (GoodsLine line : orderLines) {
            GoodsLine declared = inventoryLines.stream().filter(l -> l.gnum() == line.gnum()).findFirst().orElse(null);
            if (declared == null) {
                if (orderLines.size() == inventoryLines.size()) {
                    mismatches.add(new Mismatch(GOODS_LINES, "gnum", Integer.toString(line.gnum()), null,
                            "order line " + line.gnum() + " has no inventory line with that gnum"));
                }
                continue;
            }
            String at = "line " + line.gnum() + " ";
            sameValue(GOODS_LINES, at + "itemNo", line.itemNo(), declared.itemNo(), "order", "inventory",
                    mismatches);
            sameAmount(GOODS_LINES, at + "qty", line.qty(), declared.qty(), "order", "inventory", mismatches);
            sameAmount(GOODS_LINES, at + "price", line.price(), declared.price(), "order", "inventory", mismatches);
            sameAmount(GOODS_LINES, at + "totalPrice", line.totalPrice(), declared.totalPrice(), "order",
                    "inventory", mismatches);
        }
    }

    private void checkRegistered(String field, String code, Role role, List<Mismatch> mismatches) {
        checkRegistered(registered, field, code, role, mismatches);
    }

    public static void checkRegistered(BiPredicate<String, Role> registered, String field, String code, Role role,
                                List<Mismatch> mismatches) {
        if (!registered.test(code, role)) {
            mismatches.add(new Mismatch(REGISTERED_ROLES, field, code, role.name(), field + " " + code
                    + " is not filed with the platform as " + role));
        }
    }

    public static void sameValue(String rule, String field, String value, String other, String side,
                                  String otherSide, List<Mismatch> mismatches) {
        if (!Objects.equals(trim(value), trim(other))) {
            mismatches.add(new Mismatch(rule, field, value, other, side + " " + field + " '" + value + "' differs from "
                    + otherSide + " '" + other + "'"));
        }
    }

    public static void sameAmount(String rule, String field, BigDecimal value, BigDecimal other, String side,
                                   String otherSide, List<Mismatch> mismatches) {
        if (value == null || other == null ? value != other : value.compareTo(other) != 0) {
            mismatches.add(new Mismatch(rule, field, plain(value), plain(other), side + " " + field + " "
                    + plain(value) + " differs from " + otherSide + " " + plain(other)));
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}
