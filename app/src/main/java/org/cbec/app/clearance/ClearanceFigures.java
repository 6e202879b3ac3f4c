package org.cbec.app.clearance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How import clearance is going, for customs' dashboard and the operator's health page: parcels per hour by
 * status, how long release takes, why parcels are refused, messages taken in per minute, and how far each
 * enterprise's webhook has been fed.
 */
public interface ClearanceFigures {

    /** Parcels last moved in an hour (starting at {@code hour}) that stand in this status. */
    record HourCount(Instant hour, String status, long count) {
    }

    /** From the declaration's arrival to release (800), over the parcels released in a period. */
    record ReleaseTimes(long released, Duration p50, Duration p90) {
    }

    record MinuteCount(Instant minute, long count) {
    }

    /** An enterprise's webhook: the receipts written after the last one delivered wait for it. */
    record WebhookStatus(String enterprise, long deliveredCursor, long waiting, int attempts, Instant nextAttemptAt,
                         String lastError) {
    }

    List<HourCount> perHour(Instant since);

    ReleaseTimes releaseTimes(Instant since);

    /** Refused parcels last moved since then, by reason, the most frequent first (see {@link ParcelSearch}). */
    Map<String, Long> refusalReasons(Instant since);

    List<MinuteCount> messagesPerMinute(Instant since);

    /** The enterprise's webhook, if it has been fed at all. */
    Optional<WebhookStatus> webhook(String enterprise);

    /** Every webhook, those with the most receipts waiting first. */
    List<WebhookStatus> webhooks();
}
