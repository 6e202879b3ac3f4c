package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cbec.app.clearance.domain.DeclaringParty;
import org.cbec.app.clearance.domain.DocumentChange;
import org.cbec.app.clearance.domain.ImportInventory;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ParcelDocumentType;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.domain.ReturnStatus;
import org.cbec.app.clearance.domain.SupervisionMode;
import org.cbec.app.clearance.domain.Transition;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Received;
import org.cbec.app.clearance.intake.Touched;
import org.cbec.app.clearance.persistence.ParcelRepository.HistoryEntry;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.shared.persistence.DocumentTable;
import org.springframework.stereotype.Component;

/**
 * Takes the records of the four documents of a parcel (orders CEB311, payments CEB411, waybills CEB511,
 * inventories CEB621), inside the intake transaction: each is admitted (its appType against what is on file, its
 * sender against who declared that, an inventory's supervision mode), answered 2 电子口岸申报中 and 3 发送海关成功,
 * stored, and its parcel compared.
 */
@Component
class ParcelIntake {

    private final ParcelRepository parcels;
    private final ParcelDocumentStore documents;
    private final ParcelComparison comparison;
    private final ReceiptIssuer receipts;

    ParcelIntake(ParcelRepository parcels, ParcelDocumentStore documents, ParcelComparison comparison,
                 ReceiptIssuer receipts) {
        this.parcels = parcels;
        this.documents = documents;
        this.comparison = comparison;
        this.receipts = receipts;
    }

    /**
     * Reads at once what taking a message's records looks up: for orders, payments and waybills the documents on
     * file under their keys, the inventories naming them and the documents of those still waiting; for inventory
     * lists their states and their parcels' four documents. Two or three statements a message, where each record
     * asked three or four.
     */
    void prepare(ParcelDocumentType type, List<DeclaredRecord> records) {
        if (type == ParcelDocumentType.INVENTORY) {
            parcels.inventories(records.stream().map(r -> new String[] {r.agentCode(), r.copNo()}).toList());
            documents.read(records.stream().flatMap(ParcelDocumentStore::keysOf).toList());
            return;
        }
        // an order's and a payment's inventories are those naming the order
        String named = type == ParcelDocumentType.WAYBILL ? type.name() : ParcelDocumentType.ORDER.name();
        List<DocumentTable.Keys> naming = records.stream().map(r -> new DocumentTable.Keys(named, type.keyA(r),
                type.keyB(r))).toList();
        parcels.byDocument().readInventoriesOf(naming);
        List<InventoryState> waiting = naming.stream().flatMap(k -> inventoriesOf(type, k.keyA(), k.keyB()).stream())
                .filter(s -> InventoryStatus.WAITING.name().equals(s.status())).toList();
        documents.read(Stream.concat(records.stream().map(r -> new DocumentTable.Keys(type.name(), type.keyA(r),
                type.keyB(r))), waiting.stream().flatMap(ParcelDocumentStore::keysOf)).toList());
    }

    private List<InventoryState> inventoriesOf(ParcelDocumentType type, String keyA, String keyB) {
        return type == ParcelDocumentType.WAYBILL ? parcels.inventoriesOfWaybill(keyA, keyB)
                : parcels.inventoriesOfOrder(keyA, keyB);
    }

    /** The pre-entry number an inventory was given when first declared, kept through its modifications. */
    String preNo(DeclaredRecord record, Instant now) {
        return parcels.inventory(record.agentCode(), record.copNo()).map(InventoryState::preNo)
                .orElseGet(() -> receipts.newPreNo(now));
    }

