package org.cbec.app.exchange.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.domain.InboxMessage;
import org.cbec.app.exchange.domain.Webhook;
import org.cbec.app.exchange.persistence.SubscriptionRepository;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.WebhookPush;
import org.cbec.app.shared.persistence.GroupCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Webhooks of the exchange: a department has a dataset pushed (each record as its policy shows it, one JSON a
 * post, in cursor order, every push logged as a read), an enterprise its inbox. Back-off while the receiver fails
 * and a lease per webhook on a cluster: {@link WebhookPush}. A dataset whose policy is no longer in force is not
 * pushed until one is again; pulling by cursor works whatever the webhook does.
 */
@Service
public class Webhooks {

    private final SubscriptionRepository subscriptions;
    private final Datasets datasets;
    private final Results results;
    private final Clock clock;
    private final WebhookPush push;

    Webhooks(SubscriptionRepository subscriptions, Datasets datasets, Results results, GroupCommit groupCommit,
             Clock clock,
             @Value("${cbec.webhook.max-backoff:PT5M}") Duration maxBackoff,
             @Value("${cbec.webhook.lease:PT2M}") Duration lease) {
        this.subscriptions = subscriptions;
        this.datasets = datasets;
        this.results = results;
        this.clock = clock;
        this.push = new WebhookPush(subscriptions, groupCommit, clock, maxBackoff, lease);
    }

    /** A department's dataset to a URL: only one its policy grants now. */
    public Webhook dataset(String department, String datasetName, String url) {
        Dataset dataset = Policies.dataset(datasetName);
        datasets.granted(department, dataset, clock.instant());
        return subscribe(datasetKey(department, dataset), url);
    }

    public Webhook inbox(String enterprise, String url) {
        return subscribe(inboxKey(enterprise), url);
    }

    public void stopDataset(String department, String datasetName) {
        stop(datasetKey(department, Policies.dataset(datasetName)));
    }

    public void stopInbox(String enterprise) {
        stop(inboxKey(enterprise));
    }

    /** A department's webhooks, or an enterprise's (its inbox), with where each stands. */
    public List<Webhook> ofDepartment(String department) {
        return subscriptions.startingWith("D:" + department + ":");
    }

    public List<Webhook> ofEnterprise(String enterprise) {
        return subscriptions.find(inboxKey(enterprise)).stream().toList();
    }

    @Scheduled(fixedDelayString = "${cbec.webhook.poll:PT1S}")
    public void deliverDue() {
        for (Webhook s : subscriptions.all()) {
            String[] key = s.subscriber().split(":", 3);
            if ("D".equals(key[0])) {
                push.deliver(s.subscriber(), s.url(), (after, limit) -> records(key[1], key[2], after, limit));
            } else {
                push.deliver(s.subscriber(), s.url(), (after, limit) -> results.inbox(key[1], after, limit)
                        .stream().map(Webhooks::item).toList());
            }
        }
    }

    private List<WebhookPush.Item> records(String department, String dataset, long after, int limit) {
        List<Map<String, Object>> records;
        try {
            records = datasets.read(department, dataset, after, limit).records();
        } catch (Refusal noPolicy) {
            // no policy in force any more: nothing is pushed, and the feed keeps its place until one is again
            return List.of();
        }
        return records.stream().map(r -> new WebhookPush.Item(((Number) r.get("cursor")).longValue(),
                "application/json", Datasets.JSON.writeValueAsString(r), Map.of("X-Cbec-Dataset", dataset)))
                .toList();
    }

    private static WebhookPush.Item item(InboxMessage message) {
        return new WebhookPush.Item(message.cursor(), "application/json", Datasets.JSON.writeValueAsString(message),
                Map.of("X-Cbec-Department", message.department()));
    }

    private Webhook subscribe(String subscriber, String url) {
        if (url == null || !url.matches("https?://\\S{1,990}")) {
            throw Refusal.invalid("invalid-webhook", "url: an http or https URL, not '" + url + "'");
        }
        subscriptions.subscribe(subscriber, url, clock.instant());
        return subscriptions.find(subscriber).orElseThrow();
    }

    private void stop(String subscriber) {
        if (!subscriptions.unsubscribe(subscriber)) {
            throw Refusal.notFound("no webhook " + subscriber);
        }
    }

    private static String datasetKey(String department, Dataset dataset) {
        return "D:" + department + ":" + dataset.wireName();
    }

    private static String inboxKey(String enterprise) {
        return "E:" + enterprise;
    }
}
