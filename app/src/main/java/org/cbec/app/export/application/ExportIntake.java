package org.cbec.app.export.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cbec.app.clearance.domain.DeclaringParty;
import org.cbec.app.clearance.domain.DocumentChange;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ReturnStatus;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Receipts;
import org.cbec.app.clearance.intake.Received;
import org.cbec.app.clearance.intake.Touched;
import org.cbec.app.export.domain.ExportDocuments;
import org.cbec.app.export.persistence.ExportRepository.ExportInventoryRow;
import org.cbec.app.export.persistence.ExportRepository.HistoryEntry;
import org.cbec.app.export.persistence.ExportRepository;
import org.cbec.app.shared.persistence.DocumentTable;
import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.stereotype.Component;
import static org.cbec.app.export.application.ExportDocumentStore.INVENTORY;
import static org.cbec.app.export.application.ExportDocumentStore.WAYBILL;

/**
 * Takes the records of the export documents (order CEB303, receipt of payment CEB403, waybill CEB505, inventory
 * CEB603) and of the cancellation (CEB605), inside the intake transaction: each is checked against who declared
 * what is on file (-10102), answered 2 电子口岸申报中 and 3 发送海关成功, stored, and its set compared.
 */
@Component
class ExportIntake {

    /** The waiting inventories of a message's documents, kept for its transaction ({@link #waitingFor}). */
    private static final Object WAITING_FOR = new Object();

    private final ExportDocumentStore documents;
    private final ExportRepository exports;
    private final Receipts receipts;
    private final ExportClearance clearance;

    ExportIntake(ExportDocumentStore documents, ExportRepository exports, Receipts receipts,
                 ExportClearance clearance) {
        this.documents = documents;
        this.exports = exports;
        this.receipts = receipts;
        this.clearance = clearance;
    }

    /**
     * Reads at once what taking a message's records looks up: for an inventory list the inventories and their sets'
     * four documents, for the others the one on file under each record's keys and the sets of the inventories
     * waiting for it. Two statements a message, where each record asked for four or five documents one by one.
     */
    void prepare(String type, List<DeclaredRecord> records) {
        if (INVENTORY.equals(type)) {
            exports.read(records.stream().map(r -> new DocumentTable.Keys(INVENTORY, r.agentCode(), r.copNo()))
                    .toList());
            documents.read(records.stream().flatMap(ExportDocumentStore::keysOf).toList());
            return;
        }
        List<DocumentTable.Keys> own = records.stream().map(r -> ExportDocumentStore.keyOf(type, r)).toList();
        documents.read(Stream.concat(own.stream(), waitingFor(own).stream()
                .flatMap(ExportDocumentStore::keysOf)).toList());
    }

    /**
     * The waiting inventories these documents of a message belong to, read in one statement a kind of key and kept
     * for the transaction: each record's {@link #compareWaiting} then asks for them no more. A row kept may be
     * stale by the time it is compared (decided by an earlier record of the message): the claim, taken only while
     * the inventory waits, refuses it then.
     */
    private List<ExportInventoryRow> waitingFor(List<DocumentTable.Keys> documents) {
        List<ExportInventoryRow> waiting = exports.waitingFor(documents);
        Map<DocumentTable.Keys, List<ExportInventoryRow>> kept = TransactionScoped.get(WAITING_FOR, HashMap::new);
        if (kept != null) {
            documents.forEach(d -> kept.put(d, waiting.stream().filter(row -> row.names(d)).toList()));
        }
        return waiting;
    }

    /** Compares the waiting inventories that the document under this key belongs to. */
    private void compareWaiting(Touched key, Instant now) {
        Map<DocumentTable.Keys, List<ExportInventoryRow>> kept = TransactionScoped.existing(WAITING_FOR);
        List<ExportInventoryRow> known = kept == null ? null
                : kept.get(new DocumentTable.Keys(key.type(), key.keyA(), key.keyB()));
        String waiting = InventoryStatus.WAITING.name();
        List<ExportInventoryRow> found = known != null ? known
                : ExportDocumentStore.INVENTORY.equals(key.type())
                ? exports.find(key.keyA(), key.keyB()).filter(s -> waiting.equals(s.status())).stream().toList()
                : exports.naming(key.type(), key.keyA(), key.keyB(), waiting);
        found.forEach(state -> clearance.compare(state, now));
    }

    /** The pre-entry number of an export inventory, kept from its first declaration. */
    String preNo(DeclaredRecord record, Instant now) {
        return exports.find(record.agentCode(), record.copNo()).map(ExportInventoryRow::preNo)
                .orElseGet(() -> receipts.newPreNo(now));
    }

