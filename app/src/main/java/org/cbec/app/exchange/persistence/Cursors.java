package org.cbec.app.exchange.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cursor values of datasets and inboxes, from {@code dataset_sequence} under a row lock held to the writer's
 * commit: cursors become visible in order, so that a reader paging by cursor neither skips nor repeats anything.
 * The same lock orders the feeds' writes.
 */
@Component
public class Cursors {

    private final JdbcClient jdbc;

    public Cursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock, to the end of the transaction; the last cursor handed out. */
    public long lock() {
        return advance(0);
    }

    /** The next cursor value; the lock is held to the end of the transaction. */
    public long next() {
        return advance(1);
    }

    private long advance(int by) {
        // the update takes the row's lock (no SELECT ... FOR UPDATE: H2 parses one anew at each call)
        jdbc.sql("update dataset_sequence set last_cursor = last_cursor + ? where id = 1").param(by).update();
        return jdbc.sql("select last_cursor from dataset_sequence where id = 1").query(Long.class).single();
    }
}
