package org.cbec.app.exchange.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A dataset the platform keeps for the departments, fed by the events of clearance, customs and export, with the
 * fields its records carry. Which department sees which of them, masked how, is a {@link SharingPolicy}.
 */
public enum Dataset {
    /**
     * Export inventory lines per seller once released: the 无票免税 registration of export date, goods name, unit,
     * quantity, unit price and amount (cbec-rules.md §B.5).
     */
    EXPORT_LINES("export-lines", List.of("invtNo", "copNo", "sellerCode", "ebpCode", "exportDate", "gnum", "gcode",
            "itemName", "unit", "qty", "price", "totalPrice", "tradeMode")),
    /**
     * Export summary declarations (CEB792 entries: the customs declarations released inventories were summarised
     * into) per e-commerce enterprise: what an export tax refund is claimed on (cbec-rules.md §B.3, §D).
     */
    SUMMARY_DECLARATIONS("summary-declarations", List.of("sumNo", "declSeqNo", "entryId", "agentCode", "ebcCode",
            "ownerCode", "trafMode", "country", "portCode", "items", "invtNos", "summarisedAt")),
    /** Payment forms of import tax (汇总征税) per guarantor (withholding agent): issued, due, paid. */
    IMPORT_TAX_PAYMENTS("import-tax-payments", List.of("entDutyNo", "assureCode", "bills", "total", "status",
            "dueBy", "at")),
    /** Enterprises filed through the one filing once customs approved it: who they are and what they trade as. */
    ENTERPRISES("enterprises", List.of("customsCode", "uscc", "name", "legalRepresentative", "address",
            "businessScope", "roles", "approvedAt")),
    /** Import tax bills (CEB816) per withholding agent: the tax customs levied on each released inventory. */
    IMPORT_TAX_BILLS("import-tax-bills", List.of("invtNo", "taxNo", "agentCode", "ebcCode", "assureCode",
            "customsTax", "valueAddedTax", "consumptionTax", "status", "issuedAt")),
    /** Import parcels released, with their buyer: what market regulation and FX read per enterprise. */
    IMPORT_PARCELS("import-parcels", List.of("invtNo", "copNo", "orderNo", "ebpCode", "ebcCode", "agentCode",
            "tradeMode", "buyerName", "buyerIdNumber", "goodsValue", "freight", "tax", "gcodes", "itemNames",
            "releasedAt")),
    /**
     * Inventories refused, per enterprise: by the comparison (stage COMPARISON, with the rule that failed: the
     * documents disagree or never came) or by customs or an officer (stage CUSTOMS), with the code and the reason.
     */
    REFUSALS("refusals", List.of("invtNo", "copNo", "orderNo", "direction", "stage", "rule", "ebpCode", "ebcCode",
            "agentCode", "returnStatus", "reason", "refusedAt")),
    /**
     * Payments of released imports (CEB411, per payment company) and receipts of released exports (CEB403), each
     * against the value declared to customs, per enterprise and month: what FX verifies.
     */
    FX_PAYMENTS("fx-payments", List.of("invtNo", "direction", "ebpCode", "ebcCode", "payCode", "payTransactionId",
            "payNo", "declaredValue", "paidValue", "currency", "month")),
    /** Goods of released imports going back (CEB625), per enterprise, line by line. */
    RETURNS("returns", List.of("invtNo", "copNo", "ebcCode", "agentCode", "lines", "returnedAt"));

    private final String wireName;
    private final List<String> fields;

    Dataset(String wireName, List<String> fields) {
        this.wireName = wireName;
        this.fields = fields;
    }

    /** The dataset's name in the API's paths and in policies. */
    public String wireName() {
        return wireName;
    }

    public List<String> fields() {
        return fields;
    }

    public static Optional<Dataset> named(String name) {
        return Arrays.stream(values()).filter(d -> d.wireName.equals(name)).findFirst();
    }
}
