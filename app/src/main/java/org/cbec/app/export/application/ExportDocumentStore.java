package org.cbec.app.export.application;

import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.DocumentStore;
import org.cbec.app.clearance.intake.Stored;
import org.cbec.app.export.persistence.ExportRepository;
import org.springframework.stereotype.Component;

/** The export documents as stored (export_document), each with who sent it and the receipt its kind is answered in. */
@Component
class ExportDocumentStore extends DocumentStore {

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

    ExportDocumentStore(ExportRepository exports) {
        super(exports.documents());
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
