package org.cbec.bench;

import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.h2.schema.Schema;
import org.h2.table.Table;

/**
 * What the embedded database's writes are made of, table by table and index by index (issue 15). At each write of
 * its store H2 writes again, whole, every page changed since the last: a row put in a random place of an index
 * costs a page of it. This reads a copy of a database file in which no chunk was reused (the platform started with
 * {@code ;AUTO_COMPACT_FILL_RATE=0;RETENTION_TIME=36000000} added to its URL), sums the pages of the chunks written
 * between two instants by the map they belong to, and names each map's table or index. {@code bench/h2-pages.sh}
 * runs the whole measurement.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.cbec.bench.H2PagesWritten COPY.mv.db FROM_MS TO_MS PARCELS</pre>
 */
public final class H2PagesWritten {

    private static final Pattern CREATED = Pattern.compile("fileHeader .*created:([0-9a-f]+)");
    private static final Pattern CHUNK = Pattern.compile("chunkHeader .*time:([0-9a-f]+)");
    private static final Pattern PAGE = Pattern.compile("^\\+\\S+ (leaf|node), map ([0-9a-f]+), (\\d+) entries, "
            + "(\\d+) bytes");

    /** Bytes, pages, leaves and leaf entries written to one map. */
    private static final class Written {
        long bytes;
        long pages;
        long leaves;
        long entries;
    }

    private H2PagesWritten() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: H2PagesWritten COPY.mv.db FROM_MS TO_MS PARCELS");
            System.exit(2);
        }
        String file = args[0];
        long from = Long.parseLong(args[1]);
        long to = Long.parseLong(args[2]);
        double parcels = Double.parseDouble(args[3]);
        Map<Integer, Written> byMap = new HashMap<>();
        long[] created = {0};
        boolean[] inWindow = {false};
        MVStoreTool.dump(file, new LineWriter(line -> {
            Matcher m = CREATED.matcher(line);
            if (created[0] == 0 && m.find()) {
                created[0] = Long.parseLong(m.group(1), 16);
                return;
            }
            m = CHUNK.matcher(line);
            if (m.find()) {
                long at = created[0] + Long.parseLong(m.group(1), 16);
                inWindow[0] = at >= from && at <= to;
                return;
            }
            m = PAGE.matcher(line);
            if (inWindow[0] && m.find()) {
                Written w = byMap.computeIfAbsent(Integer.parseInt(m.group(2), 16), k -> new Written());
                w.bytes += Long.parseLong(m.group(4));
                w.pages++;
                if (m.group(1).equals("leaf")) {
                    w.leaves++;
                    w.entries += Long.parseLong(m.group(3));
                }
            }
        }), true);
        Map<Integer, String> names = names(file);
        long total = byMap.values().stream().mapToLong(w -> w.bytes).sum();
        System.out.printf("written between the two instants: %.1f KB a parcel%n", total / 1024.0 / parcels);
        System.out.println("| KB a parcel | share | pages a parcel | leaves a parcel | entries a leaf | map |");
        System.out.println("|---:|---:|---:|---:|---:|---|");
        List<Map.Entry<Integer, Written>> sorted = new ArrayList<>(byMap.entrySet());
        sorted.sort((a, b) -> Long.compare(b.getValue().bytes, a.getValue().bytes));
        for (Map.Entry<Integer, Written> e : sorted.subList(0, Math.min(30, sorted.size()))) {
            Written w = e.getValue();
            System.out.printf("| %.1f | %.1f %% | %.2f | %.2f | %.1f | %s |%n", w.bytes / 1024.0 / parcels,
                    w.bytes * 100.0 / total, w.pages / parcels, w.leaves / parcels,
                    w.leaves == 0 ? 0.0 : (double) w.entries / w.leaves,
                    names.getOrDefault(e.getKey(), "map " + e.getKey()));
        }
    }

    /** Each map's name, and for a table's or an index's map which one it is. */
    private static Map<Integer, String> names(String file) throws Exception {
        String base = Path.of(file).toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        Map<Integer, String> names = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r", "sa", "")) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            Database database = session.getDatabase();
            Map<Integer, String> objects = new HashMap<>();
            for (Schema schema : database.getAllSchemas()) {
                for (Table table : schema.getAllTablesAndViews(session)) {
                    objects.put(table.getId(), "table " + table.getName());
                    if (table.getIndexes() != null) {
                        for (Index index : table.getIndexes()) {
                            objects.put(index.getId(), index.getName() + " on " + table.getName());
                        }
                    }
                }
            }
            MVStore store = database.getStore().getMvStore();
            for (String name : store.getMapNames()) {
                int dot = name.indexOf('.');
                String of = name;
                if (name.startsWith("table.") || name.startsWith("index.")) {
                    of = objects.getOrDefault(Integer.parseInt(name.substring(dot + 1)), name);
                }
                names.put(store.openMap(name).getId(), of);
            }
        }
        names.put(0, "the store's own layout and metadata");
        return names;
    }

    /** Hands each whole line written to it on, without keeping the dump (hundreds of MB). */
    private static final class LineWriter extends Writer {
        private final java.util.function.Consumer<String> lines;
        private final StringBuilder line = new StringBuilder();

        LineWriter(java.util.function.Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    lines.accept(line.toString());
                    line.setLength(0);
                } else {
                    line.append(chars[i]);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            if (!line.isEmpty()) {
                lines.accept(line.toString());
            }
        }
    }
}
