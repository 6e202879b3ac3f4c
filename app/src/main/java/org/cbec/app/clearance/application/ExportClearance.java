package org.cbec.app.clearance.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.ExportDecided;
import org.cbec.app.clearance.ExportInventoryCompared;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.cbec.app.clearance.domain.DeclaringParty;
import org.cbec.app.clearance.domain.DocumentChange;
import org.cbec.app.clearance.domain.ExportComparison;
import org.cbec.app.clearance.domain.ExportDocuments;
import org.cbec.app.clearance.domain.ReturnStatus;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.clearance.persistence.ExportRepository;
import org.cbec.app.clearance.persistence.ExportRepository.ExportInventory;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.clearance.persistence.ParcelRepository.HistoryEntry;
import org.cbec.app.registry.Registry;
import org.springframework.beans.factory.annotation.Value;
import org.cbec.app.shared.BatchedEvents;
import org.cbec.app.shared.EventDelivery;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export clearance (CEB-SPEC.md §4.2): order CEB303, receipt of payment CEB403 (unless
 * {@code cbec.export.receipt-required} is false, as in the pilots of GACC 2024 No. 167), waybill CEB505 and
 * inventory CEB603 arrive in any order; when the set is complete the export comparison runs: consistent, the
 * inventory is taken in and reviewed (120 → 399) and numbered (invtNo with E); released (800) only once its waybill
 * has arrived at the supervised site (CEB507), and closed (899) when it has left the country (CEB509). A
 * cancellation (CEB605) is taken before departure.
 */
@Service
public class ExportClearance {

    static final String ORDER = "E_ORDER";
    static final String RECEIPT = "E_RECEIPT";
    static final String WAYBILL = "E_WAYBILL";
    static final String INVENTORY = "E_INVT";

    static final String WAITING = "WAITING";
    static final String REVIEWED = "REVIEWED";
    /** Held at 300 for a customs officer. */
    static final String IN_REVIEW = "REVIEW";
    static final String RELEASED = "RELEASED";
    static final String CLOSED = "CLOSED";
    static final String REJECTED = "REJECTED";
    static final String CANCELLED = "CANCELLED";
    /** Taken in (120) and handed to customs, until its review is applied. */
    static final String DECIDING = "DECIDING";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ParcelRepository documents;
    private final ExportRepository exports;
    private final ReceiptIssuer receipts;
    private final ExportComparison comparison;
    private final boolean receiptRequired;
    private final Duration wait;
    private final ExportSummaries summaries;
    private final java.time.Clock clock;
    private final BatchedEvents events;
    private final EventDelivery delivery;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ExportClearance(ParcelRepository documents, ExportRepository exports, ReceiptIssuer receipts, Registry registry,
                    ExportSummaries summaries, java.time.Clock clock,
                    BatchedEvents events, EventDelivery delivery,
                    org.springframework.transaction.support.TransactionTemplate transactions,
                    @Value("${cbec.export.receipt-required:true}") boolean receiptRequired,
                    @Value("${cbec.comparison.wait:PT24H}") Duration wait) {
        this.documents = documents;
        this.summaries = summaries;
        this.clock = clock;
        this.events = events;
        this.delivery = delivery;
        this.transactions = transactions;
        this.exports = exports;
        this.receipts = receipts;
        this.comparison = new ExportComparison(registry::isRegistered);
        this.receiptRequired = receiptRequired;
        this.wait = wait;
    }

    /** Whether a declared document is one export clearance takes. */
    static boolean isExportDocument(Object document) {
        return document instanceof ExportDocuments.Order || document instanceof ExportDocuments.Receipt
                || document instanceof ExportDocuments.Waybill || document instanceof ExportDocuments.Inventory
                || document instanceof ExportDeclarations.WaybillMovement
                || document instanceof ExportDeclarations.Cancellation
                || document instanceof ExportSummaries.Application
                || document instanceof ExportDeclarations.MasterBill
                || document instanceof ExportDeclarations.ReturnApplication
                || document instanceof ExportDeclarations.Tally;
    }

    /** The pre-entry number of an export inventory, kept from its first declaration. */
    Optional<String> preNoOf(DeclaredRecord record) {
        return exports.find(record.agentCode(), record.copNo()).map(ExportInventory::preNo);
    }

