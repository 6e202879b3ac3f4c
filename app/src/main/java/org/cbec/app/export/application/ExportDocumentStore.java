package org.cbec.app.export.application;

import java.util.stream.Stream;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.DocumentStore;
import org.cbec.app.clearance.intake.Stored;
import org.cbec.app.export.persistence.ExportRepository;
import org.cbec.app.shared.persistence.DocumentTable;
import org.springframework.stereotype.Component;

/** The export documents as stored (export_document), each with who sent it and the receipt its kind is answered in. */
@Component
class ExportDocumentStore extends DocumentStore {

    static final String ORDER = "E_ORDER";
    static final String RECEIPT = "E_RECEIPT";
    static final String WAYBILL = "E_WAYBILL";
    static final String INVENTORY = "E_INVT";
    private static final String[] TYPES = {INVENTORY, ORDER, RECEIPT, WAYBILL};

    /** A stored export document, its sender and the receipt type of its kind. */
    record Sent<T>(String sender, String receiptType, Stored<T> stored) {
        T document() {
            return stored.document();
        }

        DeclaredRecord record() {
            return stored.record();
        }
    }

    ExportDocumentStore(ExportRepository exports) {
        super(exports.documents());
    }

    /** The keys of an export inventory's four documents: itself, its order, receipt of payment and waybill. */
    static Stream<DocumentTable.Keys> keysOf(ExportRepository.ExportInventoryRow state) {
        return parcelKeys(TYPES, state.agentCode(), state.copNo(), state.ebpCode(), state.orderNo(),
                state.logisticsCode(), state.logisticsNo());
    }

    /** The same, of a declared inventory record. */
    static Stream<DocumentTable.Keys> keysOf(DeclaredRecord inventory) {
        return parcelKeys(TYPES, inventory.agentCode(), inventory.copNo(), inventory.ebpCode(), inventory.orderNo(),
                inventory.logisticsCode(), inventory.logisticsNo());
    }

    /** The keys an order, a receipt of payment or a waybill ({@code type}) is stored under. */
    static DocumentTable.Keys keyOf(String type, DeclaredRecord record) {
        return WAYBILL.equals(type) ? new DocumentTable.Keys(type, record.logisticsCode(), record.logisticsNo())
                : new DocumentTable.Keys(type, record.ebpCode(), record.orderNo());
    }

    /** The document on file under these keys, or null. */
    <T> Sent<T> sent(String type, String keyA, String keyB, Class<T> documentClass) {
        String receiptType = switch (type) {
            case ORDER -> "CEB304";
            case RECEIPT -> "CEB404";
            case WAYBILL -> "CEB506";
            default -> "CEB604";
        };
        return row(type, keyA, keyB).map(d -> new Sent<>(d.senderCode(), receiptType,
                Stored.fromJson(d.body(), documentClass))).orElse(null);
    }
}
