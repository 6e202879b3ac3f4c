package org.cbec.app;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The middle layer of tests: a fresh in-memory H2 database in PostgreSQL mode with every module's migrations applied,
 * for repository tests that run their SQL for real without starting the application.
 */
public final class MigratedDatabase {

    private final DataSource dataSource;

    private MigratedDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static MigratedDatabase fresh() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:r" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).outOfOrder(true).locations("classpath:db/migration/shared",
                "classpath:db/migration/registry", "classpath:db/migration/clearance", "classpath:db/migration/customs",
                "classpath:db/migration/export", "classpath:db/migration/exchange", "classpath:db/migration/onestop")
                .load().migrate();
        return new MigratedDatabase(h2);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