    /** A declared export record (inside the intake transaction); the keys it touched go to {@code touched}. */
    void take(String sender, String receiptType, DeclaredRecord record, Object document, String preNo, Instant now,
              List<ParcelComparison.Touched> touched) {
        if (document instanceof ExportSummaries.Application application) {
            summaries.apply(sender, record, application, preNo, now);
        } else if (document instanceof ExportDeclarations.MasterBill bill) {
            masterBill(sender, receiptType, record, bill, preNo, now);
        } else if (document instanceof ExportDeclarations.ReturnApplication application) {
            returnGoods(sender, receiptType, record, application, preNo, now);
        } else if (document instanceof ExportDeclarations.Tally tally) {
            tally(sender, receiptType, record, tally, preNo, now);
        } else if (document instanceof ExportDeclarations.WaybillMovement movement) {
            move(sender, receiptType, record, movement, preNo, now);
        } else if (document instanceof ExportDeclarations.Cancellation cancellation) {
            cancel(sender, receiptType, record, cancellation, preNo, now);
        } else if (document instanceof ExportDocuments.Inventory inventory) {
            declareInventory(sender, receiptType, record, inventory, preNo, now, touched);
        } else {
            String type = document instanceof ExportDocuments.Order ? ORDER
                    : document instanceof ExportDocuments.Receipt ? RECEIPT : WAYBILL;
            String keyA = WAYBILL.equals(type) ? record.logisticsCode() : record.ebpCode();
            String keyB = WAYBILL.equals(type) ? record.logisticsNo() : record.orderNo();
            if (notTheDeclarant(sender, receiptType, record, preNo, now, type, keyA, keyB, null)) {
                return;
            }
            if ("3".equals(record.appType())) {
                documents.deleteDocument(type, keyA, keyB);
            } else {
                documents.putDocument(type, keyA, keyB, record.recordGuid(), sender,
                        JSON.writeValueAsString(new ParcelComparison.Stored<>(record, document)), now);
            }
            declared(sender, receiptType, record, preNo, now);
            touched.add(new ParcelComparison.Touched(type, keyA, keyB));
            for (ExportInventory waiting : exports.naming(type, keyA, keyB, WAITING)) {
                compare(waiting, now);
            }
        }
    }

