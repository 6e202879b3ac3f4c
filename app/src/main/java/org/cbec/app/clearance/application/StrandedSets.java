package org.cbec.app.clearance.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.intake.StrandedSource;
import org.cbec.app.clearance.intake.Touched;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A request that was accepted always ends in a decision. A parcel's set is compared after the intake transaction
 * that completed it has committed; if the process dies in between, or that comparison gives up on a lock, the set
 * is complete and still waiting with no message left to wake it. This sweeper compares such sets again: at start
 * (so a restart after a crash decides them without anyone resending) and then every half minute. A set is taken
 * only once it has been quiet for {@code cbec.comparison.stranded-after} (intake is normally done with it in
 * milliseconds), and a decision claims the inventory, so a set is never decided twice. Likewise an event between
 * modules whose listener failed (a lock it gave up on) is delivered again once it is that old; those a crash left
 * are delivered again at start by the event publication registry itself.
 */
@Component
public class StrandedSets {

    private static final Logger LOG = LoggerFactory.getLogger(StrandedSets.class);
    private static final int BATCH = 200;
    private static final int ROUNDS = 25;

    private final List<StrandedSource> sources;
    private final Clock clock;
    private final Duration quiet;
    private final IncompleteEventPublications events;
    private final EventDelivery delivery;

    StrandedSets(List<StrandedSource> sources, Clock clock,
                 @Value("${cbec.comparison.stranded-after:PT20S}") Duration quiet,
                 IncompleteEventPublications events, EventDelivery delivery) {
        this.sources = sources;
        this.clock = clock;
        this.quiet = quiet;
        this.events = events;
        this.delivery = delivery;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        // after a crash every complete set is stranded, however recent
        sweep(clock.instant().plusSeconds(1));
    }

    @Scheduled(fixedDelayString = "${cbec.comparison.sweep-every:PT30S}", initialDelayString = "PT30S")
    void regularly() {
        sweep(clock.instant().minus(quiet));
        events.resubmitIncompletePublicationsOlderThan(quiet);
    }

    /** Compares again the complete sets untouched since {@code before}; returns how many were found. */
    public int sweep(Instant before) {
        return delivery.deliverBefore(() -> sweepNow(before));
    }

    private int sweepNow(Instant before) {
        int found = 0;
        for (StrandedSource source : sources) {
            found += sweep(source, before);
        }
        if (found > 0) {
            LOG.info("compared again {} complete sets left waiting (a crash or a comparison that gave up)", found);
        }
        return found;
    }

    private int sweep(StrandedSource source, Instant before) {
        int found = 0;
        // bounded: a set that cannot be decided now is left for the next sweep rather than looped on
        for (int round = 0; round < ROUNDS; round++) {
            List<Touched> keys = source.stranded(before, BATCH);
            found += keys.size();
            Retries.onConflict("comparing stranded " + source.side() + " sets", () -> {
                source.recheck(keys, clock.instant());
                return null;
            });
            if (keys.size() < BATCH) {
                break;
            }
        }
        return found;
    }
}
