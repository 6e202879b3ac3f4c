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

/**
 * The statistics' counters, added to as parcels are released (under the feeds' lock, so an update and then an
 * insert is safe), and the sums a query reads from them.
 */
@Repository
public class StatisticsRepository {

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void parcel(LocalDate day, String direction, String tradeMode, String enterprise, BigDecimal value,
                       BigDecimal tax) {
        if (jdbc.sql("update stat_parcels set parcels = parcels + 1, goods_value = goods_value + ?, tax = tax + ? "
                        + "where stat_day = ? and direction = ? and trade_mode = ? and enterprise = ?")
                .params(value, tax, Date.valueOf(day), direction, tradeMode, enterprise).update() == 0) {
            jdbc.sql("insert into stat_parcels (stat_day, direction, trade_mode, enterprise, parcels, goods_value, "
                    + "tax) values (?, ?, ?, ?, 1, ?, ?)").params(Date.valueOf(day), direction, tradeMode, enterprise,
                    value, tax).update();
        }
    }

    /** A goods line by HS chapter (the code's first two digits). */
    public void goods(LocalDate day, String direction, String chapter, BigDecimal value) {
        line("stat_goods", "hs_chapter", day, direction, chapter, value);
    }

    /** A goods line by country: of origin for an import, of destination for an export. */
    public void country(LocalDate day, String direction, String country, BigDecimal value) {
        line("stat_country", "country", day, direction, country, value);
    }

    private void line(String table, String column, LocalDate day, String direction, String key, BigDecimal value) {
        if (jdbc.sql("update " + table + " set goods_lines = goods_lines + 1, goods_value = goods_value + ? "
                        + "where stat_day = ? and direction = ? and " + column + " = ?")
                .params(value, Date.valueOf(day), direction, key).update() == 0) {
            jdbc.sql("insert into " + table + " (stat_day, direction, " + column + ", goods_lines, goods_value) "
                            + "values (?, ?, ?, 1, ?)")
                    .params(Date.valueOf(day), direction, key, value).update();
        }
    }

    public void release(LocalDate day, String direction, int withinSeconds) {
        if (jdbc.sql("update stat_release set parcels = parcels + 1 where stat_day = ? and direction = ? "
                        + "and within_seconds = ?")
                .params(Date.valueOf(day), direction, withinSeconds).update() == 0) {
            jdbc.sql("insert into stat_release (stat_day, direction, within_seconds, parcels) values (?, ?, ?, 1)")
                    .params(Date.valueOf(day), direction, withinSeconds).update();
        }
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
