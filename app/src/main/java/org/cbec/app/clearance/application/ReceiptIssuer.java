package org.cbec.app.clearance.application;

import java.time.Instant;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.springframework.stereotype.Component;

/** Writes a record's receipt and queues it for its enterprise, inside the caller's transaction. */
@Component
class ReceiptIssuer {

    private final ReceiptRepository receipts;

    ReceiptIssuer(ReceiptRepository receipts) {
        this.receipts = receipts;
    }

    void issue(String enterprise, String receiptType, DeclaredRecord record, String preNo, String status,
               String info, Instant now) {
        String returnTime = ReceiptWriter.returnTime(now);
        long cursor = receipts.nextCursor();
        String xml = ReceiptWriter.record(receiptType, record, preNo, status, info, returnTime);
        receipts.insert(new ReceiptRepository.Receipt(cursor, enterprise, receiptType, record.recordGuid(),
                record.orderNo(), record.logisticsNo(), record.copNo(), null, status, info, returnTime, xml));
    }

    /** The platform's pre-entry number of an inventory (C18): B, the date, and a number unique to the platform. */
    String newPreNo(Instant now) {
        return "B" + ReceiptWriter.returnTime(now).substring(0, 8)
                + String.format("%09d", receipts.nextCursor() % 1_000_000_000L);
    }
}
