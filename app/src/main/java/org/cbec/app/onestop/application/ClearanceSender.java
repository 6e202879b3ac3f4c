package org.cbec.app.onestop.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.cbec.app.onestop.persistence.CarrierRepository;
import org.cbec.app.onestop.persistence.DeclarationRepository;
import org.cbec.app.onestop.persistence.LinkRepository;
import org.cbec.app.onestop.persistence.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the outbox to the clearance platform in the order it was queued, each message with its account's token
 * (the platform's, or the carrier's for a waybill). While the clearance platform cannot be reached (or answers 5xx,
 * 429, or refuses the token) the messages stay queued and are tried again after 1, 2, 4 ... seconds, at most
 * {@code cbec.onestop.max-backoff} apart: nothing is lost, and nothing overtakes. A message refused for what it is
 * (4xx) is marked so, and its order is refused with the reason. Each message is claimed before it is sent, so two
 * nodes never send it side by side; a node that dies mid-send leaves it to be sent again after the claim lapses,
 * which the clearance platform takes as the duplicate it is (same record guid).
 */
@Service
public class ClearanceSender {

    private static final Logger LOG = LoggerFactory.getLogger(ClearanceSender.class);
    private static final int BATCH = 200;
    private static final Duration CLAIM = Duration.ofMinutes(1);

    private final DeclarationRepository declarations;
    private final OrderRepository orders;
    private final CarrierRepository carriers;
    private final LinkRepository links;
    private final ClearancePort clearance;
    private final Clock clock;
    private final Duration maxBackoff;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "onestop-sender");
        thread.setDaemon(true);
        return thread;
    });

    ClearanceSender(DeclarationRepository declarations, OrderRepository orders, CarrierRepository carriers,
                    LinkRepository links, ClearancePort clearance, Clock clock,
                    @Value("${cbec.onestop.max-backoff:PT1M}") Duration maxBackoff) {
        this.declarations = declarations;
        this.orders = orders;
        this.carriers = carriers;
        this.links = links;
        this.clearance = clearance;
        this.clock = clock;
        this.maxBackoff = maxBackoff;
    }

    /** Sends soon after the caller's transaction commits (what it queued is then visible). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    private void wake() {
        if (again.compareAndSet(false, true)) {
            wakeUps.execute(this::sendDue);
        }
    }

    /** Sends what is due; a second call while one runs makes the running one go round again. */
    @Scheduled(fixedDelayString = "${cbec.onestop.send-poll:PT1S}")
    public void sendDue() {
        again.set(false);
        if (!running.tryLock()) {
            again.set(true);
            return;
        }
        try {
            while (sendBatch() == BATCH || again.getAndSet(false)) {
                // more may be due: go round
            }
        } finally {
            running.unlock();
        }
    }

    /**
     * One batch of the oldest queued messages; answers how many were sent or refused, or -1 when the clearance
     * platform could not be reached. An account's messages go in order: one waiting for its next attempt (or
     * claimed by another node) holds back the account's later ones.
     */
    private int sendBatch() {
        Instant now = clock.instant();
        Set<String> held = new HashSet<>();
        int done = 0;
        for (DeclarationRepository.Outgoing message : declarations.queued(BATCH)) {
            if (held.contains(message.account())) {
                continue;
            }
            if (message.nextAttemptAt().isAfter(now) || !declarations.claim(message, now.plus(CLAIM))) {
                held.add(message.account());
                continue;
            }
            String token = token(message.account());
            ClearancePort.Sent sent = token == null ? new ClearancePort.Sent(ClearancePort.Result.RETRY, 0,
                    "no token for account " + message.account()) : clearance.send(token,
                    message.xml().getBytes(StandardCharsets.UTF_8));
            Instant at = clock.instant();
            switch (sent.result()) {
                case TAKEN -> declarations.sent(message.id(), at);
                case REFUSED -> refused(message, sent, at);
                case RETRY -> {
                    int attempts = message.attempts() + 1;
                    Duration backoff = Duration.ofSeconds(1L << Math.min(attempts - 1, 20));
                    declarations.retry(message.id(), attempts, at.plus(backoff.compareTo(maxBackoff) > 0
                            ? maxBackoff : backoff), (sent.status() == 0 ? "" : "HTTP " + sent.status() + ": ")
                            + sent.detail());
                    LOG.info("onestop: message {} ({}) not taken, attempt {}: {}", message.id(), message.document(),
                            attempts, sent.detail());
                    if (sent.status() == 0) {
                        return -1;
                    }
                    // the account's later messages wait their turn: none overtakes the one that failed
                    held.add(message.account());
                    continue;
                }
                default -> throw new IllegalStateException(sent.result().name());
            }
            done++;
        }
        return done;
    }

    private void refused(DeclarationRepository.Outgoing message, ClearancePort.Sent sent, Instant at) {
        declarations.refused(message.id(), "HTTP " + sent.status() + ": " + sent.detail(), at);
        LOG.warn("onestop: the clearance platform refused message {} ({}): HTTP {} {}", message.id(),
                message.document(), sent.status(), sent.detail());
        if (message.orderId() != null) {
            declarations.event(message.orderId(), at, message.document(), "HTTP " + sent.status(), sent.detail());
            orders.move(message.orderId(), List.of("DECLARING"), "REFUSED", null, null, at);
        }
    }

    private String token(String account) {
        return links.link().filter(l -> l.code().equals(account)).map(LinkRepository.Link::token)
                .or(() -> carriers.byCode(account).map(CarrierRepository.StoredCarrier::token)).orElse(null);
    }
}
