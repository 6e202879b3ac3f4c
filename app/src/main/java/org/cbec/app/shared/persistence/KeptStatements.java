package org.cbec.app.shared.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.DelegatingPreparedStatement;
import org.apache.commons.dbcp2.PStmtKey;
import org.apache.commons.dbcp2.PoolingConnection;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * On H2, the pool's connections keep the statements they prepared (commons-dbcp2's {@code PoolingConnection}
 * inside HikariCP's pool), so that each is parsed once a connection. H2 can keep them itself
 * ({@code QUERY_CACHE_SIZE}), but walks all it keeps at a transaction's first write to each table, each query
 * working out anew which tables it reads: with 64 kept that walk was 7.3 % of a parcel's CPU (bench/README,
 * fifteenth step). Statements kept here are walked by nobody, and the embedded default's URL has H2 keep none.
 * PostgreSQL's driver keeps its own.
 */
@Component
public class KeptStatements implements BeanPostProcessor {

    /**
     * Statements kept a connection: a connection runs 45 to 60 distinct ones in an intake, and the whole platform
     * about 200; past this the one unused the longest is closed.
     */
    static final int PER_CONNECTION = 256;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(pool.getJdbcUrl());
            h2.setUser(pool.getUsername());
            h2.setPassword(pool.getPassword() == null ? "" : pool.getPassword());
            pool.setDataSource(new KeepingDataSource(h2));
        }
        return bean;
    }

    /** H2's data source, each connection keeping its prepared statements. */
    static final class KeepingDataSource extends DelegatingDataSource {

        KeepingDataSource(DataSource h2) {
            super(h2);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return keeping(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return keeping(super.getConnection(user, password));
        }

        /** As commons-dbcp2's own pool sets up a connection's statement pool. */
        static Connection keeping(Connection connection) {
            PoolingConnection keeping = new PoolingConnection(connection);
            GenericKeyedObjectPoolConfig<DelegatingPreparedStatement> config = new GenericKeyedObjectPoolConfig<>();
            config.setMaxTotalPerKey(-1);
            config.setBlockWhenExhausted(false);
            config.setMaxWait(Duration.ZERO);
            config.setMaxIdlePerKey(1);
            config.setMaxTotal(PER_CONNECTION);
            config.setJmxEnabled(false);
            keeping.setStatementPool(new GenericKeyedObjectPool<PStmtKey, DelegatingPreparedStatement>(keeping,
                    config));
            return keeping;
        }
    }
}
