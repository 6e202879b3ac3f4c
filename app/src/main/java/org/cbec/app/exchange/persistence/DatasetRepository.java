package org.cbec.app.exchange.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.exchange.domain.DataAccess;
import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The datasets' records in cursor order ({@link Cursors}), the halves of a record waiting for each other, and the
 * log of every read.
 */
@Repository
public class DatasetRepository {

    /** Keys a query of the pending halves names at most. */
    private static final int PENDING_READ = 500;
    private static final Object PENDING = DatasetRepository.class.getName() + ".pending";

    private final JdbcClient jdbc;
    private final Cursors cursors;

    public DatasetRepository(JdbcClient jdbc, Cursors cursors) {
        this.jdbc = jdbc;
        this.cursors = cursors;
    }

    /** A record as stored: its cursor, the enterprise it is about, its fields as JSON. */
    public record StoredRecord(long cursor, String enterprise, String body, Instant at) {
    }

    /** Appends a record, once per key: false when a record of this key is there already (an event again). */
    public boolean append(String dataset, String key, String enterprise, String body, Instant at) {
        long cursor = cursors.next();
        boolean appended = jdbc.sql("insert into dataset_record (cursor_no, dataset, record_key, enterprise, body, "
                        + "at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(cursor, dataset, key, enterprise, body, Timestamp.from(at)).update() > 0;
        if (!appended) {
            cursors.unused(cursor);
        }
        return appended;
    }

    /** A record's fields as JSON, by its key. */
    public Optional<String> record(String dataset, String key) {
        return jdbc.sql("select body from dataset_record where dataset = ? and record_key = ?").params(dataset, key)
                .query(String.class).optional();
    }

    public List<StoredRecord> page(String dataset, long after, int limit) {
        return jdbc.sql("select cursor_no, enterprise, body, at from dataset_record where dataset = ? "
                        + "and cursor_no > ? order by cursor_no fetch first " + limit + " rows only")
                .params(dataset, after)
                .query((rs, n) -> new StoredRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /**
     * Takes the lock every feed writes under (the sequence's row, to the commit): two halves of one record arriving
     * at once in two transactions then each see the other.
     */
    public void lockFeeds() {
        cursors.lock();
    }

    /**
     * Reads the halves under these keys in one query (a batch of ten inventories asked for them one key at a time,
     * thirty statements), so that this transaction's look-ups of them ask the database nothing more. Take the
     * feeds' lock first: under it no other transaction changes them.
     */
    public void readPending(Collection<String> keys) {
        Map<String, Optional<String>> known = knownPending();
        if (known == null) {
            return;
        }
        List<String> unknown = keys.stream().filter(k -> !known.containsKey(k)).distinct().toList();
        for (int from = 0; from < unknown.size(); from += PENDING_READ) {
            List<String> chunk = unknown.subList(from, Math.min(unknown.size(), from + PENDING_READ));
            chunk.forEach(k -> known.put(k, Optional.empty()));
            jdbc.sql("select pending_key, body from exchange_pending where pending_key in (:keys)")
                    .param("keys", chunk)
                    .query(rs -> {
                        known.put(rs.getString(1), Optional.of(rs.getString(2)));
                    });
        }
    }

    /** Keeps one half of a record until the other is in (a half already kept stays as it was). */
    public void pending(String key, String body, Instant at) {
        jdbc.sql("insert into exchange_pending (pending_key, body, at) values (?, ?, ?) on conflict do nothing")
                .params(key, body, Timestamp.from(at)).update();
        Map<String, Optional<String>> known = knownPending();
        if (known != null) {
            Optional<String> before = known.get(key);
            if (before == null) {
                // whether a half was there before is not known: read again when asked
                known.remove(key);
            } else if (before.isEmpty()) {
                known.put(key, Optional.of(body));
            }
        }
    }

    public Optional<String> pending(String key) {
        Map<String, Optional<String>> known = knownPending();
        Optional<String> body = known == null ? null : known.get(key);
        if (body == null) {
            body = jdbc.sql("select body from exchange_pending where pending_key = ?").param(key)
                    .query(String.class).optional();
            if (known != null) {
                known.put(key, body);
            }
        }
        return body;
    }

    public void forget(String key) {
        jdbc.sql("delete from exchange_pending where pending_key = ?").param(key).update();
        Map<String, Optional<String>> known = knownPending();
        if (known != null) {
            known.put(key, Optional.empty());
        }
    }

    /** What this transaction knows of the pending halves, by key; null outside a transaction. */
    private static Map<String, Optional<String>> knownPending() {
        return TransactionScoped.get(PENDING, HashMap::new);
    }

    /** Logs a read: the department, the dataset, the cursors, and how many records of each enterprise. */
    public void logged(String department, String dataset, long after, long last, Map<String, Integer> enterprises,
                       String purpose, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into data_access (department, dataset, after_cursor, last_cursor, records, purpose, at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(department, dataset, after, last, enterprises.values().stream().mapToInt(i -> i).sum(),
                        purpose, Timestamp.from(at))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        enterprises.forEach((enterprise, records) -> jdbc.sql("insert into data_access_enterprise (access_id, "
                + "enterprise, records) values (?, ?, ?)").params(id, enterprise, records).update());
    }

    public List<DataAccess> accessesOf(String enterprise, int offset, int limit) {
        return jdbc.sql("select a.department, a.dataset, e.records, a.purpose, a.at from data_access_enterprise e "
                        + "join data_access a on a.id = e.access_id where e.enterprise = ? order by e.access_id desc "
                        + "offset " + offset + " rows fetch next " + limit + " rows only")
                .param(enterprise)
                .query((rs, n) -> new DataAccess(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }
}
