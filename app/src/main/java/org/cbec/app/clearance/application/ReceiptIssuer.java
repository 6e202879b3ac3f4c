package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cbec.app.clearance.InvtNo;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Receipts;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a record's receipt and queues it for its enterprise. Inside a transaction, receipts are kept until just
 * before commit and then given their cursors in one go: the lock that orders cursors is held only for those last
 * inserts, not for the whole transaction, so concurrent intakes do not queue behind each other.
 */
@Component
class ReceiptIssuer implements Receipts {

    private final ReceiptRepository receipts;

    /** The longest returnInfo a receipt carries (CEB-SPEC.md: C..1000). */
    static final int RETURN_INFO = 1000;

    ReceiptIssuer(ReceiptRepository receipts) {
        this.receipts = receipts;
    }

    /** A receipt waiting for its cursor. */
    private record Pending(String enterprise, String receiptType, DeclaredRecord record, String status, String info,
                           String returnTime, String xml) {
    }

    @Override
    public void deliver(String enterprise, String messageType, String guid, String invtNo, String returnStatus,
                        String returnInfo, String xml, Instant at) {
        DeclaredRecord keys = new DeclaredRecord(guid, null, null, null, null, null, null, null, null, null, null,
                null, null, invtNo, null);
        queue(new Pending(enterprise, messageType, keys, returnStatus, returnInfo(returnInfo),
                ReceiptWriter.returnTime(at), xml));
    }

    @Override
    public void issue(String enterprise, String receiptType, DeclaredRecord record, String preNo, String status,
                      String info, Instant now) {
        String returnTime = ReceiptWriter.returnTime(now);
        String returnInfo = returnInfo(info);
        queue(new Pending(enterprise, receiptType, record, status, returnInfo, returnTime,
                ReceiptWriter.record(receiptType, record, preNo, status, returnInfo, returnTime)));
    }

    /**
     * returnInfo is C..1000: a longer reason (a refusal naming a hundred waybills) is cut to 999 characters and an
     * ellipsis, so that its receipt stays valid and is stored (it was a 500 and a lost receipt before).
     */
    static String returnInfo(String info) {
        return info == null || info.length() <= RETURN_INFO ? info : info.substring(0, RETURN_INFO - 1) + "…";
    }

    private void queue(Pending receipt) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(List.of(receipt));
            return;
        }
        pending().add(receipt);
    }

    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        Object key = this;
        List<Pending> list = (List<Pending>) TransactionSynchronizationManager.getResource(key);
        if (list == null) {
            List<Pending> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    insert(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            list = created;
        }
        return list;
    }

    private void insert(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        long cursor = receipts.nextCursors(pending.size());
        List<Receipt> rows = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            rows.add(new Receipt(cursor++, p.enterprise(), p.receiptType(),
                    p.record().recordGuid(), p.record().orderNo(), p.record().logisticsNo(), p.record().copNo(),
                    p.record().invtNo(),
                    p.status(), p.info(), p.returnTime(), p.xml()));
        }
        receipts.insertAll(rows);
    }

    @Override
    public String newPreNo(Instant now) {
        return "B" + ReceiptWriter.returnTime(now).substring(0, 8)
                + String.format("%09d", receipts.nextPreNoSerial() % 1_000_000_000L);
    }

    @Override
    public String newInvtNo(String customsCode, boolean export, Instant now) {
        return InvtNo.of(customsCode, Integer.parseInt(ReceiptWriter.returnTime(now).substring(0, 4)), export,
                receipts.nextInvtNoSerial());
    }
}
