package org.cbec.app.exchange.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.ReleaseBuckets;
import org.cbec.app.exchange.domain.StatisticsRow;
import org.cbec.app.exchange.persistence.StatisticsRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics (统计监测) by day or month: parcels, value and tax by supervision mode, direction or enterprise, goods
 * lines and their value by HS chapter or country (of origin for imports, of destination for exports), the top N,
 * and the time from a complete set of documents to release (p50, p90, p99, and the share released within 10
 * minutes). Counted as parcels are released; a query reads counters, not parcels.
 */
@Service
public class Statistics {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The longest period one query spans. */
    public static final int MAX_DAYS = 366;
    /** The groups a query sums by, and the counters' column of each. */
    static final Map<String, String> GROUPS = Map.of("mode", "trade_mode", "direction", "direction", "enterprise",
            "enterprise", "chapter", "hs_chapter", "country", "country", "none", "");

    private final StatisticsRepository counters;

    Statistics(StatisticsRepository counters) {
        this.counters = counters;
    }

    /** A goods line as counted: its HS code, its country, its value. */
    record Goods(String gcode, String country, BigDecimal value) {
    }

    /**
     * A released parcel is counted: its day in China, its direction (I, E), mode, enterprise, value and tax, and
     * its goods lines by chapter and country.
     */
    void released(String direction, String tradeMode, String enterprise, Instant declaredAt, Instant releasedAt,
                  BigDecimal value, BigDecimal tax, List<Goods> goods) {
        LocalDate day = LocalDate.ofInstant(releasedAt, CHINA);
        counters.parcel(day, direction, tradeMode == null ? "" : tradeMode, enterprise, value, tax);
        for (Goods line : goods) {
            String gcode = line.gcode() == null ? "" : line.gcode();
            counters.goods(day, direction, gcode.length() >= 2 ? gcode.substring(0, 2) : "??", line.value());
            counters.country(day, direction, line.country() == null || line.country().isBlank() ? "???"
                    : line.country(), line.value());
        }
        if (declaredAt != null) {
            counters.release(day, direction, ReleaseBuckets.bucket(Math.max(0,
                    Duration.between(declaredAt, releasedAt).toSeconds())));
        }
    }

    /** What a query answers: the rows, and the release times over the same days. */
    public record Report(String from, String to, String by, String group, List<StatisticsRow> rows,
                         long released, Integer p50Seconds, Integer p90Seconds, Integer p99Seconds,
                         double releasedWithin10Minutes) {
    }

    @Transactional(readOnly = true)
    public Report report(String from, String to, String by, String group, String direction, Integer top) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw Refusal.invalid("invalid-statistics", "from, to: to is not before from, and at most " + MAX_DAYS
                    + " days after it");
        }
        if (!"day".equals(by) && !"month".equals(by)) {
            throw Refusal.invalid("invalid-statistics", "by: day or month, not '" + by + "'");
        }
        String column = GROUPS.get(group);
        if (column == null) {
            throw Refusal.invalid("invalid-statistics", "group: one of " + GROUPS.keySet().stream().sorted().toList()
                    + ", not '" + group + "'");
        }
        if (direction != null && !"I".equals(direction) && !"E".equals(direction)) {
            throw Refusal.invalid("invalid-statistics", "direction: I (import) or E (export), not '" + direction
                    + "'");
        }
        if (top != null && (top < 1 || top > 1000)) {
            throw Refusal.invalid("invalid-statistics", "top: from 1 to 1,000");
        }
        List<StatisticsRow> rows = counters.sums(first, last, "month".equals(by), column.isEmpty()
                ? null : column, direction, top);
        Map<Integer, Long> releases = counters.releases(first, last, direction);
        return new Report(first.toString(), last.toString(), by, group, rows,
                releases.values().stream().mapToLong(Long::longValue).sum(), ReleaseBuckets.percentile(releases, 50),
                ReleaseBuckets.percentile(releases, 90), ReleaseBuckets.percentile(releases, 99),
                ReleaseBuckets.shareWithin(releases, ReleaseBuckets.TEN_MINUTES));
    }

    /** The report as CSV: one line a row, with a header. */
    public static String csv(Report report) {
        StringBuilder csv = new StringBuilder("period,group,count,goodsValue,tax\n");
        for (StatisticsRow row : report.rows()) {
            csv.append(row.period()).append(',').append(quoted(row.group())).append(',').append(row.count())
                    .append(',').append(row.goodsValue().toPlainString()).append(',')
                    .append(row.tax().toPlainString()).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Refusal.invalid("invalid-statistics", field + ": a day as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
