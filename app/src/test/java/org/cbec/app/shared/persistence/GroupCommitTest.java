package org.cbec.app.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a crash leaves of the embedded database is its file as last written: a copy of the file taken while the
 * database is open, opened as a database of its own, is that. A commit is not in it until {@link GroupCommit}
 * writes; after {@link GroupCommit#await} it is, for every transaction committed before the call.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private JdbcDataSource dataSource;
    private Connection keepOpen;
    private GroupCommit groupCommit;

    @BeforeEach
    void open() throws SQLException {
        dataSource = new JdbcDataSource();
        // a write delay far longer than the test: nothing reaches the file unless GroupCommit writes it
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=600000");
        keepOpen = dataSource.getConnection();
        try (Statement statement = keepOpen.createStatement()) {
            statement.execute("create table group_commit (id int primary key, writes bigint not null)");
            statement.execute("insert into group_commit values (1, 0)");
            statement.execute("create table parcel (no varchar(20) primary key)");
        }
        groupCommit = new GroupCommit(dataSource);
        groupCommit.await();
    }

    @AfterEach
    void close() throws SQLException {
        groupCommit.destroy();
        keepOpen.close();
    }

    @Test
    void aCommitIsInTheFileOnlyOnceAwaited() throws Exception {
        assertThat(groupCommit.active()).isTrue();
        JdbcClient.create(dataSource).sql("insert into parcel values ('P1')").update();

        assertThat(parcelsInTheFile()).as("committed, not yet written").isEmpty();
        groupCommit.await();
        assertThat(parcelsInTheFile()).containsExactly("P1");
    }

    @Test
    void manyTransactionsAwaitingAtOnceAreAllWritten() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String no = "P" + i;
            sent.add(senders.submit(() -> {
                JdbcClient.create(dataSource).sql("insert into parcel values (?)").param(no).update();
                groupCommit.await();
            }));
        }
        for (Future<?> one : sent) {
            one.get();
        }
        senders.shutdown();

        assertThat(parcelsInTheFile()).hasSize(200);
    }

    @Test
    void inMemoryOrWrittenAtEachCommitItStandsAside() throws SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:group" + System.nanoTime());
        assertThat(new GroupCommit(memory).active()).isFalse();
        JdbcDataSource eachCommit = new JdbcDataSource();
        eachCommit.setURL("jdbc:h2:file:" + dir.resolve("each") + ";WRITE_DELAY=0");
        try (Connection open = eachCommit.getConnection()) {
            assertThat(new GroupCommit(eachCommit).active()).isFalse();
        }
    }

    /** The parcels of a copy of the database's file as it is now: what a process killed now would find. */
    private List<String> parcelsInTheFile() throws Exception {
        Path copy = dir.resolve("copy" + System.nanoTime());
        Files.createDirectories(copy);
        Files.copy(dir.resolve("db.mv.db"), copy.resolve("db.mv.db"));
        JdbcDataSource crashed = new JdbcDataSource();
        crashed.setURL("jdbc:h2:file:" + copy.resolve("db"));
        try (Connection connection = crashed.getConnection()) {
            List<String> parcels = JdbcClient.create(crashed).sql("select no from parcel order by no")
                    .query(String.class).list();
            connection.createStatement().execute("shutdown");
            return parcels;
        }
    }
}
