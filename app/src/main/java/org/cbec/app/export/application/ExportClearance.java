package org.cbec.app.export.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.clearance.ComparisonRefused;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.clearance.domain.Transition;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Receipts;
import org.cbec.app.clearance.intake.Touched;
import org.cbec.app.export.ExportDecided;
import org.cbec.app.export.ExportInventoryCompared;
import org.cbec.app.export.application.ExportDocumentStore.Sent;
import org.cbec.app.export.domain.ExportComparison;
import org.cbec.app.export.domain.ExportDocuments;
import org.cbec.app.export.domain.ExportInventory;
import org.cbec.app.export.persistence.ExportRepository.ExportInventoryRow;
import org.cbec.app.export.persistence.ExportRepository.HistoryEntry;
import org.cbec.app.export.persistence.ExportRepository;
import org.cbec.app.export.persistence.ExportWaybillRepository;
import org.cbec.app.registry.Registry;
import org.cbec.app.shared.BatchedEvents;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.cbec.app.shared.persistence.DocumentTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export clearance (CEB-SPEC.md §4.2): order CEB303, receipt of payment CEB403 (unless
 * {@code cbec.export.receipt-required} is false, as in the pilots of GACC 2024 No. 167), waybill CEB505 and
 * inventory CEB603 arrive in any order; when the set is complete the export comparison runs: consistent, the
 * inventory is taken in (120), numbered (invtNo with E) and handed to customs ({@link ExportInventoryCompared});
 * customs' review ({@link ExportDecided}) leaves it reviewed (399) or held for an officer (300); it is released (800)
 * only once its waybill has arrived at the supervised site (CEB507), and closed (899) when it has left (CEB509).
 */
@Service
public class ExportClearance {

    private final ExportDocumentStore documents;
    private final ExportRepository exports;
    private final ExportWaybillRepository waybillMoves;
    private final Receipts receipts;
    private final ExportComparison comparison;
    private final boolean receiptRequired;
    private final Duration wait;
    private final Clock clock;
    private final BatchedEvents events;
    private final EventDelivery delivery;
    private final TransactionTemplate transactions;

    ExportClearance(ExportDocumentStore documents, ExportRepository exports, ExportWaybillRepository waybillMoves,
                    Receipts receipts, Registry registry, Clock clock, BatchedEvents events, EventDelivery delivery,
                    TransactionTemplate transactions,
                    @Value("${cbec.export.receipt-required:true}") boolean receiptRequired,
                    @Value("${cbec.comparison.wait:PT24H}") Duration wait) {
        this.documents = documents;
        this.exports = exports;
        this.waybillMoves = waybillMoves;
        this.receipts = receipts;
        this.comparison = new ExportComparison(registry::isRegistered);
        this.clock = clock;
        this.events = events;
        this.delivery = delivery;
        this.transactions = transactions;
        this.receiptRequired = receiptRequired;
        this.wait = wait;
    }

    Duration waitFor() {
        return wait;
    }

    boolean receiptRequired() {
        return receiptRequired;
    }

    static ExportInventory aggregate(ExportInventoryRow row) {
        return new ExportInventory(InventoryStatus.of(row.status()));
    }

    /** Compares again, after commit, the waiting inventories a transaction touched. */
    @Transactional
    public void recheck(List<Touched> touched, Instant now) {
        // two statements for a message's ten parcels, not one a parcel for its state and four for its set
        List<ExportInventoryRow> waiting = exports.waitingFor(touched.stream()
                .map(t -> new DocumentTable.Keys(t.type(), t.keyA(), t.keyB())).toList());
        documents.read(waiting.stream().flatMap(ExportDocumentStore::keysOf).toList());
        waiting.forEach(state -> compare(state, now));
    }

    /** Rejects the export inventories whose documents did not all arrive in time; returns how many. */
    public int expireOverdue(Instant now) {
        return delivery.inTransaction(transactions, () -> {
            int expired = 0;
            for (ExportInventoryRow state : exports.overdue(now)) {
                expired += compare(state, now, true) ? 1 : 0;
            }
            return expired;
        });
    }

