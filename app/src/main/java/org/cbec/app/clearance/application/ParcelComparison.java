package org.cbec.app.clearance.application;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.cbec.app.clearance.domain.DeclaringParty;
import org.cbec.app.clearance.domain.DocumentChange;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.domain.ReturnStatus;
import org.cbec.app.clearance.domain.SupervisionMode;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.clearance.persistence.ParcelRepository.HistoryEntry;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.registry.Registry;
import org.cbec.app.shared.BatchedEvents;
import org.cbec.app.shared.EventDelivery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the three-document comparison whenever a document of a parcel arrives, in any order: the inventory waits
 * until order, payment and waybill are all there (at most {@code cbec.comparison.wait}, 24 hours by default),
 * then, when they agree, is numbered and handed to customs ({@link InventoryCompared}, published in the
 * transaction that compared it), or is rejected with 100 naming every mismatch. Customs' answer is applied by
 * {@link CustomsDecisions}.
 */
@Service
public class ParcelComparison {

    static final String ORDER = "ORDER";
    static final String PAYMENT = "PAYMENT";
    static final String WAYBILL = "WAYBILL";
    static final String INVENTORY = "INVENTORY";

    /** Inventory states (inventory_state.status) besides WAITING and the final REJECTED / DELETED. */
    static final String RELEASED = "RELEASED";
    static final String REVIEW = "REVIEW";
    static final String CLOSED = "CLOSED";
    static final String CANCELLED = "CANCELLED";
    /** Compared, numbered and handed to customs, until its decision is applied. */
    static final String DECIDING = "DECIDING";

    /** A stored document: its record (for receipts) and its compared fields. */
    public record Stored<T>(DeclaredRecord record, T document) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ParcelRepository parcels;
    private final ReceiptIssuer receipts;
    private final ThreeDocumentComparison comparison;
    private final Duration wait;
    private final java.time.Clock clock;
    private final BatchedEvents events;
    private final EventDelivery delivery;
    private final TransactionTemplate transactions;

    ParcelComparison(ParcelRepository parcels, ReceiptIssuer receipts, Registry registry, java.time.Clock clock,
                     @Value("${cbec.comparison.wait:PT24H}") Duration wait, BatchedEvents events,
                     EventDelivery delivery, TransactionTemplate transactions) {
        this.events = events;
        this.delivery = delivery;
        this.transactions = transactions;
        this.clock = clock;
        this.parcels = parcels;
        this.receipts = receipts;
        this.comparison = new ThreeDocumentComparison(registry::isRegistered);
        this.wait = wait;
    }

    /** The pre-entry number an inventory was given when first declared, kept through its modifications. */
    Optional<String> preNoOf(DeclaredRecord record) {
        return parcels.inventory(record.agentCode(), record.copNo()).map(InventoryState::preNo);
    }

