package org.cbec.app.exchange.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cbec.app.exchange.domain.DataAccess;
import org.cbec.app.shared.persistence.KeyArrays;
import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The datasets' records in cursor order ({@link Cursors}), the halves of a record waiting for each other, and the
 * log of every read.
 *
 * <p>Inside a transaction the records appended and the halves kept or dropped are written together just before
 * the commit, a statement for each kind: the feeds write them under the feeds' lock, and on PostgreSQL each
 * statement is a round trip that every other feed waits through (about twenty a batch of ten parcels before).
 * What the transaction decides from (whether a record or a half is there) is read under the lock, so nothing
 * written meanwhile can change it; the transaction's own reads see what it will write.
 */
@Repository
public class DatasetRepository {

    private static final Object WRITES = DatasetRepository.class.getName() + ".writes";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Cursors cursors;

    public DatasetRepository(JdbcClient jdbc, JdbcTemplate batch, Cursors cursors) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.cursors = cursors;
    }

    /** A record as stored: its cursor, the enterprise it is about, its fields as JSON. */
    public record StoredRecord(long cursor, String enterprise, String body, Instant at) {
    }

    /** A record's dataset and key. */
    public record RecordKey(String dataset, String key) {
    }

    private record Appended(long cursor, String dataset, String key, String enterprise, String body, Instant at) {
    }

    private record Kept(String body, Instant at) {
    }

    /** What this transaction knows and will write: read under the feeds' lock, written just before the commit. */
    private static final class Writes {
        private final Map<RecordKey, Boolean> recordsThere = new HashMap<>();
        private final Map<String, Optional<String>> halves = new HashMap<>();
        private final Map<RecordKey, Appended> appended = new LinkedHashMap<>();
        private final Set<String> dropped = new LinkedHashSet<>();
        private final Map<String, Kept> kept = new LinkedHashMap<>();
        private boolean written;
    }

    /**
     * Appends a record, once per key: false when a record of this key is there already (an event again). In a
     * transaction it takes the feeds' lock, and the row is written just before the commit.
     */
    public boolean append(String dataset, String key, String enterprise, String body, Instant at) {
        Writes writes = writes();
        if (writes == null) {
            return insertNow(cursors.next(), dataset, key, enterprise, body, at);
        }
        cursors.lock();
        RecordKey recordKey = new RecordKey(dataset, key);
        if (there(writes, recordKey)) {
            return false;
        }
        long cursor = cursors.next();
        writes.recordsThere.put(recordKey, true);
        if (writes.written) {
            // appended while the transaction commits (a listener of its last events): written at once
            return insertNow(cursor, dataset, key, enterprise, body, at);
        }
        writes.appended.put(recordKey, new Appended(cursor, dataset, key, enterprise, body, at));
        return true;
    }

    /**
     * Reads which of these records are there in one query, so that this transaction's appends of them ask
     * nothing more. Take the feeds' lock first: under it no other transaction appends.
     */
    public void readRecords(Collection<RecordKey> keys) {
        Writes writes = writes();
        if (writes == null) {
            return;
        }
        List<RecordKey> unknown = keys.stream().filter(k -> !writes.recordsThere.containsKey(k)).distinct()
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        unknown.forEach(k -> writes.recordsThere.put(k, false));
        jdbc.sql("select dataset, record_key from dataset_record " + KeyArrays.join("dataset", "record_key"))
                .params(KeyArrays.of(unknown, RecordKey::dataset, RecordKey::key))
                .query(rs -> {
                    writes.recordsThere.put(new RecordKey(rs.getString(1), rs.getString(2)), true);
                });
    }

    /** A record's fields as JSON, by its key (one this transaction appended too). */
    public Optional<String> record(String dataset, String key) {
        Writes writes = writes();
        Appended own = writes == null ? null : writes.appended.get(new RecordKey(dataset, key));
        if (own != null) {
            return Optional.of(own.body());
        }
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
        Writes writes = writes();
        if (writes == null) {
            return;
        }
        List<String> unknown = keys.stream().filter(k -> !writes.halves.containsKey(k)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        unknown.forEach(k -> writes.halves.put(k, Optional.empty()));
        jdbc.sql("select pending_key, body from exchange_pending where pending_key = any(?)")
                .param(KeyArrays.any(unknown))
                .query(rs -> {
                    writes.halves.put(rs.getString(1), Optional.of(rs.getString(2)));
                });
    }

    /** Keeps one half of a record until the other is in (a half already kept stays as it was). */
    public void pending(String key, String body, Instant at) {
        Writes writes = writes();
        if (writes == null || writes.written) {
            keepNow(key, body, at);
            if (writes != null) {
                writes.halves.remove(key);
            }
            return;
        }
        if (pending(key).isPresent()) {
            return;
        }
        writes.halves.put(key, Optional.of(body));
        writes.kept.put(key, new Kept(body, at));
    }

    public Optional<String> pending(String key) {
        Writes writes = writes();
        Optional<String> body = writes == null ? null : writes.halves.get(key);
        if (body == null) {
            body = jdbc.sql("select body from exchange_pending where pending_key = ?").param(key)
                    .query(String.class).optional();
            if (writes != null) {
                writes.halves.put(key, body);
            }
        }
        return body;
    }

    public void forget(String key) {
        Writes writes = writes();
        if (writes == null || writes.written) {
            jdbc.sql("delete from exchange_pending where pending_key = ?").param(key).update();
        } else {
            // deleted before the halves kept are inserted: a half dropped and kept again is the one kept last
            writes.kept.remove(key);
            writes.dropped.add(key);
        }
        if (writes != null) {
            writes.halves.put(key, Optional.empty());
        }
    }

    private boolean there(Writes writes, RecordKey key) {
        Boolean there = writes.recordsThere.get(key);
        if (there == null) {
            there = jdbc.sql("select count(*) from dataset_record where dataset = ? and record_key = ?")
                    .params(key.dataset(), key.key()).query(Integer.class).single() > 0;
            writes.recordsThere.put(key, there);
        }
        return there;
    }

    private boolean insertNow(long cursor, String dataset, String key, String enterprise, String body, Instant at) {
        boolean appended = jdbc.sql("insert into dataset_record (cursor_no, dataset, record_key, enterprise, body, "
                        + "at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(cursor, dataset, key, enterprise, body, Timestamp.from(at)).update() > 0;
        if (!appended) {
            cursors.unused(cursor);
        }
        return appended;
    }

    private void keepNow(String key, String body, Instant at) {
        jdbc.sql("insert into exchange_pending (pending_key, body, at) values (?, ?, ?) on conflict do nothing")
                .params(key, body, Timestamp.from(at)).update();
    }

    /** The transaction's writes, a statement for each kind: the halves dropped, the halves kept, the records. */
    private void write(Writes writes) {
        if (!writes.dropped.isEmpty()) {
            jdbc.sql("delete from exchange_pending where pending_key = any(?)").param(KeyArrays.any(writes.dropped))
                    .update();
        }
        if (!writes.kept.isEmpty()) {
            List<Map.Entry<String, Kept>> kept = new ArrayList<>(writes.kept.entrySet());
            batch.batchUpdate("insert into exchange_pending (pending_key, body, at) values (?, ?, ?) "
                    + "on conflict do nothing", kept, kept.size(), (ps, e) -> {
                        ps.setString(1, e.getKey());
                        ps.setString(2, e.getValue().body());
                        ps.setTimestamp(3, Timestamp.from(e.getValue().at()));
                    });
        }
        if (!writes.appended.isEmpty()) {
            List<Appended> appended = new ArrayList<>(writes.appended.values());
            // no "on conflict": under the feeds' lock nobody else appends, and a key met twice is better run again
            // (DuplicateKeyException) than its record lost while its counters count it
            batch.batchUpdate("insert into dataset_record (cursor_no, dataset, record_key, enterprise, body, at) "
                    + "values (?, ?, ?, ?, ?, ?)", appended, appended.size(), (ps, a) -> {
                        ps.setLong(1, a.cursor());
                        ps.setString(2, a.dataset());
                        ps.setString(3, a.key());
                        ps.setString(4, a.enterprise());
                        ps.setString(5, a.body());
                        ps.setTimestamp(6, Timestamp.from(a.at()));
                    });
        }
        writes.dropped.clear();
        writes.kept.clear();
        writes.appended.clear();
        writes.written = true;
    }

    /** This transaction's writes; null outside a transaction. */
    private Writes writes() {
        return TransactionScoped.get(WRITES, Writes::new, this::write);
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
