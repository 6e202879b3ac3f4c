package org.cbec.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the embedded database costs a row and an index entry, written the way the platform writes (issue 15): a
 * transaction of ten rows as a message's intake is, keys as random as record guids and order numbers, on a file
 * opened with the platform's settings, the store written once every twenty transactions as its group commit does
 * under load. A parcel writes about 45 rows and 120 index entries; this prices them apart from the platform's
 * own code, so the floor of the schema (what no code change above it can go under) is measured, not guessed.
 *
 * <pre>java -jar bench/target/benchmarks.jar H2WriteBenchmark -f 2 -wi 3 -w 3 -i 5 -r 3 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class H2WriteBenchmark {

    /** Rows a transaction, as in a message of ten records. */
    static final int ROWS = 10;
    /** Rows there before the clock, so that the b-trees are as deep as after a warm-up. */
    static final int ROWS_BEFORE = 200_000;

    /** Secondary indexes on the table, each on a random key. */
    @Param({"0", "1", "3"})
    public int indexes;

    /**
     * Transactions a write of the store: 20 is about what the group commit gives at 200 parcels a second (a write
     * every 15 ms); more is what fewer, later writes would give.
     */
    @Param({"20", "200"})
    public int transactionsAWrite;

    /** H2's page cache in MB: 16 is its default, the platform's too. */
    @Param({"16"})
    public int cacheMb;

    /**
     * H2's page split size in bytes ({@code PAGE_SIZE} in the URL; 4,096 its default): a leaf copied on each write
     * to it and serialized again at each write of the store is smaller when the page is.
     */
    @Param({"4096"})
    public int pageSize;

    /**
     * The type of the long column: a document's JSON or a receipt's XML as text (H2 encodes a string a character at
     * a time each time it serializes the page) or as its UTF-8 bytes (copied whole).
     */
    @Param({"varchar", "varbinary"})
    public String bodyType;

    private Path dir;
    private Connection connection;
    private PreparedStatement insert;
    private MVStore store;
    private final SplittableRandom random = new SplittableRandom(15);
    private long nextId;
    private int sinceWrite;

    @Setup(Level.Trial)
    public void open() throws SQLException, IOException {
        dir = Files.createTempDirectory("h2-write");
        connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("b")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=0;"
                + "OPTIMIZE_REUSE_RESULTS=0;WRITE_DELAY=1000;CACHE_SIZE=" + cacheMb * 1024 + ";PAGE_SIZE=" + pageSize);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table t (id bigint primary key, a varchar(36) not null, b varchar(36) not null, "
                    + "c varchar(36) not null, body " + bodyType + " not null)");
            for (int i = 0; i < indexes; i++) {
                ddl.execute("create index t_" + i + " on t (" + (char) ('a' + i) + ")");
            }
        }
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        store = session.getDatabase().getStore().getMvStore();
        insert = connection.prepareStatement("insert into t (id, a, b, c, body) values (?, ?, ?, ?, ?)");
        connection.setAutoCommit(false);
        for (int i = 0; i < ROWS_BEFORE / ROWS; i++) {
            transaction();
        }
        store.commit();
    }

    @Benchmark
    public long transaction() throws SQLException {
        for (int i = 0; i < ROWS; i++) {
            insert.setLong(1, nextId++);
            insert.setString(2, key());
            insert.setString(3, key());
            insert.setString(4, key());
            // about the size of a stored document's JSON
            String body = "{\"orderNo\":\"" + key() + "\",\"goods\":[" + "1,".repeat(250) + "1]}";
            if ("varbinary".equals(bodyType)) {
                insert.setBytes(5, body.getBytes(StandardCharsets.UTF_8));
            } else {
                insert.setString(5, body);
            }
            insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
        if (++sinceWrite == transactionsAWrite) {
            sinceWrite = 0;
            store.commit();
        }
        return nextId;
    }

    private String key() {
        return Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException, IOException {
        connection.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
