package org.cbec.app.clearance;

/**
 * The customs inventory number given at 120 海关入库 (C18, CEB-SPEC.md §10): the customs code (4), the year (4), I
 * for import or E for export, and a serial of 9 digits.
 */
public final class InvtNo {

    private InvtNo() {
    }

    public static String of(String customsCode, int year, boolean export, long serial) {
        return customsCode + year + (export ? "E" : "I") + String.format("%09d", serial % 1_000_000_000L);
    }

    /** Whether the number is an export inventory's. */
    public static boolean export(String invtNo) {
        return invtNo != null && invtNo.length() == 18 && invtNo.charAt(8) == 'E';
    }
}