    /** Checks the waiting export inventories' deadlines (every minute by default). */
    @Scheduled(fixedDelayString = "${cbec.comparison.check-every:PT1M}")
    void expireOverdueNow() {
        expireOverdue(clock.instant());
    }

    void compare(ExportInventoryRow state, Instant now) {
        compare(state, now, false);
    }

    /** Compares the set; decides it when complete, or when its time is up; says whether it decided. */
    private boolean compare(ExportInventoryRow state, Instant now, boolean timedOut) {
        var order = documents.sent(ExportDocumentStore.ORDER, state.ebpCode(), state.orderNo(),
                ExportDocuments.Order.class);
        var receipt = documents.sent(ExportDocumentStore.RECEIPT, state.ebpCode(), state.orderNo(),
                ExportDocuments.Receipt.class);
        var waybill = documents.sent(ExportDocumentStore.WAYBILL, state.logisticsCode(), state.logisticsNo(),
                ExportDocuments.Waybill.class);
        var inventory = documents.sent(ExportDocumentStore.INVENTORY, state.agentCode(), state.copNo(),
                ExportDocuments.Inventory.class);
        ThreeDocumentComparison.Result result = comparison.compare(document(order), document(receipt),
                document(waybill), inventory.document(), receiptRequired);
        if (!result.complete() && !timedOut) {
            return false;
        }
        Transition compared = aggregate(state).compared(result, timedOut ? wait : null);
        DeclaredRecord record = inventory.record();
        // numbered as it is taken, in one statement: a number taken by a transaction that lost the claim is skipped
        String invtNo = compared.to() == InventoryStatus.REJECTED ? null
                : receipts.newInvtNo(record.customsCode(), true, now);
        if (!exports.claim(state.agentCode(), state.copNo(), invtNo)) {
            return false;
        }
        if (compared.to() == InventoryStatus.REJECTED) {
            move(state, record, inventory.sender(), compared, now, null);
            events.add(ComparisonRefused.Batch.class, ComparisonRefused.Batch::new, ComparisonRefused.of("E",
                    state.agentCode(), state.copNo(), inventory.document().orderNo(), inventory.document().ebpCode(),
                    inventory.document().ebcCode(), result.rule(), compared.steps().get(0), now));
            return true;
        }
        Transition.Step takenIn = compared.steps().get(0);
        exports.note(state.agentCode(), state.copNo(), new HistoryEntry(takenIn.returnStatus(), takenIn.info(), now));
        for (Sent<?> other : java.util.stream.Stream.of(order, receipt, waybill).filter(java.util.Objects::nonNull)
                .toList()) {
            receipts.issue(other.sender(), other.receiptType(), other.record(), null, takenIn.returnStatus(),
                    takenIn.info(), now);
        }
        receipts.issue(inventory.sender(), "CEB604", record.withInvtNo(invtNo), state.preNo(),
                takenIn.returnStatus(), takenIn.info(), now);
        ExportDocuments.Inventory declared = inventory.document();
        ExportDocuments.Receipt paid = document(receipt);
        events.add(ExportInventoryCompared.Batch.class, ExportInventoryCompared.Batch::new,
                new ExportInventoryCompared(invtNo, state.agentCode(), state.copNo(), declared.ebpCode(),
                        declared.ebcCode(), declared.ownerCode(), declared.tradeMode(), declared.freight(),
                        paid == null ? null : new ExportInventoryCompared.Receipt(paid.payCode(), paid.payNo(),
                                paid.charge(), paid.currency()),
                        declared.lines().stream().map(InventoryCompared.Line::of).toList(), now));
        return true;
    }

    /** 800 放行 once reviewed and arrived; 899 结关 at once if the waybill has already left. */
    void release(ExportInventoryRow state, DeclaredRecord record, String sender,
                 ExportWaybillRepository.Movement movement, Instant now) {
        Transition released = aggregate(state).released();
        move(state, record, sender, released, now, now);
        if (movement.departedAt() != null) {
            close(state.in(released.to()), record, sender, now);
        }
    }

    void close(ExportInventoryRow state, DeclaredRecord record, String sender, Instant now) {
        move(state, record, sender, aggregate(state).closed(), now, null);
    }

