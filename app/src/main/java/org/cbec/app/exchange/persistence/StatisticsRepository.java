package org.cbec.app.exchange.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.StatisticsRow;
import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics' counters, added to as parcels are released (under the feeds' lock, so an update and then an
 * insert is safe) and written once a row by each transaction, and the sums a query reads from them.
 */
@Repository
public class StatisticsRepository {

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void parcel(LocalDate day, String direction, String tradeMode, String enterprise, BigDecimal value,
                       BigDecimal tax) {
        add(Counter.PARCELS, List.of(Date.valueOf(day), direction, tradeMode, enterprise), value, tax);
    }

    /** A goods line by HS chapter (the code's first two digits). */
    public void goods(LocalDate day, String direction, String chapter, BigDecimal value) {
        add(Counter.GOODS, List.of(Date.valueOf(day), direction, chapter), value);
    }

    /** A goods line by country: of origin for an import, of destination for an export. */
    public void country(LocalDate day, String direction, String country, BigDecimal value) {
        add(Counter.COUNTRY, List.of(Date.valueOf(day), direction, country), value);
    }

    public void release(LocalDate day, String direction, int withinSeconds) {
        add(Counter.RELEASE, List.of(Date.valueOf(day), direction, withinSeconds));
    }

    /** A table of counters: the columns of its key, the one it counts in and those it sums. */
    private enum Counter {
        PARCELS("stat_parcels", List.of("stat_day", "direction", "trade_mode", "enterprise"), "parcels",
                List.of("goods_value", "tax")),
        GOODS("stat_goods", List.of("stat_day", "direction", "hs_chapter"), "goods_lines", List.of("goods_value")),
        COUNTRY("stat_country", List.of("stat_day", "direction", "country"), "goods_lines", List.of("goods_value")),
        RELEASE("stat_release", List.of("stat_day", "direction", "within_seconds"), "parcels", List.of());

        private final String update;
        private final String insert;
        private final int summed;

        Counter(String table, List<String> key, String count, List<String> sums) {
            List<String> added = new ArrayList<>(List.of(count));
            added.addAll(sums);
            this.update = "update " + table + " set " + String.join(", ", added.stream().map(c -> c + " = " + c
                    + " + ?").toList()) + " where " + String.join(" and ", key.stream().map(c -> c + " = ?")
                    .toList());
            List<String> columns = new ArrayList<>(key);
            columns.addAll(added);
            this.insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            this.summed = sums.size();
        }
    }

    /** What a transaction adds to one row of counters. */
    private record Row(Counter counter, List<Object> key) {
    }

    private static final class Added {
        private long count;
        private final BigDecimal[] sums;

        Added(int summed) {
            sums = Collections.nCopies(summed, BigDecimal.ZERO).toArray(BigDecimal[]::new);
        }
    }

    /**
     * Adds one to a row's count and the amounts to its sums. A transaction adds up what it counts (the parcels of
     * a message share their day, enterprise, chapters and countries) and writes each row once before it commits.
     */
    private void add(Counter counter, List<Object> key, BigDecimal... amounts) {
        Pending pending = TransactionScoped.get(this, Pending::new, this::write);
        Pending now = pending == null || pending.written ? new Pending() : pending;
        Added added = now.rows.computeIfAbsent(new Row(counter, key), row -> new Added(counter.summed));
        added.count++;
        for (int i = 0; i < amounts.length; i++) {
            added.sums[i] = added.sums[i].add(amounts[i]);
        }
        if (now != pending) {
            // outside a transaction, or while it commits (a listener of its last events): written at once
            write(now);
        }
    }

    /** What a transaction has added up, and whether it is written already. */
    private static final class Pending {
        private final Map<Row, Added> rows = new LinkedHashMap<>();
        private boolean written;
    }

    /** Under the feeds' lock, held to the commit: an update, else an insert, is safe. */
    private void write(Pending pending) {
        pending.rows.forEach((row, added) -> {
            List<Object> amounts = new ArrayList<>(List.of(added.count));
            amounts.addAll(List.of(added.sums));
            List<Object> update = new ArrayList<>(amounts);
            update.addAll(row.key());
            if (jdbc.sql(row.counter().update).params(update).update() == 0) {
                List<Object> insert = new ArrayList<>(row.key());
                insert.addAll(amounts);
                jdbc.sql(row.counter().insert).params(insert).update();
            }
        });
        pending.written = true;
    }

    /**
     * Sums by period ({@code YYYY-MM-DD} or {@code YYYY-MM}) and by one column of parcels (or, for the HS chapter
     * and the country, of goods lines) between two days, both included; the biggest groups first within a period,
     * only the {@code top} biggest when it is given.
     */
    public List<StatisticsRow> sums(LocalDate from, LocalDate to, boolean byMonth, String group, String direction,
                                    Integer top) {
        // grouped by the date itself (or its month's first day), formatted here: cheaper than a string per row
        String period = byMonth ? "date_trunc('month', stat_day)" : "stat_day";
        boolean goods = "hs_chapter".equals(group) || "country".equals(group);
        String key = group == null ? "'*'" : group;
        String table = !goods ? "stat_parcels" : "country".equals(group) ? "stat_country" : "stat_goods";
        String count = goods ? "goods_lines" : "parcels";
        String tax = goods ? "0" : "tax";
        String sums = "select " + period + " p, " + key + " g, sum(" + count + ") c, sum(goods_value) v, sum(" + tax
                + ") t from " + table + " where stat_day between ? and ?"
                + (direction == null ? "" : " and direction = ?")
                + " group by " + period + (group == null ? "" : ", " + key);
        // the top N of each period ranked by the database, so that only they leave it
        String ranked = top == null ? sums : "select p, g, c, v, t from (select s.*, row_number() over (partition "
                + "by p order by c desc, g) n from (" + sums + ") s) r where n <= " + top;
        return jdbc.sql("select p, g, c, v, t from (" + ranked + ") q order by p, c desc, g")
                .params(direction == null ? List.of(Date.valueOf(from), Date.valueOf(to))
                        : List.of(Date.valueOf(from), Date.valueOf(to), direction))
                .query((rs, n) -> new StatisticsRow(byMonth ? rs.getDate(1).toLocalDate().toString().substring(0, 7)
                        : rs.getDate(1).toLocalDate().toString(), rs.getString(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
    }

    /** Parcels by bucket of release time between two days. */
    public Map<Integer, Long> releases(LocalDate from, LocalDate to, String direction) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select within_seconds, sum(parcels) from stat_release where stat_day between ? and ?"
                        + (direction == null ? "" : " and direction = ?") + " group by within_seconds")
                .params(direction == null ? List.of(Date.valueOf(from), Date.valueOf(to))
                        : List.of(Date.valueOf(from), Date.valueOf(to), direction))
                .query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2))).list();
        return counts;
    }
}
