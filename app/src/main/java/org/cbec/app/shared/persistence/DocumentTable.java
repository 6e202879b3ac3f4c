package org.cbec.app.shared.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of declared documents as stored, one row per document under its type and two keys, with who sent it and
 * its JSON: clearance's {@code parcel_document} and export's {@code export_document}, each module its own.
 *
 * <p>Within a transaction a document is read from the table once: the checks of a record, the comparison of its
 * parcel and the receipts of the decision all ask for the same few documents (about twenty reads a parcel before),
 * and what the transaction itself stored is known without asking. Nothing is kept past the transaction.
 */
public final class DocumentTable {

    /** A document as stored: who sent it and the JSON of its record and compared fields. */
    public record Row(String senderCode, String body) {
    }

    /** A document's type and keys. */
    public record Keys(String type, String keyA, String keyB) {
    }

    /**
     * A document's place in its table. Equality and hash are written out: the record's own, bootstrapped through
     * method handles, took about 4 % of a parcel's CPU in the eleventh step's profile (keys are looked up a few
     * dozen times a parcel, their strings fresh from JDBC), and the hash is computed once a key.
     */
    private static final class Key {
        private final String table;
        private final String type;
        private final String keyA;
        private final String keyB;
        private final int hash;

        Key(String table, String type, String keyA, String keyB) {
            this.table = table;
            this.type = type;
            this.keyA = keyA;
            this.keyB = keyB;
            this.hash = Objects.hash(table, type, keyA, keyB);
        }

        String type() {
            return type;
        }

        String keyA() {
            return keyA;
        }

        String keyB() {
            return keyB;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && hash == k.hash && Objects.equals(keyA, k.keyA)
                    && Objects.equals(keyB, k.keyB) && Objects.equals(type, k.type) && Objects.equals(table, k.table);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final Object READ = new Object();

    private final JdbcClient jdbc;
    private final String table;

    public DocumentTable(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Stores a document; a later one with the same keys (a modification) replaces it. */
    public void put(String type, String keyA, String keyB, String recordGuid, String senderCode, String body,
                    Instant now) {
        Timestamp at = Timestamp.from(now);
        int replaced = find(type, keyA, keyB).isEmpty() ? 0 : jdbc.sql("update " + table
                        + " set record_guid = ?, sender_code = ?, body = ?, received_at = ? "
                        + "where doc_type = ? and key_a = ? and key_b = ?")
                .params(recordGuid, senderCode, body, at, type, keyA, keyB).update();
        if (replaced == 0) {
            // two first copies at once: the second meets the primary key and its transaction runs again
            jdbc.sql("insert into " + table + " (doc_type, key_a, key_b, record_guid, sender_code, body, "
                            + "received_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(type, keyA, keyB, recordGuid, senderCode, body, at).update();
        }
        remember(new Key(table, type, keyA, keyB), Optional.of(new Row(senderCode, body)));
    }

    public void delete(String type, String keyA, String keyB) {
        jdbc.sql("delete from " + table + " where doc_type = ? and key_a = ? and key_b = ?")
                .params(type, keyA, keyB).update();
        remember(new Key(table, type, keyA, keyB), Optional.empty());
    }

    public Optional<Row> find(String type, String keyA, String keyB) {
        Key key = new Key(table, type, keyA, keyB);
        Map<Key, Optional<Row>> read = readInThisTransaction();
        Optional<Row> known = read == null ? null : read.get(key);
        if (known != null) {
            return known;
        }
        List<Row> rows = jdbc.sql("select sender_code, body from " + table
                        + " where doc_type = ? and key_a = ? and key_b = ?")
                .params(type, keyA, keyB).query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).list();
        Optional<Row> row = rows.stream().findFirst();
        remember(key, row);
        return row;
    }

    /**
     * Reads these documents in one statement, so that this transaction's look-ups of them
     * ask nothing more: the decisions on a message's inventories read four documents each. Outside a transaction
     * it does nothing.
     */
    public void read(Collection<Keys> documents) {
        Map<Key, Optional<Row>> read = readInThisTransaction();
        if (read == null) {
            return;
        }
        List<Key> unknown = documents.stream().map(d -> new Key(table, d.type(), d.keyA(), d.keyB())).distinct()
                .filter(k -> !read.containsKey(k)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        unknown.forEach(k -> read.put(k, Optional.empty()));
        jdbc.sql("select doc_type, key_a, key_b, sender_code, body from " + table + " "
                        + KeyArrays.join("doc_type", "key_a", "key_b"))
                .params(KeyArrays.of(unknown, Key::type, Key::keyA, Key::keyB))
                .query(rs -> {
                    read.put(new Key(table, rs.getString(1), rs.getString(2), rs.getString(3)),
                            Optional.of(new Row(rs.getString(4), rs.getString(5))));
                });
    }

    private static void remember(Key key, Optional<Row> row) {
        Map<Key, Optional<Row>> read = readInThisTransaction();
        if (read != null) {
            read.put(key, row);
        }
    }

    private static Map<Key, Optional<Row>> readInThisTransaction() {
        return TransactionScoped.get(READ, HashMap::new);
    }
}