    /**
     * Whether the record's appType fits what is on file for its document, and the sender is the one who declared
     * what is on file; the refusal when not.
     */
    Optional<DocumentChange.Refusal> admit(String messageType, DeclaredRecord record, Object document,
                                           String senderCode) {
        DocumentChange.Existing existing;
        String key;
        if (document instanceof ParcelDocuments.Inventory inventory) {
            List<String> problems = SupervisionMode.problems(inventory);
            if (!problems.isEmpty()) {
                return Optional.of(new DocumentChange.Refusal(ReturnStatus.INVENTORY_CHECK_FAILED,
                        "清单报文校验失败，[" + String.join("; ", problems) + "]"));
            }
            key = record.copNo();
            Optional<DocumentChange.Refusal> notTheirs = DeclaringParty.check("清单 " + key, parcels.document(INVENTORY,
                    record.agentCode(), key).map(ParcelRepository.StoredDocument::senderCode).orElse(null), null,
                    senderCode);
            if (notTheirs.isPresent()) {
                return notTheirs;
            }
            existing = parcels.inventory(record.agentCode(), record.copNo())
                    .map(state -> takenByCustoms(state.status()) ? DocumentChange.Existing.RELEASED
                            : "DELETED".equals(state.status()) ? DocumentChange.Existing.NONE
                            : "REJECTED".equals(state.status()) && "1".equals(record.appType())
                            ? DocumentChange.Existing.NONE : DocumentChange.Existing.OPEN)
                    .orElse(DocumentChange.Existing.NONE);
        } else {
            String type = typeOf(document);
            String keyA = WAYBILL.equals(type) ? record.logisticsCode() : record.ebpCode();
            key = WAYBILL.equals(type) ? record.logisticsNo() : record.orderNo();
            Optional<DocumentChange.Refusal> notTheirs = DeclaringParty.check((WAYBILL.equals(type) ? "运单 "
                    : ORDER.equals(type) ? "订单 " : "支付单 ") + key, parcels.document(type, keyA, key)
                    .map(ParcelRepository.StoredDocument::senderCode).orElse(null), null, senderCode);
            if (notTheirs.isPresent()) {
                return notTheirs;
            }
            boolean released = (WAYBILL.equals(type) ? parcels.inventoriesOfWaybill(keyA, key)
                    : parcels.inventoriesOfOrder(keyA, key)).stream().anyMatch(s -> takenByCustoms(s.status()));
            existing = parcels.document(type, keyA, key).isEmpty() ? DocumentChange.Existing.NONE
                    : released ? DocumentChange.Existing.RELEASED : DocumentChange.Existing.OPEN;
        }
        return DocumentChange.check(messageType, record.appType(), existing, key);
    }

    /** The key of a document a transaction touched, to compare again once it has committed. */
    public record Touched(String type, String keyA, String keyB) {
    }

    /** The document key of a record, as its parcel_document row has it. */
    static Touched touched(DeclaredRecord record, Object document) {
        if (document instanceof ParcelDocuments.Inventory) {
            return new Touched(INVENTORY, record.agentCode(), record.copNo());
        }
        String type = typeOf(document);
        return WAYBILL.equals(type) ? new Touched(type, record.logisticsCode(), record.logisticsNo())
                : new Touched(type, record.ebpCode(), record.orderNo());
    }

    /**
     * Compares again, after commit, the waiting inventories a transaction touched. Two documents of one parcel
     * committed at the same moment by two transactions do not see each other inside them; each looks again once
     * it has committed, so the later one finds the set complete. A decision takes the inventory only while it is
     * still waiting ({@link ParcelRepository#claim}), so a parcel is decided once.
     */
    @Transactional
    public void recheck(List<Touched> touched, Instant now) {
        for (Touched key : touched) {
            List<InventoryState> waiting = INVENTORY.equals(key.type())
                    ? parcels.waiting(key.keyA(), key.keyB()).stream().toList()
                    : parcels.waitingFor(key.type(), key.keyA(), key.keyB());
            for (InventoryState state : waiting) {
                compare(state, now);
            }
        }
    }

    /** A declared record arrived (inside the intake transaction). */
    void onDocument(DeclaredRecord record, Object document, String senderCode, String preNo, Instant now) {
        if ("3".equals(record.appType())) {
            delete(record, document, now);
            return;
        }
        if (document instanceof ParcelDocuments.Inventory inventory) {
            put(INVENTORY, record.agentCode(), record.copNo(), record, inventory, senderCode, now);
            InventoryState state = new InventoryState(record.agentCode(), record.copNo(), inventory.ebpCode(),
                    inventory.orderNo(), inventory.logisticsCode(), inventory.logisticsNo(), record.recordGuid(), preNo,
                    "WAITING", now.plus(wait), null, null);
            parcels.putInventory(state, now);
            compare(state, now);
            return;
        }
        String type = typeOf(document);
        String keyA = WAYBILL.equals(type) ? record.logisticsCode() : record.ebpCode();
        String keyB = WAYBILL.equals(type) ? record.logisticsNo() : record.orderNo();
        put(type, keyA, keyB, record, document, senderCode, now);
        for (InventoryState state : parcels.waitingFor(type, keyA, keyB)) {
            compare(state, now);
        }
    }

    /** An inventory as its declarant sees it: the documents found, the comparison and the history. */
    public record InventoryView(InventoryState state, Map<String, Object> documents,
                                ThreeDocumentComparison.Result comparison,
                                List<ParcelRepository.HistoryEntry> history) {
    }

