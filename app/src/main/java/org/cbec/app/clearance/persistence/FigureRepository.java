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

    /** Time from the first line of each released parcel's history to its release, shortest first. */
    public List<Duration> releaseTimes(Instant since) {
        return jdbc.sql("select s.released_at, (select min(h.at) from inventory_history h where h.agent_code = "
                        + "s.agent_code and h.cop_no = s.cop_no) from inventory_state s where s.released_at >= ? "
                        + "order by s.released_at desc fetch first " + RELEASE_SAMPLE + " rows only")
                .param(Timestamp.from(since))
                .query((rs, n) -> rs.getTimestamp(2) == null ? Duration.ZERO
                        : Duration.between(rs.getTimestamp(2).toInstant(), rs.getTimestamp(1).toInstant()))
                .list().stream().sorted().toList();
    }

    public Map<String, Long> refusalReasons(Instant since) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        jdbc.sql("select coalesce(reason, '') r, count(*) n from inventory_state where status = 'REJECTED' "
                        + "and updated_at >= ? group by coalesce(reason, '') order by n desc, r")
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
                        + (enterprise == null ? "" : " where w.enterprise = ?") + " order by waiting desc, w.enterprise")
                .params(enterprise == null ? List.of() : List.of(enterprise))
                .query(FigureRepository::webhook).list();
    }

    private static WebhookStatus webhook(ResultSet rs, int n) throws SQLException {
        return new WebhookStatus(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6));
    }
}
