package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.CustomsDecided.Outcome;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.ParcelSearch;
import org.cbec.app.clearance.TaxBillIssued;
import org.cbec.app.clearance.domain.ImportInventory;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ParcelDocumentType;
import org.cbec.app.clearance.domain.Transition;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.DocumentStore;
import org.cbec.app.clearance.persistence.ParcelRepository.HistoryEntry;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies customs' answers to import inventories, each in a transaction of its own once customs' has committed:
 * the inventory moves through the decision's steps (each a CEB622 to its declarant), and when customs takes a
 * parcel in, the senders of its order, payment and waybill hear 120 海关入库. A decision is applied only while the
 * inventory is in the state it was taken on, so one delivered again after a crash changes nothing. Customs' tax
 * messages (CEB816, CEB818) go into their recipients' receipt streams.
 */
@Component
class CustomsDecisions {

    private final ParcelRepository parcels;
    private final ParcelDocumentStore documents;
    private final ReceiptIssuer receipts;

    private final TransactionTemplate transaction;

    CustomsDecisions(ParcelRepository parcels, ParcelDocumentStore documents, ReceiptIssuer receipts,
                     PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.parcels = parcels;
        this.documents = documents;
        this.receipts = receipts;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(CustomsDecided.Batch decided) {
        Retries.inTransaction(transaction, "applying " + decided.decisions().size() + " customs decisions",
                () -> {
                    readDocumentsOf(decided.decisions());
                    decided.decisions().forEach(this::apply);
                });
    }

    /**
     * Reads the documents a batch's receipts name in two statements (the inventories' states, then their four
     * documents each) instead of four an inventory.
     */
    private void readDocumentsOf(List<CustomsDecided> decisions) {
        List<InventoryState> states = parcels.inventories(decisions.stream()
                .map(d -> new String[] {d.agentCode(), d.copNo()}).toList());
        documents.read(states.stream().flatMap(ParcelDocumentStore::keysOf).toList());
    }

    private void apply(CustomsDecided decided) {
        InventoryState state = parcels.inventory(decided.agentCode(), decided.copNo()).orElse(null);
        if (state == null) {
            return;
        }
        InventoryStatus from = InventoryStatus.atStage(decided.from().name());
        Optional<Transition> transition = new ImportInventory(InventoryStatus.of(state.status()))
                .decided(from, decided.steps().stream().map(s -> new Transition.Step(s.returnStatus(), s.info()))
                        .toList(), status(decided.outcome()));
        if (transition.isEmpty()) {
            return;
        }
        Instant at = decided.at();
        List<HistoryEntry> history = new ArrayList<>(transition.get().steps().stream()
                .map(step -> new HistoryEntry(step.returnStatus(), step.info(), at)).toList());
        history.add(new HistoryEntry(transition.get().to().name(), null, at));
        boolean takenIn = decided.outcome() != Outcome.REFUSED;
        if (!parcels.decided(state.agentCode(), state.copNo(), from.name(), history, takenIn,
                decided.outcome() == Outcome.RELEASED ? at : null)) {
            return;
        }
        if (transition.get().to() == InventoryStatus.REJECTED) {
            parcels.refusedFor(state.agentCode(), state.copNo(), takenIn ? ParcelSearch.OFFICER_REJECTED
                    : decided.steps().get(0).returnStatus());
        }
        if (takenIn && from == InventoryStatus.DECIDING) {
            // 120 海关入库 to the senders of the order, payment and waybill once customs took the parcel in
            entered(ParcelDocumentType.ORDER, state.ebpCode(), state.orderNo(), at);
            entered(ParcelDocumentType.PAYMENT, state.ebpCode(), state.orderNo(), at);
            entered(ParcelDocumentType.WAYBILL, state.logisticsCode(), state.logisticsNo(), at);
        }
        DocumentStore.Sender inventory = documents.sender(ParcelDocumentType.INVENTORY.name(),
                state.agentCode(), state.copNo()).orElseThrow();
        DeclaredRecord numbered = takenIn ? inventory.record().withInvtNo(decided.invtNo()) : inventory.record();
        for (Transition.Step step : transition.get().steps()) {
            receipts.issue(inventory.senderCode(), "CEB622", numbered, state.preNo(), step.returnStatus(),
                    step.info(), at);
        }
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(TaxBillIssued.Batch issued) {
        Retries.inTransaction(transaction, "delivering " + issued.bills().size() + " tax messages", () -> {
            for (TaxBillIssued bill : issued.bills()) {
                for (String enterprise : bill.recipients()) {
                    receipts.deliver(enterprise, bill.messageType(), bill.guid(), bill.invtNo(), bill.returnStatus(),
                            bill.returnInfo(), bill.xml(), bill.at());
                }
            }
        });
    }

    /** The inventory's state after the decision. */
    private static InventoryStatus status(Outcome outcome) {
        return outcome == Outcome.REFUSED ? InventoryStatus.REJECTED : InventoryStatus.valueOf(outcome.name());
    }

    private void entered(ParcelDocumentType type, String keyA, String keyB, Instant at) {
        documents.sender(type.name(), keyA, keyB).ifPresent(sent -> receipts.issue(sent.senderCode(),
                type.receiptType(), sent.record(), null, "120", "海关入库", at));
    }
}
