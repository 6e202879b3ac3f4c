package org.cbec.app.exchange.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.StatisticsRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statistics' counters, added to as parcels are released ({@link Counters}), and the sums a query reads. */
@Repository
public class StatisticsRepository {

    private final JdbcClient jdbc;
    private final Counters counters;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.counters = new Counters(jdbc);
    }

    public void parcel(LocalDate day, String direction, String tradeMode, String enterprise, BigDecimal value,
                       BigDecimal tax) {
        counters.add(PARCELS, List.of(Date.valueOf(day), direction, tradeMode, enterprise), 1L, value, tax);
    }

    /** A goods line by HS chapter (the code's first two digits). */
    public void goods(LocalDate day, String direction, String chapter, BigDecimal value) {
        counters.add(GOODS, List.of(Date.valueOf(day), direction, chapter), 1L, value);
    }

    /** A goods line by country: of origin for an import, of destination for an export. */
    public void country(LocalDate day, String direction, String country, BigDecimal value) {
        counters.add(COUNTRY, List.of(Date.valueOf(day), direction, country), 1L, value);
    }

    public void release(LocalDate day, String direction, int withinSeconds) {
        counters.add(RELEASE, List.of(Date.valueOf(day), direction, withinSeconds), 1L);
    }

    /** The statistics' tables: each counts parcels or goods lines and sums their value (and the parcels' tax). */
    private static final Counters.Table PARCELS = new Counters.Table("stat_parcels",
            List.of("stat_day", "direction", "trade_mode", "enterprise"), List.of("parcels", "goods_value", "tax"));
    private static final Counters.Table GOODS = new Counters.Table("stat_goods",
            List.of("stat_day", "direction", "hs_chapter"), List.of("goods_lines", "goods_value"));
    private static final Counters.Table COUNTRY = new Counters.Table("stat_country",
            List.of("stat_day", "direction", "country"), List.of("goods_lines", "goods_value"));
    private static final Counters.Table RELEASE = new Counters.Table("stat_release",
            List.of("stat_day", "direction", "within_seconds"), List.of("parcels"));

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
        counters.write();
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
        counters.write();
        jdbc.sql("select within_seconds, sum(parcels) from stat_release where stat_day between ? and ?"
                        + (direction == null ? "" : " and direction = ?") + " group by within_seconds")
                .params(direction == null ? List.of(Date.valueOf(from), Date.valueOf(to))
                        : List.of(Date.valueOf(from), Date.valueOf(to), direction))
                .query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2))).list();
        return counts;
    }
}
