package org.cbec.app.shared.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of declared documents as stored, one row per document under its type and two keys, with who sent it and
 * its JSON: clearance's {@code parcel_document} and export's {@code export_document}, each module its own.
 */
public final class DocumentTable {

    /** A document as stored: who sent it and the JSON of its record and compared fields. */
    public record Row(String senderCode, String body) {
    }

    private final JdbcClient jdbc;
    private final String table;

    public DocumentTable(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Stores a document; a later one with the same keys (a modification) replaces it. */
    public void put(String type, String keyA, String keyB, String recordGuid, String senderCode, String body,
                    Instant now) {
        delete(type, keyA, keyB);
        jdbc.sql("insert into " + table + " (doc_type, key_a, key_b, record_guid, sender_code, body, received_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(type, keyA, keyB, recordGuid, senderCode, body, Timestamp.from(now)).update();
    }

    public void delete(String type, String keyA, String keyB) {
        jdbc.sql("delete from " + table + " where doc_type = ? and key_a = ? and key_b = ?")
                .params(type, keyA, keyB).update();
    }

    public Optional<Row> find(String type, String keyA, String keyB) {
        return jdbc.sql("select sender_code, body from " + table + " where doc_type = ? and key_a = ? and key_b = ?")
                .params(type, keyA, keyB).query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).optional();
    }
}
