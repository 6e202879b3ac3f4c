package org.cbec.app.clearance.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.clearance.InventoryLookup;
import org.cbec.app.clearance.ParcelSearch;
import org.cbec.app.clearance.application.ParcelDocumentStore.Parcel;
import org.cbec.app.clearance.application.ParcelDocumentStore.Sent;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.InventorySummary;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.clearance.intake.Stored;
import org.cbec.app.clearance.persistence.ParcelListings;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels as the enterprises that declared them see them (an inventory to its declarant, an order to its platform
 * and e-commerce enterprise), and as officers see an inventory customs took in: the documents found, the
 * comparison and the history.
 */
@Service
public class ParcelViews implements InventoryLookup, ParcelSearch {

    private final ParcelRepository parcels;
    private final ParcelDocumentStore documents;
    private final ParcelComparison comparison;
    private final ParcelListings listings;

    ParcelViews(ParcelRepository parcels, ParcelDocumentStore documents, ParcelComparison comparison,
                ParcelListings listings) {
        this.parcels = parcels;
        this.listings = listings;
        this.documents = documents;
        this.comparison = comparison;
    }

    /** An inventory as its declarant sees it: where it stands with its history, the documents found, the comparison. */
    public record InventoryView(InventorySummary inventory, Map<String, Object> documents,
                                ThreeDocumentComparison.Result comparison) {
    }

    /** An order as its platform sees it, with the inventories that declare it. */
    public record OrderView(Object order, Object payment, List<InventoryView> inventories) {
    }

    @Transactional(readOnly = true)
    public Optional<InventoryView> inventory(String callerCode, String copNo) {
        return parcels.inventoriesByCopNo(copNo).stream().filter(state -> declared(callerCode, state))
                .findFirst().map(this::view);
    }

    private boolean declared(String callerCode, InventoryState state) {
        return state.agentCode().equals(callerCode) || callerCode.equals(documents.senderOf("INVENTORY",
                state.agentCode(), state.copNo()).orElse(null));
    }

    @Transactional(readOnly = true)
    public Optional<OrderView> order(String callerCode, String ebpCode, String orderNo) {
        Optional<Stored<ParcelDocuments.Order>> order = documents.sent("ORDER", ebpCode, orderNo,
                ParcelDocuments.Order.class).map(Sent::stored);
        boolean mayRead = callerCode.equals(ebpCode) || order.map(o -> callerCode.equals(o.document().ebcCode()))
                .orElse(false);
        List<InventoryState> inventories = parcels.inventoriesOfOrder(ebpCode, orderNo);
        if (!mayRead || (order.isEmpty() && inventories.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new OrderView(order.orElse(null), documents.sent("PAYMENT", ebpCode, orderNo,
                ParcelDocuments.Payment.class).map(Sent::stored).orElse(null),
                inventories.stream().map(this::view).toList()));
    }

    /** Read as the console does: its declarant, its sender, or the platform of the order it declares. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Found> byCopNo(String callerCode, String copNo) {
        return parcels.inventoriesByCopNo(copNo).stream()
                .filter(state -> state.ebpCode().equals(callerCode) || declared(callerCode, state))
                .findFirst().map(this::view).map(v -> new Found(v.inventory(), v.documents(), v.comparison()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> copNos(String callerCode, String number) {
        return listings.copNos(callerCode, number);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> refusalReasons(String callerCode) {
        return listings.refusalReasons(callerCode);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Refused> refused(String callerCode, String reason, int offset, int limit) {
        return listings.refused(callerCode, reason, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Found> byInvtNo(String invtNo) {
        return parcels.byInvtNo(invtNo).map(this::view).map(v -> new Found(v.inventory(), v.documents(),
                v.comparison()));
    }

    private InventoryView view(InventoryState state) {
        Parcel parcel = documents.parcel(state);
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("order", stored(parcel.order()));
        found.put("payment", stored(parcel.payment()));
        found.put("waybill", stored(parcel.waybill()));
        found.put("inventory", stored(parcel.inventory()));
        return new InventoryView(summary(state), found, comparison.result(parcel));
    }

    private InventorySummary summary(InventoryState state) {
        return new InventorySummary(state.agentCode(), state.copNo(), state.ebpCode(), state.orderNo(),
                state.logisticsCode(), state.logisticsNo(), state.preNo(), state.invtNo(),
                InventoryStatus.of(state.status()), state.deadline(), state.releasedAt(), parcels.history(
                state.agentCode(), state.copNo()).stream().map(h -> new InventorySummary.HistoryLine(h.status(),
                h.info(), h.at())).toList());
    }

    private static Object stored(Sent<?> sent) {
        return sent == null ? null : sent.stored();
    }
}
