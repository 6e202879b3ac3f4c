package org.cbec.app.clearance;

import java.time.Instant;
import java.util.List;

/**
 * A message customs sends enterprises about tax: a released inventory's tax bill (CEB816) or a bill's new status
 * (CEB818, summarised into a payment form). Published by customs; clearance puts it into each recipient's receipt
 * stream, pulled by cursor and pushed to its webhook.
 *
 * @param guid the bill's number (taxNo) or the payment form's (entDutyNo)
 */
public record TaxBillIssued(String messageType, List<String> recipients, String guid, String invtNo,
                            String returnStatus, String returnInfo, String xml, Instant at) {

    public TaxBillIssued {
        recipients = List.copyOf(recipients);
    }

    /** The tax messages one transaction of customs issued: what is published. */
    public record Batch(List<TaxBillIssued> bills) {

        public Batch {
            bills = List.copyOf(bills);
        }
    }
}
