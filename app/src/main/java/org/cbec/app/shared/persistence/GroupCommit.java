package org.cbec.app.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Makes what was committed durable before anyone is told of it, for many transactions at once. A database made
 * durable at every commit pays a write to disk per transaction, and a parcel runs about ten. Here the commits are
 * left to be written later, and an answer that tells the outside world something (a 202, a receipt served, a
 * webhook posted) first waits in {@link #await} for a write that began after it asked: the one write covers every
 * transaction committed by then. So nothing answered is lost, at a write per batch instead of per commit:
 * <ul>
 * <li>the embedded H2 on a file ({@code WRITE_DELAY} above 0): the write is of the store's changed pages to its
 * file; a process killed at any moment loses nothing answered (as with {@code WRITE_DELAY=0} before);</li>
 * <li>PostgreSQL with {@code synchronous_commit = off} on the pool's connections (the {@code postgres} profile):
 * the write is a commit with {@code synchronous_commit = on} of this class's own, which flushes the write-ahead
 * log up to it, every earlier commit included; a power loss loses nothing answered.</li>
 * </ul>
 * On an in-memory H2, on an H2 writing each commit itself and on a PostgreSQL committing synchronously it does
 * nothing: each commit is as durable as it gets there.
 */
@Component
public class GroupCommit implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

    private final MVStore store;
    private final boolean postgres;
    private final DataSource dataSource;
    private Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition asked = lock.newCondition();
    private final Condition written = lock.newCondition();
    private long requested;
    private long flushed;
    private RuntimeException failure;
    private volatile boolean running = true;
    private final Thread writer;

    public GroupCommit(DataSource dataSource) {
        this.dataSource = dataSource;
        this.store = fileStore(dataSource);
        this.postgres = store == null && asynchronousPostgres(dataSource);
        if (store == null && !postgres) {
            writer = null;
            return;
        }
        writer = new Thread(this::write, "group-commit");
        writer.setDaemon(true);
        writer.start();
        LOG.info("{}: commits are made durable in groups, before any answer tells of them",
                postgres ? "PostgreSQL" : "embedded database");
    }

    /** Whether answers wait for a write of their own; otherwise each commit is durable by itself. */
    public boolean active() {
        return writer != null;
    }

    /** Returns once everything committed before the call is durable. */
    public void await() {
        if (writer == null) {
            return;
        }
        lock.lock();
        try {
            long ticket = ++requested;
            asked.signal();
            while (flushed < ticket && failure == null) {
                written.awaitUninterruptibly();
            }
            if (flushed < ticket) {
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    private void write() {
        while (running) {
            long target;
            lock.lock();
            try {
                while (running && requested == flushed) {
                    asked.awaitUninterruptibly();
                }
                target = requested;
            } finally {
                lock.unlock();
            }
            RuntimeException failed = null;
            try {
                writeNow();
            } catch (RuntimeException | SQLException e) {
                if (!running) {
                    // closed at shutdown, after the last answer
                    return;
                }
                LOG.error("the embedded database could not write its file", e);
                failed = new DataAccessResourceFailureException("the database could not write its file", e);
            }
            lock.lock();
            try {
                if (failed == null) {
                    flushed = target;
                } else {
                    failure = failed;
                }
                written.signalAll();
            } finally {
                lock.unlock();
            }
            if (failed != null) {
                return;
            }
        }
    }

    /**
     * Counts the write in a row of its own. On H2, with a change of its own to write, the store writes now and in
     * this thread, after any write H2's background thread had begun (its writes queue in order), so none is still
     * on its way to the file when this returns. On PostgreSQL the commit of the count is synchronous, and the log
     * is flushed in order: every commit before it is on disk when it returns.
     */
    private void writeNow() throws SQLException {
        if (connection == null || connection.isClosed()) {
            // its own, held: a write never waits in the pool's queue behind the requests that wait for it
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (postgres) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set synchronous_commit = on");
                }
            }
        }
        try (PreparedStatement count = connection.prepareStatement(
                "update group_commit set writes = writes + 1 where id = 1")) {
            count.executeUpdate();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        if (store != null) {
            store.commit();
        }
    }

    @Override
    public void destroy() {
        if (writer == null) {
            return;
        }
        running = false;
        lock.lock();
        try {
            asked.signal();
        } finally {
            lock.unlock();
        }
    }

    private static boolean asynchronousPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet setting = statement.executeQuery("show synchronous_commit")) {
                return setting.next() && "off".equals(setting.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to set up its writes", e);
        }
    }

    private static MVStore fileStore(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return null;
            }
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            if (!session.getDatabase().isPersistent()) {
                return null;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            if (store.getFileStore() == null || store.getAutoCommitDelay() == 0) {
                // in memory, or WRITE_DELAY=0: H2 writes each commit itself
                return null;
            }
            return store;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to set up its writes", e);
        }
    }
}
