package org.cbec.app.clearance.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.cbec.app.shared.persistence.DocumentTable;

/**
 * Declared documents kept in a module's document table, each as its record and its compared fields ({@link Stored}),
 * with who sent it: what the import and the export stores share.
 */
public class DocumentStore {

    /** Who sent a document and its record, for its receipts. */
    public record Sender(String senderCode, DeclaredRecord record) {
    }

    private final DocumentTable table;

    protected DocumentStore(DocumentTable table) {
        this.table = table;
    }

    /** Stores a document; a later one with the same keys (a modification) replaces it. */
    public void put(String type, String keyA, String keyB, DeclaredRecord record, Object document, String sender,
                    Instant now) {
        table.put(type, keyA, keyB, record.recordGuid(), sender, new Stored<>(record, document).json(), now);
    }

    public void delete(String type, String keyA, String keyB) {
        table.delete(type, keyA, keyB);
    }

    public boolean exists(String type, String keyA, String keyB) {
        return table.find(type, keyA, keyB).isPresent();
    }

    /** Who sent the document on file under these keys. */
    public Optional<String> senderOf(String type, String keyA, String keyB) {
        return table.find(type, keyA, keyB).map(DocumentTable.Row::senderCode);
    }

    /** The sender and record of the document on file under these keys, without reading the document. */
    public Optional<Sender> sender(String type, String keyA, String keyB) {
        return table.find(type, keyA, keyB).map(d -> new Sender(d.senderCode(), Stored.recordOf(d.body())));
    }

    /** Reads these documents at once for the rest of the transaction (see {@link DocumentTable#read}). */
    public void read(Collection<DocumentTable.Keys> documents) {
        table.read(documents);
    }

    /**
     * The keys of a parcel's four documents, named by its inventory: the inventory's own, its order's, its
     * payment's (or receipt's) and its waybill's, each of its module's type.
     */
    protected static Stream<DocumentTable.Keys> parcelKeys(String[] types, String agentCode, String copNo,
                                                          String ebpCode, String orderNo, String logisticsCode,
                                                          String logisticsNo) {
        return Stream.of(new DocumentTable.Keys(types[0], agentCode, copNo),
                new DocumentTable.Keys(types[1], ebpCode, orderNo), new DocumentTable.Keys(types[2], ebpCode, orderNo),
                new DocumentTable.Keys(types[3], logisticsCode, logisticsNo));
    }

    /** The row of the document on file under these keys. */
    protected Optional<DocumentTable.Row> row(String type, String keyA, String keyB) {
        return table.find(type, keyA, keyB);
    }
}