    private void declareInventory(String sender, String receiptType, DeclaredRecord record,
                                  ExportDocuments.Inventory inventory, String preNo, Instant now,
                                  List<ParcelComparison.Touched> touched) {
        if (notTheDeclarant(sender, receiptType, record, preNo, now, INVENTORY, record.agentCode(), record.copNo(),
                null)) {
            return;
        }
        Optional<ExportInventory> existing = exports.find(record.agentCode(), record.copNo());
        if (existing.isPresent() && !List.of(WAITING, REJECTED, CANCELLED).contains(existing.get().status())) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: inventory copNo "
                    + record.copNo() + " is " + existing.get().status() + " and can no longer be changed", now);
            return;
        }
        documents.putDocument(INVENTORY, record.agentCode(), record.copNo(), record.recordGuid(), sender,
                JSON.writeValueAsString(new ParcelComparison.Stored<>(record, inventory)), now);
        ExportInventory state = new ExportInventory(record.agentCode(), record.copNo(), inventory.ebpCode(),
                inventory.orderNo(), inventory.logisticsCode(), inventory.logisticsNo(), record.recordGuid(), preNo,
                null, WAITING, now.plus(wait), null);
        exports.put(state, now);
        exports.describe(record.agentCode(), record.copNo(), inventory.ebcCode(), inventory.statisticsFlag());
        exports.move(record.agentCode(), record.copNo(), List.of(new HistoryEntry(WAITING, "电子口岸申报中", now)));
        declared(sender, receiptType, record, preNo, now);
        touched.add(new ParcelComparison.Touched(INVENTORY, record.agentCode(), record.copNo()));
        compare(state, now);
    }

    /** Compares again, after commit, the waiting inventories a transaction touched. */
    @Transactional
    public void recheck(List<ParcelComparison.Touched> touched, Instant now) {
        for (ParcelComparison.Touched key : touched) {
            List<ExportInventory> waiting = INVENTORY.equals(key.type())
                    ? exports.find(key.keyA(), key.keyB()).filter(s -> WAITING.equals(s.status())).stream().toList()
                    : exports.naming(key.type(), key.keyA(), key.keyB(), WAITING);
            for (ExportInventory state : waiting) {
                compare(state, now);
            }
        }
    }

    /** Rejects the export inventories whose documents did not all arrive in time; returns how many. */
    public int expireOverdue(Instant now) {
        return delivery.inTransaction(transactions, () -> {
            int expired = 0;
            for (ExportInventory state : exports.overdue(now)) {
                expired += compare(state, now, true) ? 1 : 0;
            }
            return expired;
        });
    }

    /** Checks the waiting export inventories' deadlines (every minute by default). */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${cbec.comparison.check-every:PT1M}")
    void expireOverdueNow() {
        expireOverdue(clock.instant());
    }

    private void compare(ExportInventory state, Instant now) {
        compare(state, now, false);
    }

    /** Compares the set; decides it when complete, or when its time is up; says whether it decided. */
    private boolean compare(ExportInventory state, Instant now, boolean timedOut) {
        var order = sent(ORDER, state.ebpCode(), state.orderNo(), ExportDocuments.Order.class);
        var receipt = sent(RECEIPT, state.ebpCode(), state.orderNo(), ExportDocuments.Receipt.class);
        var waybill = sent(WAYBILL, state.logisticsCode(), state.logisticsNo(), ExportDocuments.Waybill.class);
        var inventory = sent(INVENTORY, state.agentCode(), state.copNo(), ExportDocuments.Inventory.class);
        ThreeDocumentComparison.Result result = comparison.compare(document(order), document(receipt),
                document(waybill), inventory.stored().document(), receiptRequired);
        if ((!result.complete() && !timedOut) || !exports.claim(state.agentCode(), state.copNo())) {
            return false;
        }
        DeclaredRecord record = inventory.stored().record();
        if (!result.consistent()) {
            String info = (timedOut ? "海关退单: not complete within " + wait + "; " : "海关退单: ") + result.reasons();
            exports.move(state.agentCode(), state.copNo(), List.of(new HistoryEntry("100", info, now),
                    new HistoryEntry(REJECTED, null, now)));
            receipts.issue(inventory.sender(), "CEB604", record, state.preNo(), "100", info, now);
            return true;
        }
        String invtNo = receipts.newInvtNo(record.customsCode(), true, now);
        exports.numbered(state.agentCode(), state.copNo(), invtNo);
        exports.note(state.agentCode(), state.copNo(), new HistoryEntry("120", "海关入库", now));
        for (Sent<?> other : new Sent<?>[] {order, receipt, waybill}) {
            if (other != null) {
                receipts.issue(other.sender(), other.receiptType(), other.stored().record(), null, "120", "海关入库",
                        now);
            }
        }
        receipts.issue(inventory.sender(), "CEB604", record.withInvtNo(invtNo), state.preNo(), "120", "海关入库", now);
        ExportDocuments.Inventory declared = inventory.stored().document();
        events.add(ExportInventoryCompared.Batch.class, ExportInventoryCompared.Batch::new,
                new ExportInventoryCompared(invtNo, state.agentCode(), state.copNo(), declared.ebpCode(),
                declared.ebcCode(), declared.ownerCode(), declared.tradeMode(), declared.lines().stream()
                .map(l -> new InventoryCompared.Line(l.gnum(), l.gcode(), l.itemName(), l.itemRecordNo(), l.qty(),
                        l.unit(), l.qty1(), l.unit1(), l.price(), l.totalPrice())).toList(), now));
        return true;
    }

    /** 800 放行 once reviewed and arrived; 899 结关 at once if the waybill has already left. */
    private void release(ExportInventory state, DeclaredRecord record, String sender, ExportRepository.Movement movement,
                         Instant now) {
        exports.move(state.agentCode(), state.copNo(), List.of(new HistoryEntry("800", "放行", now),
                new HistoryEntry(RELEASED, null, now)));
        exports.released(state.agentCode(), state.copNo(), now);
        receipts.issue(sender, "CEB604", record, state.preNo(), "800", "放行", now);
        if (movement.departedAt() != null) {
            close(state, record, sender, now);
        }
    }

    private void close(ExportInventory state, DeclaredRecord record, String sender, Instant now) {
        exports.move(state.agentCode(), state.copNo(), List.of(new HistoryEntry("899", "结关", now),
                new HistoryEntry(CLOSED, null, now)));
        receipts.issue(sender, "CEB604", record, state.preNo(), "899", "结关", now);
    }

    /** CEB507 arrival or CEB509 departure of waybills. */
    private void move(String sender, String receiptType, DeclaredRecord record,
                      ExportDeclarations.WaybillMovement movement, String preNo, Instant now) {
        List<String> unknown = movement.logisticsNos().stream().filter(no -> documents.document(WAYBILL,
                movement.logisticsCode(), no).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: no waybill CEB505 of "
                    + "logisticsCode " + movement.logisticsCode() + " on file for logisticsNo "
                    + String.join(", ", unknown), now);
            return;
        }
        String what = movement.departure() ? "离境" : "运抵";
        declared(sender, receiptType, record, preNo, now);
        receipts.issue(sender, receiptType, record, preNo, "399", "海关审结: " + what + " "
                + movement.logisticsNos().size() + " waybills", now);
        for (String no : movement.logisticsNos()) {
            exports.moved(movement.logisticsCode(), no, movement.departure(), now);
            ExportRepository.Movement at = exports.movement(movement.logisticsCode(), no);
            String waiting = movement.departure() ? RELEASED : REVIEWED;
            for (ExportInventory state : exports.naming(WAYBILL, movement.logisticsCode(), no, waiting)) {
                var inventory = sent(INVENTORY, state.agentCode(), state.copNo(), ExportDocuments.Inventory.class);
                DeclaredRecord numbered = inventory.stored().record().withInvtNo(state.invtNo());
                if (movement.departure()) {
                    close(state, numbered, inventory.sender(), now);
                } else {
                    release(state, numbered, inventory.sender(), at, now);
                }
            }
        }
    }

    /** CEB605: a reviewed or released inventory is cancelled while its goods have not left. */
    private void cancel(String sender, String receiptType, DeclaredRecord record,
                        ExportDeclarations.Cancellation cancellation, String preNo, Instant now) {
        Optional<ExportInventory> found = exports.byInvtNo(record.agentCode(), cancellation.invtNo());
        if (found.isEmpty()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: no export inventory "
                    + cancellation.invtNo() + " declared by " + record.agentCode(), now);
            return;
        }
        ExportInventory state = found.get();
        if (notTheDeclarant(sender, receiptType, record, state.preNo(), now, INVENTORY, state.agentCode(),
                state.copNo(), exports.ebcCodeOf(state.agentCode(), state.copNo()).orElse(null))) {
            return;
        }
        if (!REVIEWED.equals(state.status()) && !RELEASED.equals(state.status())) {
            receipts.issue(sender, receiptType, record, state.preNo(), ReturnStatus.REJECTED, "海关退单: inventory "
                    + cancellation.invtNo() + " is " + state.status() + "; only a reviewed or released inventory "
                    + "whose goods have not left is cancelled", now);
            return;
        }
        declared(sender, receiptType, record, state.preNo(), now);
        receipts.issue(sender, receiptType, record, state.preNo(), "120", "海关入库", now);
        receipts.issue(sender, receiptType, record, state.preNo(), "399", "海关审结: 清单已撤销", now);
        exports.move(state.agentCode(), state.copNo(), List.of(new HistoryEntry(CANCELLED, "撤单 (CEB605 "
                + record.recordGuid() + "): " + cancellation.reason(), now)));
    }

    /**
     * Refuses (-10102) a record that changes or follows up a document another enterprise declared; the
     * {@code principal} (the inventory's e-commerce enterprise), when given, may act too.
     */
    private boolean notTheDeclarant(String sender, String receiptType, DeclaredRecord record, String preNo,
                                    Instant now, String type, String keyA, String keyB, String principal) {
        Optional<DocumentChange.Refusal> refusal = DeclaringParty.check(keyB, documents.document(type, keyA, keyB)
                .map(ParcelRepository.StoredDocument::senderCode).orElse(null), principal, sender);
        refusal.ifPresent(r -> receipts.issue(sender, receiptType, record, preNo, r.returnStatus(), r.returnInfo(),
                now));
        return refusal.isPresent();
    }

    /** CEB607: waybills (and the inventories on them) leave under this master bill. */
    private void masterBill(String sender, String receiptType, DeclaredRecord record,
                            ExportDeclarations.MasterBill bill, String preNo, Instant now) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < bill.logisticsNos().size(); i++) {
            String no = bill.logisticsNos().get(i);
            String invtNo = bill.invtNos().get(i);
            if (documents.document(WAYBILL, bill.logisticsCode(), no).isEmpty()) {
                problems.add("no waybill CEB505 on file for logisticsNo " + no);
            } else if (invtNo != null && !invtNo.isBlank() && exports.byInvtNo(record.agentCode(), invtNo)
                    .filter(s -> s.logisticsNo().equals(no)).isEmpty()) {
                problems.add("inventory " + invtNo + " of " + record.agentCode() + " does not travel on " + no);
            }
        }
        if (!problems.isEmpty()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: "
                    + String.join("; ", problems), now);
            return;
        }
        bill.logisticsNos().forEach(no -> exports.billOf(bill.logisticsCode(), no, bill.billNo()));
        declared(sender, receiptType, record, preNo, now);
        receipts.issue(sender, receiptType, record, preNo, "399", "海关审结: " + bill.logisticsNos().size()
                + " waybills under bill " + bill.billNo(), now);
    }

    /**
     * CEB213: goods of a closed export inventory come back. Taken in (120), then suspended (600 挂起) until the
     * site tallies them; applied for at another customs than the one that cleared them, handed over first (505 移交).
     */
    private void returnGoods(String sender, String receiptType, DeclaredRecord record,
                             ExportDeclarations.ReturnApplication application, String preNo, Instant now) {
        Optional<ExportInventory> original = exports.byInvtNo(record.agentCode(), application.invtNo());
        String refusal = original.isEmpty() ? "no export inventory " + application.invtNo() + " declared by "
                + record.agentCode()
                : !CLOSED.equals(original.get().status()) ? "inventory " + application.invtNo() + " is "
                + original.get().status() + "; only goods that left the country (899) come back"
                : !original.get().logisticsNo().equals(application.logisticsNo()) ? "inventory "
                + application.invtNo() + " travelled on " + original.get().logisticsNo() + ", not on "
                + application.logisticsNo()
                : exports.anyReturn(application.invtNo()) ? "inventory " + application.invtNo()
                + " already has a return" : null;
        if (refusal != null) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: " + refusal, now);
            return;
        }
        if (notTheDeclarant(sender, receiptType, record, preNo, now, INVENTORY, original.get().agentCode(),
                original.get().copNo(), exports.ebcCodeOf(original.get().agentCode(), original.get().copNo())
                        .orElse(null))) {
            return;
        }
        exports.returnApplied(new ExportRepository.ExportReturn(record.recordGuid(), sender, record.agentCode(),
                record.ebpCode(), record.ebcCode(), application.coElNo(), preNo, application.invtNo(),
                application.logisticsCode(), application.logisticsNo(), "SUSPENDED"), now);
        declared(sender, receiptType, record, preNo, now);
        receipts.issue(sender, receiptType, record, preNo, "120", "海关入库", now);
        if (!application.invtNo().startsWith(application.customsCode())) {
            receipts.issue(sender, receiptType, record, preNo, "505", "移交: cleared by customs "
                    + application.invtNo().substring(0, 4) + ", returned at " + application.customsCode(), now);
        }
        receipts.issue(sender, receiptType, record, preNo, "600", "挂起: waiting for the goods to be tallied "
                + "(CEB215)", now);
    }

    /** CEB215: the site tallies a returned parcel; its return is released (800). */
    private void tally(String sender, String receiptType, DeclaredRecord record, ExportDeclarations.Tally tally,
                       String preNo, Instant now) {
        List<ExportRepository.ExportReturn> awaiting = exports.awaitingTally(tally.logisticsCode(),
                tally.logisticsNo());
        if (awaiting.isEmpty()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: no return (CEB213) "
                    + "awaits the parcel of logisticsCode " + tally.logisticsCode() + ", logisticsNo "
                    + tally.logisticsNo(), now);
            return;
        }
        declared(sender, receiptType, record, preNo, now);
        receipts.issue(sender, receiptType, record, preNo, "399", "海关审结: 理货完成", now);
        for (ExportRepository.ExportReturn back : awaiting) {
            exports.tallied(back.recordGuid(), now);
            DeclaredRecord application = new DeclaredRecord(back.recordGuid(), "1", "2", null, back.ebpCode(),
                    back.ebcCode(), null, null, back.logisticsNo(), back.logisticsCode(), null, back.agentCode(), null,
                    back.invtNo(), null, java.util.Map.of("coElNo", back.coElNo()));
            receipts.issue(back.senderCode(), "CEB214", application, back.preNo(), "800", "放行: 退货已理货", now);
        }
    }

    private void declared(String sender, String receiptType, DeclaredRecord record, String preNo, Instant now) {
        receipts.issue(sender, receiptType, record, preNo, ReturnStatus.DECLARING, "电子口岸申报中", now);
        receipts.issue(sender, receiptType, record, preNo, ReturnStatus.SENT_TO_CUSTOMS, "发送海关成功", now);
    }

    /** A stored export document, its sender and the receipt type of its kind. */
    private record Sent<T>(String sender, String receiptType, ParcelComparison.Stored<T> stored) {
    }

    private static <T> T document(Sent<T> sent) {
        return sent == null ? null : sent.stored().document();
    }

    private <T> Sent<T> sent(String type, String keyA, String keyB, Class<T> documentClass) {
        String receiptType = switch (type) {
            case ORDER -> "CEB304";
            case RECEIPT -> "CEB404";
            case WAYBILL -> "CEB506";
            default -> "CEB604";
        };
        JavaType stored = JSON.getTypeFactory().constructParametricType(ParcelComparison.Stored.class, documentClass);
        return documents.document(type, keyA, keyB).map(d -> new Sent<T>(d.senderCode(), receiptType,
                JSON.readValue(d.body(), stored))).orElse(null);
    }

    Optional<Object> describe(String invtNo) {
        if (!org.cbec.app.clearance.InvtNo.export(invtNo)) {
            return Optional.empty();
        }
        return exports.byInvtNo(invtNo).map(s -> new ExportView(s, exports.history(s.agentCode(), s.copNo())));
    }

    /**
     * Customs' review, applied once customs has committed it, and only while the inventory is in the state it was
     * taken on: held for an officer (300 人工审核); reviewed (399), and released (800) once its waybill has
     * arrived; or rejected by an officer (100). An export list knows no other outcome (CEB604 documents 300, 399,
     * 800, 899 and 100).
     */
    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ExportDecided.Batch decided) {
        org.cbec.app.shared.Retries.onConflict("applying " + decided.decisions().size() + " export reviews", () ->
                transactions.execute(status -> {
                    decided.decisions().forEach(this::apply);
                    return null;
                }));
    }

    private void apply(ExportDecided decided) {
        ExportInventory found = exports.find(decided.agentCode(), decided.copNo()).orElse(null);
        if (found == null || !decided.from().equals(found.status())) {
            return;
        }
        Instant now = decided.at();
        String status = switch (decided.outcome()) {
            case RELEASED -> REVIEWED;
            case REVIEW -> IN_REVIEW;
            default -> REJECTED;
        };
        // the release (800) is the arrival's to give: an approval is reviewed (399) here
        List<CustomsDecided.Step> steps = decided.outcome() == CustomsDecided.Outcome.RELEASED
                ? decided.steps().subList(0, 1) : decided.steps();
        List<HistoryEntry> history = new ArrayList<>(steps.stream()
                .map(step -> new HistoryEntry(step.returnStatus(), step.info(), now)).toList());
        history.add(new HistoryEntry(status, null, now));
        if (!exports.moveFrom(found.agentCode(), found.copNo(), decided.from(), history)) {
            return;
        }
        var inventory = sent(INVENTORY, found.agentCode(), found.copNo(), ExportDocuments.Inventory.class);
        DeclaredRecord numbered = inventory.stored().record().withInvtNo(decided.invtNo());
        steps.forEach(step -> receipts.issue(inventory.sender(), "CEB604", numbered, found.preNo(),
                step.returnStatus(), step.info(), now));
        if (REVIEWED.equals(status)) {
            ExportRepository.Movement movement = exports.movement(found.logisticsCode(), found.logisticsNo());
            if (movement.arrivedAt() != null) {
                release(found, numbered, inventory.sender(), movement, now);
            }
        }
    }

    /** An export inventory as its declarant sees it: where it stands and its history. */
    public record ExportView(ExportInventory inventory, List<HistoryEntry> history) {
    }

    @Transactional(readOnly = true)
    public Optional<ExportView> view(String agentCode, String copNo) {
        return exports.find(agentCode, copNo).map(s -> new ExportView(s, exports.history(agentCode, copNo)));
    }

    List<ParcelComparison.Touched> exportKeys(List<ParcelComparison.Touched> touched) {
        List<ParcelComparison.Touched> keys = new ArrayList<>();
        touched.stream().filter(t -> t.type().startsWith("E_")).forEach(keys::add);
        return keys;
    }
}