    /** An order as its platform sees it, with the inventories that declare it. */
    public record OrderView(Object order, Object payment, List<InventoryView> inventories) {
    }

    @Transactional(readOnly = true)
    public Optional<InventoryView> inventory(String callerCode, String copNo) {
        return parcels.inventoriesByCopNo(copNo).stream()
                .filter(state -> state.agentCode().equals(callerCode) || callerCode.equals(sender(state)))
                .findFirst().map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<OrderView> order(String callerCode, String ebpCode, String orderNo) {
        Optional<Stored<ParcelDocuments.Order>> order = load(ORDER, ebpCode, orderNo, ParcelDocuments.Order.class);
        boolean mayRead = callerCode.equals(ebpCode) || order.map(o -> callerCode.equals(o.document().ebcCode()))
                .orElse(false);
        if (!mayRead || (order.isEmpty() && parcels.inventoriesOfOrder(ebpCode, orderNo).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new OrderView(order.orElse(null),
                load(PAYMENT, ebpCode, orderNo, ParcelDocuments.Payment.class).orElse(null),
                parcels.inventoriesOfOrder(ebpCode, orderNo).stream().map(this::view).toList()));
    }

    private InventoryView view(InventoryState state) {
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("order", load(ORDER, state.ebpCode(), state.orderNo(), ParcelDocuments.Order.class)
                .orElse(null));
        documents.put("payment", load(PAYMENT, state.ebpCode(), state.orderNo(), ParcelDocuments.Payment.class)
                .orElse(null));
        documents.put("waybill", load(WAYBILL, state.logisticsCode(), state.logisticsNo(),
                ParcelDocuments.Waybill.class).orElse(null));
        documents.put("inventory", load(INVENTORY, state.agentCode(), state.copNo(), ParcelDocuments.Inventory.class)
                .orElse(null));
        return new InventoryView(state, documents, result(state), parcels.history(state.agentCode(), state.copNo()));
    }

    private String sender(InventoryState state) {
        return parcels.document(INVENTORY, state.agentCode(), state.copNo())
                .map(ParcelRepository.StoredDocument::senderCode).orElse(null);
    }

    /** appType 3: the document is withdrawn; an inventory waiting for it waits again. */
    private void delete(DeclaredRecord record, Object document, Instant now) {
        if (document instanceof ParcelDocuments.Inventory) {
            parcels.deleteDocument(INVENTORY, record.agentCode(), record.copNo());
            parcels.status(record.agentCode(), record.copNo(), "DELETED", "appType 3", now);
            return;
        }
        String type = typeOf(document);
        boolean waybill = WAYBILL.equals(type);
        parcels.deleteDocument(type, waybill ? record.logisticsCode() : record.ebpCode(),
                waybill ? record.logisticsNo() : record.orderNo());
    }

    /** A released inventory found by its customs number, with its stored document and who declared it. */
    record Released(InventoryState state, ParcelDocuments.Inventory inventory, DeclaredRecord record,
                    String senderCode) {
    }

    Optional<Released> byInvtNo(String agentCode, String invtNo) {
        return parcels.byInvtNo(agentCode, invtNo).map(this::released);
    }

    /** Released inventories that travel on this waybill. */
    List<Released> releasedOnWaybill(String logisticsCode, String logisticsNo) {
        return parcels.inventoriesOfWaybill(logisticsCode, logisticsNo).stream()
                .filter(state -> RELEASED.equals(state.status())).map(this::released).toList();
    }

    private Released released(InventoryState state) {
        Sent<ParcelDocuments.Inventory> sent = sent(INVENTORY, state.agentCode(), state.copNo(),
                ParcelDocuments.Inventory.class);
        return new Released(state, sent.document(), sent.stored().record().withInvtNo(state.invtNo()),
                sent.senderCode());
    }

    /** Moves a released inventory on (899 结关, cancelled): its status, its history and, with a code, a CEB622. */
    void moveOn(Released released, String newStatus, String returnStatus, String info, Instant now) {
        InventoryState state = released.state();
        List<HistoryEntry> steps = returnStatus == null ? List.of(new HistoryEntry(newStatus, info, now))
                : List.of(new HistoryEntry(returnStatus, info, now), new HistoryEntry(newStatus, null, now));
        parcels.move(state.agentCode(), state.copNo(), steps);
        if (returnStatus != null) {
            receipts.issue(released.senderCode(), "CEB622", released.record(), state.preNo(), returnStatus, info,
                    now);
        }
    }

    Optional<Object> viewByInvtNo(String invtNo) {
        return parcels.byInvtNo(invtNo).map(this::view);
    }

    /** Adds a line to a released inventory's history (a return applied for). */
    void note(Released released, String status, String info, Instant now) {
        parcels.note(released.state().agentCode(), released.state().copNo(), status, info, now);
    }

    /**
     * Decides the inventories whose documents did not all arrive in time (rejected, or handed to customs if the set
     * is complete after all); returns how many.
     */
    public int expireOverdue(Instant now) {
        return delivery.inTransaction(transactions, () -> {
            List<InventoryState> overdue = parcels.overdue(now);
            for (InventoryState state : overdue) {
                Parcel parcel = parcel(state);
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

    private void compare(InventoryState state, Instant now) {
        Stored4 stored = stored(state);
        // most arrivals find the set still incomplete: that is known without reading the documents
        if (stored.complete()) {
            Parcel parcel = stored.read();
            decide(state, parcel, result(parcel), now, false);
        }
    }

    /** The four document rows of a parcel as stored, not yet read; absent ones are null. */
    private record Stored4(ParcelRepository.StoredDocument order, ParcelRepository.StoredDocument payment,
                           ParcelRepository.StoredDocument waybill, ParcelRepository.StoredDocument inventory) {
        boolean complete() {
            return order != null && payment != null && waybill != null && inventory != null;
        }

        Parcel read() {
            return new Parcel(sent(order, ParcelDocuments.Order.class), sent(payment, ParcelDocuments.Payment.class),
                    sent(waybill, ParcelDocuments.Waybill.class), sent(inventory, ParcelDocuments.Inventory.class));
        }
    }

    /** The four documents of an inventory's parcel as stored, each with who sent it; absent ones are null. */
    record Parcel(Sent<ParcelDocuments.Order> order, Sent<ParcelDocuments.Payment> payment,
                          Sent<ParcelDocuments.Waybill> waybill, Sent<ParcelDocuments.Inventory> inventory) {
    }

    /** A stored document and its sender. */
    record Sent<T>(String senderCode, Stored<T> stored) {
        T document() {
            return stored.document();
        }
    }

    private Stored4 stored(InventoryState state) {
        return new Stored4(parcels.document(ORDER, state.ebpCode(), state.orderNo()).orElse(null),
                parcels.document(PAYMENT, state.ebpCode(), state.orderNo()).orElse(null),
                parcels.document(WAYBILL, state.logisticsCode(), state.logisticsNo()).orElse(null),
                parcels.document(INVENTORY, state.agentCode(), state.copNo()).orElse(null));
    }

    Parcel parcel(InventoryState state) {
        return stored(state).read();
    }

    private ThreeDocumentComparison.Result result(InventoryState state) {
        return result(parcel(state));
    }

    private ThreeDocumentComparison.Result result(Parcel parcel) {
        return comparison.compare(documentOf(parcel.order()), documentOf(parcel.payment()),
                documentOf(parcel.waybill()), parcel.inventory().document());
    }

    private void decide(InventoryState state, Parcel parcel, ThreeDocumentComparison.Result result, Instant now,
                        boolean timedOut) {
        if (!parcels.claim(state.agentCode(), state.copNo())) {
            return;
        }
        DeclaredRecord inventory = parcel.inventory().stored().record();
        String sender = parcel.inventory().senderCode();
        if (!result.consistent()) {
            String info = (timedOut ? "海关退单: not complete within " + wait + "; " : "海关退单: ") + result.reasons();
            refuse(state, inventory, sender, "100", info, now);
            return;
        }
        String invtNo = receipts.newInvtNo(inventory.customsCode(), false, now);
        parcels.numbered(state.agentCode(), state.copNo(), invtNo);
        events.add(InventoryCompared.Batch.class, InventoryCompared.Batch::new, compared(state, parcel, invtNo, now));
    }

    private void refuse(InventoryState state, DeclaredRecord inventory, String sender, String returnStatus,
                        String info, Instant now) {
        parcels.move(state.agentCode(), state.copNo(), List.of(new HistoryEntry(returnStatus, info, now),
                new HistoryEntry("REJECTED", null, now)));
        receipts.issue(sender, "CEB622", inventory, state.preNo(), returnStatus, info, now);
    }

    /** The inventory and its order as customs is shown them. */
    private static InventoryCompared compared(InventoryState state, Parcel parcel, String invtNo, Instant now) {
        ParcelDocuments.Inventory i = parcel.inventory().document();
        return new InventoryCompared(invtNo, state.agentCode(), state.copNo(), i.orderNo(), i.ebpCode(),
                i.ebcCode(), parcel.inventory().stored().record().customsCode(), i.tradeMode(), i.emsNo(),
                i.assureCode(), i.buyerIdNumber(), i.buyerName(), i.freight(), i.insuredFee(),
                parcel.order().document().taxTotal(), i.lines().stream().map(l -> new InventoryCompared.Line(
                        l.gnum(), l.gcode(), l.itemName(), l.itemRecordNo(), l.qty(), l.unit(), l.qty1(), l.unit1(),
                        l.price(), l.totalPrice())).toList(), now);
    }

    /** 120 海关入库 to the sender of an order, payment or waybill once customs took its parcel in. */
    void entered(String receiptType, Sent<?> sent, Instant now) {
        receipts.issue(sent.senderCode(), receiptType, sent.stored().record(), null, "120", "海关入库", now);
    }

    private static <T> T documentOf(Sent<T> sent) {
        return sent == null ? null : sent.document();
    }

    private <T> Sent<T> sent(String type, String keyA, String keyB, Class<T> documentClass) {
        return sent(parcels.document(type, keyA, keyB).orElse(null), documentClass);
    }

    private static <T> Sent<T> sent(ParcelRepository.StoredDocument stored, Class<T> documentClass) {
        return stored == null ? null : new Sent<>(stored.senderCode(), JSON.readValue(stored.body(),
                storedType(documentClass)));
    }

    private <T> Optional<Stored<T>> load(String type, String keyA, String keyB, Class<T> documentClass) {
        return Optional.ofNullable(sent(type, keyA, keyB, documentClass)).map(Sent::stored);
    }

    private void put(String type, String keyA, String keyB, DeclaredRecord record, Object document, String sender,
                     Instant now) {
        parcels.putDocument(type, keyA, keyB, record.recordGuid(), sender,
                JSON.writeValueAsString(new Stored<>(record, document)), now);
    }

    private static JavaType storedType(Class<?> documentClass) {
        return JSON.getTypeFactory().constructParametricType(Stored.class, documentClass);
    }

    /**
     * Whether customs has the inventory (handed over for its decision, taken in at 120, and after): its documents
     * can no longer change.
     */
    private static boolean takenByCustoms(String status) {
        return java.util.Set.of(DECIDING, RELEASED, REVIEW, "INSPECTION", "DETAINED", "RETURNED", CLOSED, CANCELLED)
                .contains(status);
    }

    /** Whether a declared document is one of the four a parcel is compared on. */
    static boolean isParcelDocument(Object document) {
        return document instanceof ParcelDocuments.Order || document instanceof ParcelDocuments.Payment
                || document instanceof ParcelDocuments.Waybill || document instanceof ParcelDocuments.Inventory;
    }

    private static String typeOf(Object document) {
        if (document instanceof ParcelDocuments.Order) {
            return ORDER;
        }
        if (document instanceof ParcelDocuments.Payment) {
            return PAYMENT;
        }
        if (document instanceof ParcelDocuments.Waybill) {
            return WAYBILL;
        }
        throw new IllegalArgumentException("not a parcel document: " + document);
    }
}
