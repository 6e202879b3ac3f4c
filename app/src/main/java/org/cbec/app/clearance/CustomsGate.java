package org.cbec.app.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where clearance hands a compared, consistent inventory to customs, inside the transaction that decides it. The
 * customs module answers; without one the platform takes every consistent inventory in and releases it.
 */
public interface CustomsGate {

    /** A consistent inventory as customs sees it: the inventory and what its order declared. */
    record Declared(String agentCode, String copNo, String orderNo, String ebpCode, String ebcCode,
                    String customsCode, String tradeMode, String emsNo, String assureCode, String buyerIdNumber,
                    String buyerName, BigDecimal freight, BigDecimal insuredFee, BigDecimal orderTaxTotal,
                    List<Line> lines, Instant at) {

        /** Bonded goods (1210, 1239), which leave a zone's account book. */
        public boolean bonded() {
            return org.cbec.app.clearance.domain.SupervisionMode.bonded(tradeMode);
        }
    }

    /** A line of the inventory (InventoryList), with the spec's names. */
    record Line(int gnum, String gcode, String itemName, String itemRecordNo, BigDecimal qty, String unit,
                BigDecimal qty1, String unit1, BigDecimal price, BigDecimal totalPrice) {
    }

    /**
     * What customs says. Refused: the inventory is not taken in, with the receipt code ({@code -621005},
     * {@code -621018}, {@code 100} ...) and the reason. Taken: 120 海关入库 under the invtNo clearance gives it, then
     * either 399 → 800 at once or, with hits, 300 人工审核 for an officer.
     */
    record Verdict(boolean taken, String returnStatus, String returnInfo, List<String> hits) {

        public static Verdict release() {
            return new Verdict(true, null, null, List.of());
        }

        public static Verdict review(List<String> hits) {
            return new Verdict(true, null, null, List.copyOf(hits));
        }

        public static Verdict refuse(String returnStatus, String returnInfo) {
            return new Verdict(false, returnStatus, returnInfo, List.of());
        }

        public boolean toReview() {
            return taken && !hits.isEmpty();
        }
    }

    /** Decides a consistent inventory; {@code invtNo} is the number it is taken in under if it is. */
    Verdict assess(Declared declared, String invtNo);

    /** A consistent export inventory as customs sees it. */
    record ExportDeclared(String agentCode, String copNo, String ebpCode, String ebcCode, String ownerCode,
                          String tradeMode, List<Line> lines, Instant at) {
    }

    /**
     * Reviews a consistent export inventory (taken in under {@code invtNo}): released to wait for its arrival, or,
     * with hits, held at 300 for an officer. Without a customs module every one is reviewed at once.
     */
    default Verdict assessExport(ExportDeclared declared, String invtNo) {
        return Verdict.release();
    }
}
