package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.CustomsDecided.Outcome;
import org.cbec.app.clearance.TaxBillIssued;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.clearance.persistence.ParcelRepository.HistoryEntry;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
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
    private final ParcelComparison comparison;
    private final ReceiptIssuer receipts;

    private final TransactionTemplate transaction;

    CustomsDecisions(ParcelRepository parcels, ParcelComparison comparison, ReceiptIssuer receipts,
                     PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.parcels = parcels;
        this.comparison = comparison;
        this.receipts = receipts;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(CustomsDecided.Batch decided) {
        Retries.onConflict("applying " + decided.decisions().size() + " customs decisions", () ->
                transaction.execute(status -> {
                    decided.decisions().forEach(this::apply);
                    return null;
                }));
    }

    private void apply(CustomsDecided decided) {
        InventoryState state = parcels.inventory(decided.agentCode(), decided.copNo()).orElse(null);
        if (state == null || !decided.from().equals(state.status())) {
            return;
        }
        Instant at = decided.at();
        List<HistoryEntry> history = new ArrayList<>(decided.steps().stream()
                .map(step -> new HistoryEntry(step.returnStatus(), step.info(), at)).toList());
        history.add(new HistoryEntry(status(decided.outcome()), null, at));
        boolean takenIn = decided.outcome() != Outcome.REFUSED;
        if (!parcels.decided(state.agentCode(), state.copNo(), decided.from(), history, takenIn,
                decided.outcome() == Outcome.RELEASED ? at : null)) {
            return;
        }
        ParcelComparison.Parcel parcel = comparison.parcel(state);
        if (takenIn && ParcelComparison.DECIDING.equals(decided.from())) {
            comparison.entered("CEB312", parcel.order(), at);
            comparison.entered("CEB412", parcel.payment(), at);
            comparison.entered("CEB512", parcel.waybill(), at);
        }
        DeclaredRecord record = parcel.inventory().stored().record();
        DeclaredRecord numbered = takenIn ? record.withInvtNo(decided.invtNo()) : record;
        for (CustomsDecided.Step step : decided.steps()) {
            receipts.issue(parcel.inventory().senderCode(), "CEB622", numbered, state.preNo(), step.returnStatus(),
                    step.info(), at);
        }
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(TaxBillIssued.Batch issued) {
        transaction.executeWithoutResult(status -> {
            for (TaxBillIssued bill : issued.bills()) {
                for (String enterprise : bill.recipients()) {
                    receipts.deliver(enterprise, bill.messageType(), bill.guid(), bill.invtNo(), bill.returnStatus(),
                            bill.returnInfo(), bill.xml(), bill.at());
                }
            }
        });
    }

    /** The inventory's state after the decision. */
    private static String status(Outcome outcome) {
        return outcome == Outcome.REFUSED ? "REJECTED" : outcome.name();
    }
}