    /** The transition's steps as CEB604 receipts and history, then its state (released at, when not null). */
    private void move(ExportInventoryRow state, DeclaredRecord record, String sender, Transition transition,
                      Instant now, Instant releasedAt) {
        List<HistoryEntry> history = new ArrayList<>(transition.steps().stream()
                .map(step -> new HistoryEntry(step.returnStatus(), step.info(), now)).toList());
        history.add(new HistoryEntry(transition.to().name(), null, now));
        exports.move(state.agentCode(), state.copNo(), history, releasedAt);
        transition.steps().forEach(step -> receipts.issue(sender, "CEB604", record, state.preNo(),
                step.returnStatus(), step.info(), now));
    }

    /** Customs' reviews, applied once customs has committed them. */
    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ExportDecided.Batch decided) {
        Retries.inTransaction(transactions, "applying " + decided.decisions().size() + " export reviews",
                () -> apply(decided.decisions()));
    }

    /**
     * A transaction's reviews, their inventories, the documents that say who declared them and their waybills'
     * movements read at once: three statements, where each review asked for them one by one.
     */
    private void apply(List<ExportDecided> decisions) {
        List<ExportInventoryRow> found = exports.read(decisions.stream().map(d -> new DocumentTable.Keys(
                ExportDocumentStore.INVENTORY, d.agentCode(), d.copNo())).toList());
        documents.read(found.stream().map(row -> new DocumentTable.Keys(ExportDocumentStore.INVENTORY,
                row.agentCode(), row.copNo())).toList());
        Map<List<String>, ExportWaybillRepository.Movement> movements = waybillMoves.movements(found.stream()
                .map(row -> new DocumentTable.Keys(ExportDocumentStore.WAYBILL, row.logisticsCode(),
                        row.logisticsNo())).toList());
        // a second review of the same inventory finds it as the first left it: written, it is read again
        decisions.forEach(decision -> exports.find(decision.agentCode(), decision.copNo()).ifPresent(row ->
                apply(decision, row, movements.getOrDefault(List.of(row.logisticsCode(), row.logisticsNo()),
                        new ExportWaybillRepository.Movement(null, null)))));
    }

    /**
     * Held for an officer (300); reviewed (399), and released (800) once its waybill has arrived; or rejected by
     * an officer (100), only while the inventory is in the state it was decided in. An export list knows no other
     * outcome (CEB604 documents 300, 399, 800, 899 and 100).
     */
    private void apply(ExportDecided decided, ExportInventoryRow found, ExportWaybillRepository.Movement movement) {
        InventoryStatus to = switch (decided.outcome()) {
            case RELEASED -> InventoryStatus.REVIEWED;
            case REVIEW -> InventoryStatus.REVIEW;
            default -> InventoryStatus.REJECTED;
        };
        // the release (800) is the arrival's to give: an approval is reviewed (399) here
        List<Transition.Step> steps = decided.steps().stream()
                .map(step -> new Transition.Step(step.returnStatus(), step.info()))
                .limit(to == InventoryStatus.REVIEWED ? 1 : decided.steps().size()).toList();
        InventoryStatus from = InventoryStatus.atStage(decided.from().name());
        Optional<Transition> transition = aggregate(found).decided(from, steps, to);
        if (transition.isEmpty()) {
            return;
        }
        Instant now = decided.at();
        List<HistoryEntry> history = new ArrayList<>(steps.stream()
                .map(step -> new HistoryEntry(step.returnStatus(), step.info(), now)).toList());
        history.add(new HistoryEntry(to.name(), null, now));
        if (!exports.moveFrom(found.agentCode(), found.copNo(), from.name(), history)) {
            return;
        }
        var inventory = documents.sender(ExportDocumentStore.INVENTORY, found.agentCode(), found.copNo())
                .orElseThrow();
        DeclaredRecord numbered = inventory.record().withInvtNo(decided.invtNo());
        steps.forEach(step -> receipts.issue(inventory.senderCode(), "CEB604", numbered, found.preNo(),
                step.returnStatus(), step.info(), now));
        if (to == InventoryStatus.REVIEWED && movement.arrivedAt() != null) {
            release(found.in(to), numbered, inventory.senderCode(), movement, now);
        }
    }

    private static <T> T document(Sent<T> sent) {
        return sent == null ? null : sent.document();
    }
}
