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
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

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

    CustomsDecisions(ParcelRepository parcels, ParcelComparison comparison, ReceiptIssuer receipts) {
        this.parcels = parcels;
        this.comparison = comparison;
        this.receipts = receipts;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(CustomsDecided decided) {
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
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(TaxBillIssued issued) {
        for (String enterprise : issued.recipients()) {
            receipts.deliver(enterprise, issued.messageType(), issued.guid(), issued.invtNo(), issued.returnStatus(),
                    issued.returnInfo(), issued.xml(), issued.at());
        }
    }

    /** The inventory's state after the decision. */
    private static String status(Outcome outcome) {
        return outcome == Outcome.REFUSED ? "REJECTED" : outcome.name();
    }
}
