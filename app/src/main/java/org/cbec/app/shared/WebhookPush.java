package org.cbec.app.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.cbec.app.shared.persistence.GroupCommit;
import org.cbec.app.shared.persistence.WebhookProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a subscriber's stream to its webhook in cursor order, one item at a time: an item is posted only after
 * every earlier one was taken (2xx). While the receiver fails (no answer, or not 2xx), it is tried again after 1, 2,
 * 4 ... seconds, at most {@code maxBackoff} apart; nothing is skipped, so nothing is lost. On a cluster each node
 * runs this; a node feeds a subscriber only while it holds its lease (renewed with every item), so two nodes never
 * post the same stream side by side; a node that dies mid-way leaves at most the item it was posting to be posted
 * again, which the receiver recognises by its {@code X-Cbec-Cursor}.
 */
public final class WebhookPush {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookPush.class);
    private static final int BATCH = 100;

    /** One item of a stream: its cursor, its body and content type, and headers of its own. */
    public record Item(long cursor, String contentType, String body, Map<String, String> headers) {
    }

    private final WebhookProgress progress;
    private final GroupCommit groupCommit;
    private final Clock clock;
    private final Duration maxBackoff;
    private final Duration lease;
    private final String node = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public WebhookPush(WebhookProgress progress, GroupCommit groupCommit, Clock clock, Duration maxBackoff,
                       Duration lease) {
        this.progress = progress;
        this.groupCommit = groupCommit;
        this.clock = clock;
        this.maxBackoff = maxBackoff;
        this.lease = lease;
    }

    /** Delivers what is due to one subscriber, reading its items after a cursor; stops at the first failure. */
    public void deliver(String subscriber, String url, BiFunction<Long, Integer, List<Item>> after) {
        WebhookProgress.Progress at = progress.progress(subscriber);
        Instant now = clock.instant();
        if (at.attempts() > 0 && now.isBefore(at.nextAttemptAt())) {
            return;
        }
        if (!progress.lease(subscriber, node, now, now.plus(lease))) {
            return;
        }
        try {
            deliverLeased(subscriber, url, progress.progress(subscriber), after);
        } finally {
            progress.release(subscriber, node);
        }
    }

    private void deliverLeased(String subscriber, String url, WebhookProgress.Progress at,
                               BiFunction<Long, Integer, List<Item>> after) {
        int attempts = at.attempts();
        List<Item> items = after.apply(at.deliveredCursor(), BATCH);
        if (!items.isEmpty()) {
            // a receiver never holds what a crash could still take back
            groupCommit.await();
        }
        for (Item item : items) {
            String error = post(url, item);
            if (error != null) {
                attempts++;
                Duration backoff = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
                progress.failed(subscriber, attempts, clock.instant().plus(backoff.compareTo(maxBackoff) > 0
                        ? maxBackoff : backoff), error);
                LOG.info("webhook of {} failed on item {} (attempt {}): {}", subscriber, item.cursor(), attempts,
                        error);
                return;
            }
            attempts = 0;
            progress.delivered(subscriber, item.cursor());
            Instant now = clock.instant();
            if (!progress.lease(subscriber, node, now, now.plus(lease))) {
                return;
            }
        }
    }

    private String post(String url, Item item) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", item.contentType())
                    .header("X-Cbec-Cursor", Long.toString(item.cursor()));
            item.headers().forEach(request::header);
            HttpResponse<Void> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(item.body(),
                    StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
