package org.cbec.app.clearance.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.ComparisonRefused;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.clearance.application.ParcelDocumentStore.Parcel;
import org.cbec.app.clearance.application.ParcelDocumentStore.Sent;
import org.cbec.app.clearance.domain.ImportInventory;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.clearance.domain.Transition;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Touched;
import org.cbec.app.clearance.persistence.ParcelRepository.HistoryEntry;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.registry.Registry;
import org.cbec.app.shared.BatchedEvents;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.persistence.DocumentTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the three-document comparison whenever a document of a parcel arrives, in any order: the inventory waits
 * until order, payment and waybill are all there (at most {@code cbec.comparison.wait}, 24 hours by default),
 * then, when they agree, is numbered and handed to customs ({@link InventoryCompared}, published in the
 * transaction that compared it), or is rejected with 100 naming every mismatch. Customs' answer is applied by
 * {@link CustomsDecisions}.
 */
@Service
public class ParcelComparison {

    private final ParcelRepository parcels;
    private final ParcelDocumentStore documents;
    private final ReceiptIssuer receipts;
    private final ThreeDocumentComparison comparison;
    private final Duration wait;
    private final Clock clock;
    private final BatchedEvents events;
    private final EventDelivery delivery;
    private final TransactionTemplate transactions;

    ParcelComparison(ParcelRepository parcels, ParcelDocumentStore documents, ReceiptIssuer receipts,
                     Registry registry, Clock clock, @Value("${cbec.comparison.wait:PT24H}") Duration wait,
                     BatchedEvents events, EventDelivery delivery, TransactionTemplate transactions) {
        this.parcels = parcels;
        this.documents = documents;
        this.receipts = receipts;
        this.comparison = new ThreeDocumentComparison(registry::isRegistered);
        this.clock = clock;
        this.wait = wait;
        this.events = events;
        this.delivery = delivery;
        this.transactions = transactions;
    }

    /** How long an inventory waits for its documents. */
    Duration waitFor() {
        return wait;
    }

    /**
     * Compares again, after commit, the waiting inventories a transaction touched. Two documents of one parcel
     * committed at the same moment by two transactions do not see each other inside them; each looks again once
     * it has committed, so the later one finds the set complete. A decision takes the inventory only while it is
     * still waiting ({@link ParcelRepository#claim}), so a parcel is decided once.
     */
    @Transactional
    public void recheck(List<Touched> touched, Instant now) {
        // two statements for a message's ten parcels, not one a parcel for its state and one or two for its set
        List<InventoryState> waiting = parcels.byDocument().waitingFor(touched.stream()
                .map(t -> new DocumentTable.Keys(t.type(), t.keyA(), t.keyB())).toList());
        documents.read(waiting.stream().flatMap(ParcelDocumentStore::keysOf).toList());
        for (InventoryState state : waiting) {
            compare(state, now);
        }
    }

    /** Compares an inventory's set and decides it when complete. */
    void compare(InventoryState state, Instant now) {
        documents.complete(state).ifPresent(parcel -> decide(state, parcel, result(parcel), now, false));
    }

    /**
     * Decides the inventories whose documents did not all arrive in time (rejected, or handed to customs if the set
     * is complete after all); returns how many.
     */
    public int expireOverdue(Instant now) {
        return delivery.inTransaction(transactions, () -> {
            List<InventoryState> overdue = parcels.overdue(now);
            for (InventoryState state : overdue) {
                Parcel parcel = documents.parcel(state);
                decide(state, parcel, result(parcel), now, true);
            }
            return overdue.size();
        });
    }

    /** Checks the waiting inventories' deadlines (every minute by default). */
    @Scheduled(fixedDelayString = "${cbec.comparison.check-every:PT1M}")
    void expireOverdueNow() {
        expireOverdue(clock.instant());
    }

    /** The comparison of the documents of a parcel that are on file. */
    ThreeDocumentComparison.Result result(Parcel parcel) {
        return comparison.compare(documentOf(parcel.order()), documentOf(parcel.payment()),
                documentOf(parcel.waybill()), parcel.inventory().document());
    }

    private void decide(InventoryState state, Parcel parcel, ThreeDocumentComparison.Result result, Instant now,
                        boolean timedOut) {
        DeclaredRecord inventory = parcel.inventory().record();
        Transition compared = new ImportInventory(InventoryStatus.of(state.status())).compared(result,
                timedOut ? wait : null);
        // numbered as it is taken, in one statement: a number taken by a transaction that lost the claim is skipped
        String invtNo = compared.to() == InventoryStatus.REJECTED ? null
                : receipts.newInvtNo(inventory.customsCode(), false, now);
        if (!parcels.claim(state.agentCode(), state.copNo(), invtNo)) {
            return;
        }
        if (compared.to() == InventoryStatus.REJECTED) {
            Transition.Step refused = compared.steps().get(0);
            parcels.move(state.agentCode(), state.copNo(), List.of(new HistoryEntry(refused.returnStatus(),
                    refused.info(), now), new HistoryEntry(compared.to().name(), null, now)));
            parcels.refusedFor(state.agentCode(), state.copNo(), result.rule());
            ParcelDocuments.Inventory declared = parcel.inventory().document();
            events.add(ComparisonRefused.Batch.class, ComparisonRefused.Batch::new, ComparisonRefused.of("I",
                    state.agentCode(), state.copNo(), declared.orderNo(), declared.ebpCode(), declared.ebcCode(),
                    result.rule(), refused, now));
            receipts.issue(parcel.inventory().senderCode(), "CEB622", inventory, state.preNo(),
                    refused.returnStatus(), refused.info(), now);
            return;
        }
        events.add(InventoryCompared.Batch.class, InventoryCompared.Batch::new, compared(state, parcel, invtNo, now));
    }

    /** The inventory and its order as customs is shown them. */
    private static InventoryCompared compared(InventoryState state, Parcel parcel, String invtNo, Instant now) {
        ParcelDocuments.Inventory i = parcel.inventory().document();
        ParcelDocuments.Payment payment = documentOf(parcel.payment());
        return new InventoryCompared(invtNo, state.agentCode(), state.copNo(), i.orderNo(), i.ebpCode(),
                i.ebcCode(), parcel.inventory().record().customsCode(), i.tradeMode(), i.emsNo(), i.assureCode(),
                i.buyerIdNumber(), i.buyerName(), i.freight(), i.insuredFee(), parcel.order().document().taxTotal(),
                payment == null ? null : new InventoryCompared.Payment(payment.payCode(), payment.payTransactionId(),
                        payment.amountPaid()),
                i.lines().stream().map(InventoryCompared.Line::of).toList(), now);
    }

    private static <T> T documentOf(Sent<T> sent) {
        return sent == null ? null : sent.document();
    }
}
