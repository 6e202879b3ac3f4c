package org.cbec.app.clearance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.ClearanceFigures.HourCount;
import org.cbec.app.clearance.ClearanceFigures.MinuteCount;
import org.cbec.app.clearance.ClearanceFigures.ReleaseTimes;
import org.cbec.app.clearance.ClearanceFigures.WebhookStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of the dashboard and of the health page, counted by the database (date_trunc: H2 and PostgreSQL). */
@Repository
public class FigureRepository {

    /** The most releases the release times are taken over: the newest ones. */
    static final int RELEASE_SAMPLE = 20_000;

    private final JdbcClient jdbc;

    public FigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HourCount> perHour(Instant since) {
        return jdbc.sql("select date_trunc('hour', updated_at) h, status, count(*) from inventory_state "
                        + "where updated_at >= ? group by date_trunc('hour', updated_at), status order by h, status")
                .param(Timestamp.from(since))
                .query((rs, n) -> new HourCount(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * From each released parcel's declaration to its release: how many, and the p50 and p90 by nearest rank
     * (percentile_disc), counted by the database over the newest {@link #RELEASE_SAMPLE} releases.
     */
    public ReleaseTimes releaseTimes(Instant since) {
        return jdbc.sql("select count(*), percentile_disc(0.5) within group (order by d), percentile_disc(0.9) "
                        + "within group (order by d) from (select extract(epoch from released_at) - extract(epoch "
                        + "from declared_at) d from inventory_state where released_at >= ? and declared_at is not "
                        + "null order by released_at desc fetch first " + RELEASE_SAMPLE + " rows only) released")
                .param(Timestamp.from(since))
                .query((rs, n) -> new ReleaseTimes(rs.getLong(1), seconds(rs.getBigDecimal(2)),
                        seconds(rs.getBigDecimal(3))))
                .single();
    }

    private static Duration seconds(java.math.BigDecimal seconds) {
        return seconds == null ? Duration.ZERO : Duration.ofMillis(seconds.movePointRight(3).longValue());
    }

    public Map<String, Long> refusalReasons(Instant since) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        jdbc.sql("select s.reason, count(*) n from inventory_state s where " + ParcelListings.REFUSED
                        + " and s.updated_at >= ? group by s.reason order by n desc, s.reason")
                .param(Timestamp.from(since))
                .query((rs, n) -> reasons.put(rs.getString(1), rs.getLong(2))).list();
        return reasons;
    }

    public List<MinuteCount> messagesPerMinute(Instant since) {
        return jdbc.sql("select date_trunc('minute', received_at) m, count(*) from raw_message where received_at >= ? "
                        + "group by date_trunc('minute', received_at) order by m")
                .param(Timestamp.from(since))
                .query((rs, n) -> new MinuteCount(rs.getTimestamp(1).toInstant(), rs.getLong(2))).list();
    }

    /** Webhooks, of one enterprise or (null) of all, with the receipts waiting after the last one delivered. */
    public List<WebhookStatus> webhooks(String enterprise) {
        return jdbc.sql("select w.enterprise, w.delivered_cursor, (select count(*) from receipt r where "
                        + "r.enterprise = w.enterprise and r.cursor_no > w.delivered_cursor) waiting, w.attempts, "
                        + "w.next_attempt_at, w.last_error from webhook_delivery w"
                        + (enterprise == null ? "" : " where w.enterprise = ?")
                        + " order by waiting desc, w.enterprise")
                .params(enterprise == null ? List.of() : List.of(enterprise))
                .query(FigureRepository::webhook).list();
    }

    private static WebhookStatus webhook(ResultSet rs, int n) throws SQLException {
        return new WebhookStatus(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6));
    }
}
