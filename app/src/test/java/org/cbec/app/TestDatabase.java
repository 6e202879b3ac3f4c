package org.cbec.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Each test context gets a database of its own: a new in-memory H2 database, or a new schema in the local
 * PostgreSQL when CBEC_TEST_DB=postgres.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void configure(DynamicPropertyRegistry registry) {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if ("postgres".equals(System.getenv("CBEC_TEST_DB"))) {
            String url = "jdbc:postgresql://127.0.0.1:5432/test";
            try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("create schema " + name);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is required with CBEC_TEST_DB=postgres",
                        e);
            }
            registry.add("spring.datasource.url", () -> url + "?currentSchema=" + name);
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
            // as the postgres profile runs it: commits flushed in groups (shared.persistence.GroupCommit)
            registry.add("spring.datasource.hikari.connection-init-sql", () -> "set synchronous_commit = off");
            registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=0;"
                    + "OPTIMIZE_REUSE_RESULTS=0;DB_CLOSE_DELAY=-1");
        }
    }
}
