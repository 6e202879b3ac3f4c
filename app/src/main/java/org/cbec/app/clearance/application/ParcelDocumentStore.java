package org.cbec.app.clearance.application;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.DocumentStore;
import org.cbec.app.clearance.intake.Stored;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.shared.RecentlyUsed;
import org.cbec.app.shared.persistence.DocumentTable;
import org.springframework.stereotype.Component;

/**
 * The documents of parcels (import and export) as stored: each row the JSON of its record, which its receipts
 * need, and of its compared fields, with who sent it.
 */
@Component
class ParcelDocumentStore extends DocumentStore {

    /** A stored document and its sender. */
    record Sent<T>(String senderCode, Stored<T> stored) {
        T document() {
            return stored.document();
        }

        DeclaredRecord record() {
            return stored.record();
        }
    }

    /** The four documents of an inventory's parcel as stored, each with who sent it; absent ones are null. */
    record Parcel(Sent<ParcelDocuments.Order> order, Sent<ParcelDocuments.Payment> payment,
                  Sent<ParcelDocuments.Waybill> waybill, Sent<ParcelDocuments.Inventory> inventory) {
    }

    /** The types of a parcel's documents, in the order {@link #complete} looks at them. */
    private static final String[] TYPES = {"INVENTORY", "ORDER", "PAYMENT", "WAYBILL"};
    /** About the inventories waiting at the national peak's rate for the minutes their documents take. */
    private static final int HINTS_KEPT = 100_000;
    /** Which document (its index in {@link #complete}) each waiting inventory lacked when last looked at. */
    private final RecentlyUsed<String, Integer> lastMissing = new RecentlyUsed<>(HINTS_KEPT);

    ParcelDocumentStore(ParcelRepository parcels) {
        super(parcels.documents());
    }

    <T> Optional<Sent<T>> sent(String type, String keyA, String keyB, Class<T> documentClass) {
        return row(type, keyA, keyB).map(stored -> read(stored, documentClass));
    }

    /**
     * The parcel of an inventory when all four documents are on file, read only then. Most arrivals find the set
     * still incomplete: that is known without reading the documents, from the first one missing, and the one found
     * missing when the inventory was last looked at is looked for first (the same arrival is compared in its
     * transaction and again after commit, and its siblings come one by one). The hint only orders the look-ups:
     * whatever it says, the set is complete only when all four rows are there.
     */
    Optional<Parcel> complete(InventoryState state) {
        String inventoryKey = state.agentCode() + '\u0000' + state.copNo();
        List<DocumentTable.Keys> keys = keysOf(state).toList();
        Integer hint = lastMissing.get(inventoryKey);
        DocumentTable.Row[] rows = new DocumentTable.Row[keys.size()];
        for (int look = -1; look < keys.size(); look++) {
            int i = look < 0 ? (hint == null ? 0 : hint) : look;
            if (rows[i] != null) {
                continue;
            }
            rows[i] = row(keys.get(i).type(), keys.get(i).keyA(), keys.get(i).keyB()).orElse(null);
            if (rows[i] == null) {
                lastMissing.put(inventoryKey, i);
                return Optional.empty();
            }
        }
        lastMissing.remove(inventoryKey);
        return Optional.of(new Parcel(read(rows[1], ParcelDocuments.Order.class),
                read(rows[2], ParcelDocuments.Payment.class), read(rows[3], ParcelDocuments.Waybill.class),
                read(rows[0], ParcelDocuments.Inventory.class)));
    }

    /** The keys of an inventory's four documents: the inventory, its order, its payment and its waybill. */
    static Stream<DocumentTable.Keys> keysOf(InventoryState state) {
        return parcelKeys(TYPES, state.agentCode(), state.copNo(), state.ebpCode(), state.orderNo(),
                state.logisticsCode(), state.logisticsNo());
    }

    /** The same, of a declared inventory record. */
    static Stream<DocumentTable.Keys> keysOf(DeclaredRecord inventory) {
        return parcelKeys(TYPES, inventory.agentCode(), inventory.copNo(), inventory.ebpCode(), inventory.orderNo(),
                inventory.logisticsCode(), inventory.logisticsNo());
    }

    /** The documents of an inventory's parcel that are on file. */
    Parcel parcel(InventoryState state) {
        return new Parcel(sent("ORDER", state.ebpCode(), state.orderNo(), ParcelDocuments.Order.class).orElse(null),
                sent("PAYMENT", state.ebpCode(), state.orderNo(), ParcelDocuments.Payment.class).orElse(null),
                sent("WAYBILL", state.logisticsCode(), state.logisticsNo(), ParcelDocuments.Waybill.class)
                        .orElse(null),
                sent("INVENTORY", state.agentCode(), state.copNo(), ParcelDocuments.Inventory.class).orElse(null));
    }

    private static <T> Sent<T> read(DocumentTable.Row stored, Class<T> documentClass) {
        return new Sent<>(stored.senderCode(), Stored.fromJson(stored.body(), documentClass));
    }
}
