package org.cbec.app.clearance.intake;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.cbec.ceb.CebTime;

/**
 * The receipts a handler answers records with (CEB-SPEC.md §7): written with the record's keys into the sender's
 * receipt stream, in the transaction that takes the record; and the numbers the platform gives.
 */
public interface Receipts {

    /** A receipt of {@code receiptType} for the record, with its returnStatus and returnInfo. */
    void issue(String enterprise, String receiptType, DeclaredRecord record, String preNo, String status,
               String info, Instant now);

    /**
     * A message the platform sends an enterprise besides the receipts of its records (CEB792 summary results,
     * CEB816 tax bills, CEB818 their status), in its receipt stream.
     */
    void deliver(String enterprise, String messageType, String guid, String invtNo, String returnStatus,
                 String returnInfo, String xml, Instant at);

    /** The platform's pre-entry number of an inventory (C18): B, the date, and a number unique to the platform. */
    String newPreNo(Instant now);

    /** A new customs inventory number ({@code org.cbec.app.clearance.InvtNo}) for an import or export list. */
    String newInvtNo(String customsCode, boolean export, Instant now);

    static String returnTime(Instant at) {
        return CebTime.millis(at);
    }

    /** A guid of the spec (36 characters, upper case). */
    static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
