package org.cbec.app.clearance.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.cbec.app.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What keeps intake up under abuse: a token bucket per enterprise (429 with Retry-After past
 * {@code cbec.intake.rate-per-second}, bursts of twice that), and a budget of message bytes held in memory at
 * once across all requests ({@code cbec.intake.max-inflight-bytes}): a request that cannot get its share within a
 * moment is answered 503 with Retry-After instead of taking the heap, and with it the database, down.
 */
@Component
public class IntakeGuard {

    private static final int KIB = 1024;

    private final long ratePerSecond;
    private final Semaphore inflightKib;
    private final int budgetKib;
    private final Duration budgetWait;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    IntakeGuard(@Value("${cbec.intake.rate-per-second:500}") long ratePerSecond,
                @Value("${cbec.intake.max-inflight-bytes:134217728}") long maxInflightBytes,
                @Value("${cbec.intake.budget-wait:PT2S}") Duration budgetWait) {
        this.ratePerSecond = ratePerSecond;
        this.budgetKib = (int) Math.max(1, maxInflightBytes / KIB);
        this.inflightKib = new Semaphore(budgetKib, true);
        this.budgetWait = budgetWait;
    }

    /** Takes one request from the enterprise's bucket, or refuses with 429 and when to come back. */
    public void admit(String enterpriseCode) {
        Bucket bucket = buckets.get(enterpriseCode, code -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(2 * ratePerSecond)
                        .refillGreedy(ratePerSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new Refusal(Refusal.Kind.RATE_LIMITED, "rate-limit", enterpriseCode + " sends more than "
                    + ratePerSecond + " requests a second; send again in " + seconds + " s")
                    .retryAfter(seconds);
        }
    }

    /** A share of the in-memory budget for a body of this many bytes; close it when the request is done. */
    public Lease reserve(long bytes) {
        int kib = (int) Math.min(budgetKib, Math.max(1, (bytes + KIB - 1) / KIB));
        boolean granted;
        try {
            granted = inflightKib.tryAcquire(kib, budgetWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            granted = false;
        }
        if (!granted) {
            throw new Refusal(Refusal.Kind.BUSY, "busy", "the platform is taking in as many "
                    + "messages as its memory allows; send again shortly")
                    .retryAfter(2);
        }
        return () -> inflightKib.release(kib);
    }

    /** A reserved share of the budget. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }
}
