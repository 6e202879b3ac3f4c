package org.cbec.app.exchange.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.exchange.domain.DataAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The datasets' records in cursor order ({@link Cursors}), the halves of a record waiting for each other, and the
 * log of every read.
 */
@Repository
public class DatasetRepository {

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

    /** Keeps one half of a record until the other is in. */
    public void pending(String key, String body, Instant at) {
        jdbc.sql("insert into exchange_pending (pending_key, body, at) values (?, ?, ?) on conflict do nothing")
                .params(key, body, Timestamp.from(at)).update();
    }

    public Optional<String> pending(String key) {
        return jdbc.sql("select body from exchange_pending where pending_key = ?").param(key).query(String.class)
                .optional();
    }

    public void forget(String key) {
        jdbc.sql("delete from exchange_pending where pending_key = ?").param(key).update();
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
