package org.cbec.app.clearance.application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.cbec.app.clearance.persistence.WebhookRepository;
import org.cbec.app.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Pushes each receipt's XML to its enterprise's webhook, in cursor order, one at a time: a receipt is delivered
 * only after every earlier one was. While the receiver fails (no answer, or not 2xx), it is tried again after
 * 1, 2, 4 ... seconds, at most {@code cbec.webhook.max-backoff} apart; nothing is skipped, so nothing is lost.
 * Receipts stay pullable by cursor whatever the webhook does. On a cluster each node runs this; a node feeds an
 * enterprise only while it holds that enterprise's lease ({@code cbec.webhook.lease}, renewed with every receipt),
 * so two nodes never post the same receipts side by side; a node that dies mid-way leaves at most the receipt it
 * was posting to be posted again, which the receiver recognises by its {@code X-Cbec-Cursor}.
 */
@Service
public class WebhookDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int BATCH = 100;

    private final Registry registry;
    private final ReceiptRepository receipts;
    private final WebhookRepository progress;
    private final Clock clock;
    private final Duration maxBackoff;
    private final Duration lease;
    private final String node = java.util.UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookDelivery(Registry registry, ReceiptRepository receipts, WebhookRepository progress, Clock clock,
                    @org.springframework.beans.factory.annotation.Value("${cbec.webhook.max-backoff:PT5M}")
                    Duration maxBackoff,
                    @org.springframework.beans.factory.annotation.Value("${cbec.webhook.lease:PT2M}") Duration lease) {
        this.lease = lease;
        this.registry = registry;
        this.receipts = receipts;
        this.progress = progress;
        this.clock = clock;
        this.maxBackoff = maxBackoff;
    }

    @Scheduled(fixedDelayString = "${cbec.webhook.poll:PT1S}")
    public void deliverDue() {
        for (Map.Entry<String, String> webhook : registry.webhooks().entrySet()) {
            deliver(webhook.getKey(), webhook.getValue());
        }
    }

    /** Delivers what is due to one enterprise; stops at the first failure. */
    void deliver(String enterprise, String url) {
        WebhookRepository.Progress at = progress.progress(enterprise);
        Instant now = clock.instant();
        if (at.attempts() > 0 && now.isBefore(at.nextAttemptAt())) {
            return;
        }
        if (!progress.lease(enterprise, node, now, now.plus(lease))) {
            return;
        }
        try {
            deliverLeased(enterprise, url, progress.progress(enterprise));
        } finally {
            progress.release(enterprise, node);
        }
    }

    private void deliverLeased(String enterprise, String url, WebhookRepository.Progress at) {
        int attempts = at.attempts();
        for (Receipt receipt : receipts.page(enterprise, at.deliveredCursor(), BATCH)) {
            String error = post(url, receipt);
            if (error != null) {
                attempts++;
                Duration backoff = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
                progress.failed(enterprise, attempts, clock.instant().plus(backoff.compareTo(maxBackoff) > 0
                        ? maxBackoff : backoff), error);
                LOG.info("webhook of {} failed on receipt {} (attempt {}): {}", enterprise, receipt.cursor(),
                        attempts, error);
                return;
            }
            attempts = 0;
            progress.delivered(enterprise, receipt.cursor());
            Instant now = clock.instant();
            if (!progress.lease(enterprise, node, now, now.plus(lease))) {
                return;
            }
        }
    }

    private String post(String url, Receipt receipt) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/xml; charset=UTF-8")
                    .header("X-Cbec-Cursor", Long.toString(receipt.cursor()))
                    .header("X-Cbec-Message-Type", receipt.messageType())
                    .POST(HttpRequest.BodyPublishers.ofString(receipt.xml(), StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
