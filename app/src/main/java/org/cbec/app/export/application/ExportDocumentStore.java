package org.cbec.app.export.application;

import java.time.Instant;
import java.util.Optional;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Stored;
import org.cbec.app.export.persistence.ExportRepository;
import org.cbec.app.shared.persistence.DocumentTable;
import org.springframework.stereotype.Component;

/** The export documents as stored (export_document), each with who sent it and the receipt its kind is answered in. */
@Component
class ExportDocumentStore {

    static final String ORDER = "E_ORDER";
    static final String RECEIPT = "E_RECEIPT";
    static final String WAYBILL = "E_WAYBILL";
    static final String INVENTORY = "E_INVT";

    /** A stored export document, its sender and the receipt type of its kind. */
    record Sent<T>(String sender, String receiptType, Stored<T> stored) {
        T document() {
            return stored.document();
        }

        DeclaredRecord record() {
            return stored.record();
        }
    }

    private final ExportRepository exports;

    ExportDocumentStore(ExportRepository exports) {
        this.exports = exports;
    }

    void put(String type, String keyA, String keyB, DeclaredRecord record, Object document, String sender,
             Instant now) {
        exports.documents().put(type, keyA, keyB, record.recordGuid(), sender, new Stored<>(record, document).json(),
                now);
    }

    void delete(String type, String keyA, String keyB) {
        exports.documents().delete(type, keyA, keyB);
    }

    boolean exists(String type, String keyA, String keyB) {
        return exports.documents().find(type, keyA, keyB).isPresent();
    }

    Optional<String> senderOf(String type, String keyA, String keyB) {
        return exports.documents().find(type, keyA, keyB).map(DocumentTable.Row::senderCode);
    }

    /** Who sent the document on file under these keys and its record, without reading the document. */
    Optional<Sender> sender(String type, String keyA, String keyB) {
        return exports.documents().find(type, keyA, keyB).map(d -> new Sender(d.senderCode(),
                Stored.recordOf(d.body())));
    }

    /** A sender and the record of its document, for receipts. */
    record Sender(String sender, DeclaredRecord record) {
    }

    /** The document on file under these keys, or null. */
    <T> Sent<T> sent(String type, String keyA, String keyB, Class<T> documentClass) {
        String receiptType = switch (type) {
            case ORDER -> "CEB304";
            case RECEIPT -> "CEB404";
            case WAYBILL -> "CEB506";
            default -> "CEB604";
        };
        return exports.documents().find(type, keyA, keyB).map(d -> new Sent<>(d.senderCode(), receiptType,
                Stored.fromJson(d.body(), documentClass))).orElse(null);
    }
}
