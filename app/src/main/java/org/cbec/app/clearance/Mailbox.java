package org.cbec.app.clearance;

import java.time.Instant;

/**
 * Puts a message customs sends an enterprise (a CEB816 tax bill, a CEB818 tax status) into that enterprise's
 * receipt stream, with the receipts: pulled by cursor and pushed to its webhook. Inside a transaction it is
 * written when the transaction commits, in order with the receipts of that transaction.
 */
public interface Mailbox {

    void deliver(String enterprise, String messageType, String guid, String invtNo, String returnStatus,
                 String returnInfo, String xml, Instant at);
}
