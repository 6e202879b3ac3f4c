package org.cbec.app.exchange.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.cbec.app.exchange.domain.InboxMessage;
import org.cbec.app.exchange.domain.Notice;
import org.cbec.app.exchange.domain.Result;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Departments' notices, and the results they send enterprises, in each enterprise's inbox in cursor order. */
@Repository
public class ResultRepository {

    private final JdbcClient jdbc;
    private final Cursors cursors;

    public ResultRepository(JdbcClient jdbc, Cursors cursors) {
        this.jdbc = jdbc;
        this.cursors = cursors;
    }

    public long publish(String department, String title, String body, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into notice (department, title, body, published_at) values (?, ?, ?, ?)")
                .params(department, title, body, Timestamp.from(at)).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    public List<Notice> notices(int offset, int limit) {
        return jdbc.sql("select id, department, title, body, published_at from notice order by id desc offset "
                        + offset + " rows fetch next " + limit + " rows only")
                .query((rs, n) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /** Delivers a result, its cursor taken under the sequence's lock (held to the commit). */
    public long deliver(String department, Result result, Instant at) {
        long cursor = cursors.next();
        jdbc.sql("insert into inbox_message (cursor_no, enterprise, department, kind, reference, outcome, detail, "
                        + "at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(cursor, result.enterprise(), department, result.kind(), result.reference(),
                        result.outcome(), result.detail(), Timestamp.from(at)).update();
        return cursor;
    }

    public List<InboxMessage> inbox(String enterprise, long after, int limit) {
        return jdbc.sql("select cursor_no, department, kind, reference, outcome, detail, at from inbox_message "
                        + "where enterprise = ? and cursor_no > ? order by cursor_no fetch first " + limit
                        + " rows only")
                .params(enterprise, after)
                .query((rs, n) -> new InboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }
}
