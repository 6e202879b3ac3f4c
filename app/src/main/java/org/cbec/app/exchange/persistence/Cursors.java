package org.cbec.app.exchange.persistence;

import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cursor values of datasets and inboxes, from {@code dataset_sequence} under a row lock held to the writer's
 * commit: cursors become visible in order, so that a reader paging by cursor neither skips nor repeats anything.
 * The same lock orders the feeds' writes. A transaction reads the row once, when it takes the lock, hands out the
 * following values itself and writes the last one back just before it commits: a message of ten parcels feeds
 * thirty records, and each cost an update and a select.
 */
@Component
public class Cursors {

    private final JdbcClient jdbc;

    public Cursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the lock, to the end of the transaction; the last cursor handed out. */
    public long lock() {
        Block block = block();
        return block == null ? advance(0) : block.last;
    }

    /** The next cursor value; the lock is held to the end of the transaction. */
    public long next() {
        Block block = block();
        if (block == null) {
            return advance(1);
        }
        block.last++;
        if (block.written) {
            // handed out while the transaction commits (a listener of its last events): written at once
            write(block.last);
        }
        return block.last;
    }

    /**
     * Takes back {@code cursor}, the last value {@link #next} gave, when nothing was stored under it: readers
     * see no gap.
     */
    public void unused(long cursor) {
        Block block = block();
        if (block != null && !block.written && block.last == cursor) {
            block.last--;
        }
    }

    private long advance(int by) {
        // the update takes the row's lock (no SELECT ... FOR UPDATE: H2 parses one anew at each call)
        jdbc.sql("update dataset_sequence set last_cursor = last_cursor + ? where id = 1").param(by).update();
        return jdbc.sql("select last_cursor from dataset_sequence where id = 1").query(Long.class).single();
    }

    private void write(long last) {
        jdbc.sql("update dataset_sequence set last_cursor = ? where id = 1").param(last).update();
    }

    /** This transaction's values: the last handed out, and whether it is written back already. */
    private static final class Block {
        private long last;
        private long read;
        private boolean written;
    }

    /** The transaction's block, the lock taken at the first call; null outside a transaction. */
    private Block block() {
        return TransactionScoped.get(this, () -> {
            Block fresh = new Block();
            fresh.read = advance(0);
            fresh.last = fresh.read;
            return fresh;
        }, block -> {
            if (block.last != block.read) {
                write(block.last);
            }
            block.written = true;
        });
    }
}
