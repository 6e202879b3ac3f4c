package org.cbec.app.exchange.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.exchange.domain.Webhook;
import org.cbec.app.shared.persistence.WebhookProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exchange's webhooks (a department's dataset, an enterprise's inbox) and how far each has been fed. */
@Repository
public class SubscriptionRepository extends WebhookProgress {

    private final JdbcClient jdbc;

    public SubscriptionRepository(JdbcClient jdbc) {
        super(jdbc, "exchange_webhook_delivery", "subscriber");
        this.jdbc = jdbc;
    }

    /** Sets a subscriber's URL; a new URL goes on from where the old one was (nothing sent twice or skipped). */
    public void subscribe(String subscriber, String url, Instant at) {
        if (jdbc.sql("update exchange_webhook set url = ? where subscriber = ?").params(url, subscriber).update() > 0
                || jdbc.sql("insert into exchange_webhook (subscriber, url, created_at) values (?, ?, ?) "
                        + "on conflict do nothing").params(subscriber, url, Timestamp.from(at)).update() > 0) {
            return;
        }
        // another request filed it between the two: the last one's URL stands
        jdbc.sql("update exchange_webhook set url = ? where subscriber = ?").params(url, subscriber).update();
    }

    public boolean unsubscribe(String subscriber) {
        return jdbc.sql("delete from exchange_webhook where subscriber = ?").param(subscriber).update() > 0;
    }

    public List<Webhook> all() {
        return jdbc.sql(SELECT + "order by w.subscriber").query(SubscriptionRepository::row).list();
    }

    /** A subscriber's webhooks: those whose key starts so ('D:TAX:' for TAX's datasets, 'E:code' for an inbox). */
    public List<Webhook> startingWith(String prefix) {
        return jdbc.sql(SELECT + "where w.subscriber like ? order by w.subscriber").param(prefix + "%")
                .query(SubscriptionRepository::row).list();
    }

    public Optional<Webhook> find(String subscriber) {
        return jdbc.sql(SELECT + "where w.subscriber = ?").param(subscriber).query(SubscriptionRepository::row)
                .optional();
    }

    private static final String SELECT = "select w.subscriber, w.url, coalesce(d.delivered_cursor, 0), "
            + "coalesce(d.attempts, 0), d.last_error from exchange_webhook w "
            + "left join exchange_webhook_delivery d on d.subscriber = w.subscriber ";

    private static Webhook row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Webhook(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5));
    }
}