    /** An order, a payment or a waybill. */
    void take(ParcelDocumentType type, Received received, DeclaredRecord record, Object document) {
        String keyA = type.keyA(record);
        String keyB = type.keyB(record);
        // the inventories naming the document, read once: whether customs has one, and which wait for it
        List<InventoryState> inventories = inventoriesOf(type, keyA, keyB);
        Optional<DocumentChange.Refusal> refusal = notTheirs(type, record, received.sender()).or(() -> {
            boolean withCustoms = inventories.stream().anyMatch(s -> InventoryStatus.of(s.status()).withCustoms());
            DocumentChange.Existing existing = !documents.exists(type.name(), keyA, keyB)
                    ? DocumentChange.Existing.NONE
                    : withCustoms ? DocumentChange.Existing.RELEASED : DocumentChange.Existing.OPEN;
            return DocumentChange.check(received.messageType(), record.appType(), existing, keyB);
        });
        if (answered(received, record, null, refusal)) {
            return;
        }
        if ("3".equals(record.appType())) {
            documents.delete(type.name(), keyA, keyB);
        } else {
            documents.put(type.name(), keyA, keyB, record, document, received.sender(), received.at());
            for (InventoryState state : inventories) {
                if (InventoryStatus.WAITING.name().equals(state.status())) {
                    comparison.compare(state, received.at());
                }
            }
        }
        received.touched(new Touched(type.name(), keyA, keyB));
    }

    /** An inventory list. */
    void takeInventory(Received received, DeclaredRecord record, ParcelDocuments.Inventory inventory,
                       String preNo) {
        List<String> problems = SupervisionMode.problems(inventory);
        Optional<DocumentChange.Refusal> refusal = problems.isEmpty() ? Optional.empty()
                : Optional.of(new DocumentChange.Refusal(ReturnStatus.INVENTORY_CHECK_FAILED,
                "清单报文校验失败，[" + String.join("; ", problems) + "]"));
        Optional<InventoryState> onFile = parcels.inventory(record.agentCode(), record.copNo());
        refusal = refusal.or(() -> notTheirs(ParcelDocumentType.INVENTORY, record, received.sender())).or(() ->
                DocumentChange.check(received.messageType(), record.appType(), onFile.map(s -> inventory(s)
                        .onFile(record.appType())).orElse(DocumentChange.Existing.NONE), record.copNo()));
        if (answered(received, record, preNo, refusal)) {
            return;
        }
        Instant now = received.at();
        if ("3".equals(record.appType())) {
            documents.delete(ParcelDocumentType.INVENTORY.name(), record.agentCode(), record.copNo());
            Transition deleted = inventory(onFile.orElseThrow()).deleted();
            parcels.move(record.agentCode(), record.copNo(), List.of(new HistoryEntry(deleted.to().name(),
                    "appType 3", now)));
        } else {
            documents.put(ParcelDocumentType.INVENTORY.name(), record.agentCode(), record.copNo(), record, inventory,
                    received.sender(), now);
            InventoryState state = new InventoryState(record.agentCode(), record.copNo(), inventory.ebpCode(),
                    inventory.orderNo(), inventory.logisticsCode(), inventory.logisticsNo(), record.recordGuid(),
                    preNo, InventoryStatus.WAITING.name(), now.plus(comparison.waitFor()), null, null);
            parcels.putInventory(state, now);
            comparison.compare(state, now);
        }
        received.touched(new Touched(ParcelDocumentType.INVENTORY.name(), record.agentCode(), record.copNo()));
    }

    /** The refusal answered, or 2 and 3 when admitted; whether it was refused. */
    private boolean answered(Received received, DeclaredRecord record, String preNo,
                             Optional<DocumentChange.Refusal> refusal) {
        if (refusal.isPresent()) {
            receipts.issue(received.sender(), received.receiptType(), record, preNo, refusal.get().returnStatus(),
                    refusal.get().returnInfo(), received.at());
            return true;
        }
        receipts.issue(received.sender(), received.receiptType(), record, preNo, ReturnStatus.DECLARING,
                "电子口岸申报中", received.at());
        // the customs side runs in this platform: handing the record over cannot fail on the way
        receipts.issue(received.sender(), received.receiptType(), record, preNo, ReturnStatus.SENT_TO_CUSTOMS,
                "发送海关成功", received.at());
        return false;
    }

    /** -10102 when the document on file under the record's keys was declared by another enterprise. */
    private Optional<DocumentChange.Refusal> notTheirs(ParcelDocumentType type, DeclaredRecord record,
                                                       String sender) {
        return DeclaringParty.check(type.label() + " " + type.keyB(record), documents.senderOf(type.name(),
                type.keyA(record), type.keyB(record)).orElse(null), null, sender);
    }

    private static ImportInventory inventory(InventoryState state) {
        return new ImportInventory(InventoryStatus.of(state.status()));
    }
}
