package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.cbec.app.shared.persistence.GroupCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL (V90_1, V90_2): the tables every parcel updates are vacuumed by a count of dead rows and keep room
 * for updates in place; the pool's commits do not wait for the log, so GroupCommit flushes it before every answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresStorageTest extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GroupCommit groupCommit;

    @BeforeEach
    void onPostgres() {
        assumeTrue("postgres".equals(System.getenv("CBEC_TEST_DB")), "PostgreSQL only: storage settings of V90_1, "
                + "V90_2");
    }

    @Test
    void hotTablesAreVacuumedByCountAndKeepRoomForUpdatesInPlace() {
        assertThat(options("inventory_state")).contains("fillfactor=80", "autovacuum_vacuum_scale_factor=0.01");
        assertThat(options("receipt_sequence")).contains("fillfactor=10", "autovacuum_vacuum_scale_factor=0",
                "autovacuum_vacuum_threshold=1000");
        assertThat(options("event_publication")).contains("autovacuum_vacuum_threshold=5000");
        assertThat(options("export_inventory")).as("V90_2").contains("fillfactor=80",
                "autovacuum_vacuum_scale_factor=0.01");
        assertThat(options("export_waybill")).as("V90_2").contains("fillfactor=85");
    }

    @Test
    void commitsAreFlushedInGroupsBeforeAnswers() {
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("off");
        assertThat(groupCommit.active()).isTrue();
        long before = writes();
        groupCommit.await();
        assertThat(writes()).isGreaterThan(before);
    }

    private String options(String table) {
        return jdbc.sql("select array_to_string(reloptions, ',') from pg_class where relname = ? "
                + "and relnamespace = current_schema()::regnamespace").param(table).query(String.class).single();
    }

    private long writes() {
        return jdbc.sql("select writes from group_commit where id = 1").query(Long.class).single();
    }
}
