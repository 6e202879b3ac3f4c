package org.cbec.app.clearance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The customs supervision modes (tradeMode) an import inventory may declare, and what each asks of it
 * (cbec-rules.md §B.1, §B.2; CEB-SPEC.md §7.2): 9610 direct purchase, 1210 bonded import and its variant 1239.
 * Bonded goods come out of a zone's account book: the inventory names the book (emsNo) and every line its
 * item in it (itemRecordNo).
 */
public final class SupervisionMode {

    public static final String DIRECT_PURCHASE = "9610";
    public static final String BONDED = "1210";
    public static final String BONDED_A = "1239";

    private static final Set<String> IMPORT = Set.of(DIRECT_PURCHASE, BONDED, BONDED_A);

    private SupervisionMode() {
    }

    public static boolean bonded(String tradeMode) {
        return BONDED.equals(tradeMode) || BONDED_A.equals(tradeMode);
    }

    /** What an import inventory lacks for its tradeMode, one entry each naming the field; empty when nothing. */
    public static List<String> problems(ParcelDocuments.Inventory inventory) {
        List<String> problems = new ArrayList<>();
        if (!IMPORT.contains(inventory.tradeMode())) {
            problems.add("tradeMode '" + inventory.tradeMode() + "' is not an import mode (9610, 1210 or 1239)");
            return problems;
        }
        if (bonded(inventory.tradeMode())) {
            if (blank(inventory.emsNo())) {
                problems.add("emsNo: a bonded (" + inventory.tradeMode() + ") inventory names its account book");
            }
            for (ParcelDocuments.GoodsLine line : inventory.lines()) {
                if (blank(line.itemRecordNo())) {
                    problems.add("InventoryList[gnum " + line.gnum() + "]/itemRecordNo: a bonded ("
                            + inventory.tradeMode() + ") line names its account-book item");
                }
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
