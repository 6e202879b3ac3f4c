package org.cbec.app.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbc.JdbcPreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pool's H2 connections keep their prepared statements ({@link KeptStatements}): each is parsed once a
 * connection, a kept statement still reads what its own transaction and others wrote since it last ran, and
 * {@link GroupCommit} still finds the embedded store behind the kept connections.
 */
class KeptStatementsTest {

    /** The embedded default's settings (application.yml): H2 keeps no statement and reuses no result itself. */
    private static final String PLATFORM = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;QUERY_CACHE_SIZE=0;"
            + "OPTIMIZE_REUSE_RESULTS=0;WRITE_DELAY=1000";

    @TempDir
    Path dir;

    private HikariDataSource pool;

    private HikariDataSource pool(String url, int connections) {
        pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(connections);
        new KeptStatements().postProcessAfterInitialization(pool, "dataSource");
        return pool;
    }

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void aStatementIsPreparedOnceAConnection() throws SQLException {
        pool("jdbc:h2:file:" + dir.resolve("db") + PLATFORM, 1);
        JdbcPreparedStatement first;
        JdbcPreparedStatement again;
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement("select 1 where ? = 1")) {
            first = statement.unwrap(JdbcPreparedStatement.class);
        }
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement("select 1 where ? = 1")) {
            again = statement.unwrap(JdbcPreparedStatement.class);
            statement.setInt(1, 1);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }
        }
        assertThat(again).as("the same H2 statement, taken from the connection's keeping").isSameAs(first);
    }

    @Test
    void pastPerConnectionKeptTheStatementUnusedTheLongestMakesRoom() throws SQLException {
        pool("jdbc:h2:file:" + dir.resolve("db") + PLATFORM, 1);
        try (Connection connection = pool.getConnection()) {
            for (int i = 0; i < KeptStatements.PER_CONNECTION + 50; i++) {
                try (PreparedStatement statement = connection.prepareStatement("select " + i + " where ? = 1")) {
                    statement.setInt(1, 1);
                    try (ResultSet rows = statement.executeQuery()) {
                        assertThat(rows.next()).isTrue();
                        assertThat(rows.getInt(1)).isEqualTo(i);
                    }
                }
            }
        }
    }

    /** With H2's reuse of results on (a URL given without the platform's settings) and off (the platform's). */
    @ParameterizedTest
    @ValueSource(strings = {";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=1000", PLATFORM})
    void aKeptStatementReadsWhatWasWrittenSinceItLastRan(String settings) throws SQLException {
        pool("jdbc:h2:file:" + dir.resolve("db") + settings, 2);
        try (Connection ddl = pool.getConnection(); Statement statement = ddl.createStatement()) {
            statement.execute("create table parcel (no varchar(20) primary key)");
        }
        try (Connection mine = pool.getConnection(); Connection other = pool.getConnection()) {
            assertThat(count(mine)).isZero();
            mine.setAutoCommit(false);
            insert(mine, "P1");
            assertThat(count(mine)).as("this transaction's own write").isEqualTo(1);
            insert(other, "P2");
            assertThat(count(other)).as("another connection sees only what was committed").isEqualTo(1);
            mine.commit();
            assertThat(count(mine)).as("both committed").isEqualTo(2);
            assertThat(count(other)).isEqualTo(2);
            mine.setAutoCommit(true);
        }
    }

    @Test
    void theGroupCommitFindsTheStoreBehindKeptConnections() throws SQLException {
        pool("jdbc:h2:file:" + dir.resolve("db") + PLATFORM, 2);
        try (Connection ddl = pool.getConnection(); Statement statement = ddl.createStatement()) {
            statement.execute("create table group_commit (id int primary key, writes bigint not null)");
            statement.execute("insert into group_commit values (1, 0)");
        }
        GroupCommit groupCommit = new GroupCommit(pool);
        try {
            assertThat(groupCommit.active()).isTrue();
            groupCommit.await();
            groupCommit.await();
        } finally {
            groupCommit.destroy();
        }
    }

    @Test
    void aPostgresPoolIsLeftAsItIs() {
        pool("jdbc:postgresql://127.0.0.1:5432/test", 1);
        assertThat(pool.getDataSource()).isNull();
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from parcel where no > ?")) {
            statement.setString(1, "");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void insert(Connection connection, String no) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into parcel values (?)")) {
            statement.setString(1, no);
            statement.executeUpdate();
        }
    }
}