    /** An order, a receipt of payment or a waybill ({@code type} as stored). */
    void take(String type, Received received, DeclaredRecord record, Object document) {
        DocumentTable.Keys keys = ExportDocumentStore.keyOf(type, record);
        String keyA = keys.keyA();
        String keyB = keys.keyB();
        if (notTheDeclarant(received.sender(), received.receiptType(), record, null, received.at(), type, keyA,
                keyB, null)) {
            return;
        }
        if ("3".equals(record.appType())) {
            documents.delete(type, keyA, keyB);
        } else {
            documents.put(type, keyA, keyB, record, document, received.sender(), received.at());
        }
        declared(received.sender(), received.receiptType(), record, null, received.at());
        received.touched(new Touched(type, keyA, keyB));
        compareWaiting(new Touched(type, keyA, keyB), received.at());
    }

    /** CEB603: an inventory, stored and compared with its order, receipt of payment and waybill. */
    void takeInventory(Received received, DeclaredRecord record, ExportDocuments.Inventory inventory,
                       String preNo) {
        String sender = received.sender();
        String receiptType = received.receiptType();
        Instant now = received.at();
        if (notTheDeclarant(sender, receiptType, record, preNo, now, INVENTORY, record.agentCode(), record.copNo(),
                null)) {
            return;
        }
        Optional<ExportInventoryRow> existing = exports.find(record.agentCode(), record.copNo());
        if (existing.isPresent() && !ExportClearance.aggregate(existing.get()).open()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: inventory copNo "
                    + record.copNo() + " is " + existing.get().status() + " and can no longer be changed", now);
            return;
        }
        documents.put(INVENTORY, record.agentCode(), record.copNo(), record, inventory, sender, now);
        ExportInventoryRow state = new ExportInventoryRow(record.agentCode(), record.copNo(), inventory.ebpCode(),
                inventory.orderNo(), inventory.logisticsCode(), inventory.logisticsNo(), record.recordGuid(), preNo,
                null, InventoryStatus.WAITING.name(), now.plus(clearance.waitFor()), null);
        // stored waiting: its history says so, the row already does
        exports.put(state, inventory.ebcCode(), inventory.statisticsFlag(), now);
        exports.note(record.agentCode(), record.copNo(), new HistoryEntry(InventoryStatus.WAITING.name(),
                "电子口岸申报中", now));
        declared(sender, receiptType, record, preNo, now);
        received.touched(new Touched(INVENTORY, record.agentCode(), record.copNo()));
        clearance.compare(state, now);
    }


    /** CEB605: a reviewed or released inventory is cancelled while its goods have not left. */
    void cancel(Received received, DeclaredRecord record, ExportDocuments.Cancellation cancellation,
                String preNo) {
        String sender = received.sender();
        String receiptType = received.receiptType();
        Instant now = received.at();
        Optional<ExportInventoryRow> found = exports.byInvtNo(record.agentCode(), cancellation.invtNo());
        if (found.isEmpty()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: no export inventory "
                    + cancellation.invtNo() + " declared by " + record.agentCode(), now);
            return;
        }
        ExportInventoryRow state = found.get();
        if (notTheDeclarant(sender, receiptType, record, state.preNo(), now, INVENTORY, state.agentCode(),
                state.copNo(), exports.ebcCodeOf(state.agentCode(), state.copNo()).orElse(null))) {
            return;
        }
        if (!ExportClearance.aggregate(state).cancellable()) {
            receipts.issue(sender, receiptType, record, state.preNo(), ReturnStatus.REJECTED, "海关退单: inventory "
                    + cancellation.invtNo() + " is " + state.status() + "; only a reviewed or released inventory "
                    + "whose goods have not left is cancelled", now);
            return;
        }
        declared(sender, receiptType, record, state.preNo(), now);
        receipts.issue(sender, receiptType, record, state.preNo(), "120", "海关入库", now);
        receipts.issue(sender, receiptType, record, state.preNo(), "399", "海关审结: 清单已撤销", now);
        exports.move(state.agentCode(), state.copNo(), List.of(new HistoryEntry(InventoryStatus.CANCELLED.name(),
                "撤单 (CEB605 " + record.recordGuid() + "): " + cancellation.reason(), now)));
    }


    /**
     * Refuses (-10102) a record that changes or follows up a document another enterprise declared; the
     * {@code principal} (the inventory's e-commerce enterprise), when given, may act too.
     */
    boolean notTheDeclarant(String sender, String receiptType, DeclaredRecord record, String preNo,
                                    Instant now, String type, String keyA, String keyB, String principal) {
        Optional<DocumentChange.Refusal> refusal = DeclaringParty.check(keyB, documents.senderOf(type, keyA, keyB)
                .orElse(null), principal, sender);
        refusal.ifPresent(r -> receipts.issue(sender, receiptType, record, preNo, r.returnStatus(), r.returnInfo(),
                now));
        return refusal.isPresent();
    }


    /** 2 电子口岸申报中 and 3 发送海关成功. */
    void declared(String sender, String receiptType, DeclaredRecord record, String preNo, Instant now) {
        receipts.issue(sender, receiptType, record, preNo, ReturnStatus.DECLARING, "电子口岸申报中", now);
        receipts.issue(sender, receiptType, record, preNo, ReturnStatus.SENT_TO_CUSTOMS, "发送海关成功", now);
    }

}
