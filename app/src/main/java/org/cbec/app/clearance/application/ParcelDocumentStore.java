package org.cbec.app.clearance.application;

import java.util.Optional;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.DocumentStore;
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

    ParcelDocumentStore(ParcelRepository parcels) {
        super(parcels.documents());
    }

    <T> Optional<Sent<T>> sent(String type, String keyA, String keyB, Class<T> documentClass) {
        return row(type, keyA, keyB).map(stored -> read(stored, documentClass));
    }

    /** The parcel of an inventory when all four documents are on file, read only then. */
    Optional<Parcel> complete(InventoryState state) {
        // most arrivals find the set still incomplete: that is known without reading the documents, and from the
        // first one missing
        DocumentTable.Row inventory = row("INVENTORY", state.agentCode(), state.copNo()).orElse(null);
        DocumentTable.Row order = inventory == null ? null : row("ORDER", state.ebpCode(), state.orderNo())
                .orElse(null);
        DocumentTable.Row payment = order == null ? null : row("PAYMENT", state.ebpCode(), state.orderNo())
                .orElse(null);
        DocumentTable.Row waybill = payment == null ? null : row("WAYBILL", state.logisticsCode(),
                state.logisticsNo()).orElse(null);
        if (waybill == null) {
            return Optional.empty();
        }
        return Optional.of(new Parcel(read(order, ParcelDocuments.Order.class),
                read(payment, ParcelDocuments.Payment.class), read(waybill, ParcelDocuments.Waybill.class),
                read(inventory, ParcelDocuments.Inventory.class)));
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
