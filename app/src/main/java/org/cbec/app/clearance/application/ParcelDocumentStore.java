package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.Optional;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Stored;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.shared.persistence.DocumentTable;
import org.springframework.stereotype.Component;

/**
 * The documents of parcels (import and export) as stored: each row the JSON of its record, which its receipts
 * need, and of its compared fields, with who sent it.
 */
@Component
class ParcelDocumentStore {

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

    private final ParcelRepository parcels;

    ParcelDocumentStore(ParcelRepository parcels) {
        this.parcels = parcels;
    }

    /** Stores a document; a later one with the same keys (a modification) replaces it. */
    void put(String type, String keyA, String keyB, DeclaredRecord record, Object document, String sender,
             Instant now) {
        parcels.documents().put(type, keyA, keyB, record.recordGuid(), sender, new Stored<>(record, document).json(),
                now);
    }

    void delete(String type, String keyA, String keyB) {
        parcels.documents().delete(type, keyA, keyB);
    }

    boolean exists(String type, String keyA, String keyB) {
        return parcels.documents().find(type, keyA, keyB).isPresent();
    }

    /** Who sent the document on file under these keys. */
    Optional<String> senderOf(String type, String keyA, String keyB) {
        return parcels.documents().find(type, keyA, keyB).map(DocumentTable.Row::senderCode);
    }

    <T> Optional<Sent<T>> sent(String type, String keyA, String keyB, Class<T> documentClass) {
        return parcels.documents().find(type, keyA, keyB).map(stored -> read(stored, documentClass));
    }

    /** The parcel of an inventory when all four documents are on file, read only then. */
    Optional<Parcel> complete(InventoryState state) {
        // most arrivals find the set still incomplete: that is known without reading the documents
        DocumentTable.Row order = row("ORDER", state.ebpCode(), state.orderNo());
        DocumentTable.Row payment = row("PAYMENT", state.ebpCode(), state.orderNo());
        DocumentTable.Row waybill = row("WAYBILL", state.logisticsCode(), state.logisticsNo());
        DocumentTable.Row inventory = row("INVENTORY", state.agentCode(), state.copNo());
        if (order == null || payment == null || waybill == null || inventory == null) {
            return Optional.empty();
        }
        return Optional.of(new Parcel(read(order, ParcelDocuments.Order.class),
                read(payment, ParcelDocuments.Payment.class), read(waybill, ParcelDocuments.Waybill.class),
                read(inventory, ParcelDocuments.Inventory.class)));
    }

    /** Who sent a document and its record, for its receipts. */
    record Sender(String senderCode, DeclaredRecord record) {
    }

    /** The sender and record of the document on file under these keys, without reading the document. */
    Optional<Sender> sender(String type, String keyA, String keyB) {
        return parcels.documents().find(type, keyA, keyB).map(d -> new Sender(d.senderCode(),
                Stored.recordOf(d.body())));
    }

    /** The documents of an inventory's parcel that are on file. */
    Parcel parcel(InventoryState state) {
        return new Parcel(sent("ORDER", state.ebpCode(), state.orderNo(), ParcelDocuments.Order.class).orElse(null),
                sent("PAYMENT", state.ebpCode(), state.orderNo(), ParcelDocuments.Payment.class).orElse(null),
                sent("WAYBILL", state.logisticsCode(), state.logisticsNo(), ParcelDocuments.Waybill.class)
                        .orElse(null),
                sent("INVENTORY", state.agentCode(), state.copNo(), ParcelDocuments.Inventory.class).orElse(null));
    }

    private DocumentTable.Row row(String type, String keyA, String keyB) {
        return parcels.documents().find(type, keyA, keyB).orElse(null);
    }

    private static <T> Sent<T> read(DocumentTable.Row stored, Class<T> documentClass) {
        return new Sent<>(stored.senderCode(), Stored.fromJson(stored.body(), documentClass));
    }
}
