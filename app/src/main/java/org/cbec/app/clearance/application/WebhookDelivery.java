package org.cbec.app.clearance.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.cbec.app.clearance.persistence.WebhookRepository;
import org.cbec.app.registry.Registry;
import org.cbec.app.shared.WebhookPush;
import org.cbec.app.shared.persistence.GroupCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Pushes each receipt's XML to its enterprise's webhook, in cursor order, one at a time, with back-off while the
 * receiver fails ({@code cbec.webhook.max-backoff} at most) and a lease per enterprise on a cluster
 * ({@code cbec.webhook.lease}): {@link WebhookPush}. Receipts stay pullable by cursor whatever the webhook does.
 */
@Service
public class WebhookDelivery {

    private final Registry registry;
    private final ReceiptRepository receipts;
    private final WebhookPush push;

    WebhookDelivery(Registry registry, ReceiptRepository receipts, WebhookRepository progress,
                    GroupCommit groupCommit, Clock clock,
                    @Value("${cbec.webhook.max-backoff:PT5M}") Duration maxBackoff,
                    @Value("${cbec.webhook.lease:PT2M}") Duration lease) {
        this.registry = registry;
        this.receipts = receipts;
        this.push = new WebhookPush(progress, groupCommit, clock, maxBackoff, lease);
    }

    @Scheduled(fixedDelayString = "${cbec.webhook.poll:PT1S}")
    public void deliverDue() {
        for (Map.Entry<String, String> webhook : registry.webhooks().entrySet()) {
            deliver(webhook.getKey(), webhook.getValue());
        }
    }

    /** Delivers what is due to one enterprise; stops at the first failure. */
    void deliver(String enterprise, String url) {
        push.deliver(enterprise, url, (after, limit) -> receipts.page(enterprise, after, limit).stream()
                .map(WebhookDelivery::item).toList());
    }

    private static WebhookPush.Item item(Receipt receipt) {
        return new WebhookPush.Item(receipt.cursor(), "application/xml; charset=UTF-8", receipt.xml(),
                Map.of("X-Cbec-Message-Type", receipt.messageType()));
    }
}
