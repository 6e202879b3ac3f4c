package org.cbec.app.onestop.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Sends the outbox to the clearance platform, each order's messages in the order they were queued, each with its
 * account's token (the platform's, or the carrier's for a waybill). While the clearance platform cannot be reached
 * (or answers 5xx, 429, or refuses the token) the messages stay queued and are tried again after 1, 2, 4 ...
 * seconds, at most {@code cbec.onestop.max-backoff} apart: nothing is lost, and nothing overtakes within an order. A
 * message refused for what it is (4xx) is marked so, and its order is refused with the reason. Each message is
 * claimed before it is sent, so two nodes never send it side by side; a node that dies mid-send leaves it to be sent
 * again after the claim lapses, which the clearance platform takes as the duplicate it is (same record guid).
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
    private final ExecutorService senders;

    ClearanceSender(DeclarationRepository declarations, OrderRepository orders, CarrierRepository carriers,
                    LinkRepository links, ClearancePort clearance, Clock clock,
                    @Value("${cbec.onestop.max-backoff:PT1M}") Duration maxBackoff,
                    @Value("${cbec.onestop.send-threads:8}") int sendThreads) {
        this.declarations = declarations;
        this.orders = orders;
        this.carriers = carriers;
        this.links = links;
        this.clearance = clearance;
        this.clock = clock;
        this.maxBackoff = maxBackoff;
        this.senders = Executors.newFixedThreadPool(Math.max(1, sendThreads), r -> {
            Thread thread = new Thread(r, "onestop-send");
            thread.setDaemon(true);
            return thread;
        });
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
     * platform could not be reached. Each order's messages go in order, one after the other (a correction's change
     * never overtakes what it changes); different orders go side by side, {@code cbec.onestop.send-threads} at once.
     * A message waiting for its next attempt (or claimed by another node) holds back its order's later ones.
     */
    private int sendBatch() {
        Instant now = clock.instant();
        Map<String, List<DeclarationRepository.Outgoing>> lanes = new LinkedHashMap<>();
        for (DeclarationRepository.Outgoing message : declarations.queued(BATCH)) {
            lanes.computeIfAbsent(message.orderId() == null ? "account " + message.account() + " "
                    + message.document() : "order " + message.orderId(), k -> new ArrayList<>()).add(message);
        }
        AtomicBoolean unreachable = new AtomicBoolean();
        List<Future<Integer>> sending = new ArrayList<>();
        for (List<DeclarationRepository.Outgoing> lane : lanes.values()) {
            sending.add(senders.submit(() -> sendLane(lane, now, unreachable)));
        }
        int done = 0;
        for (Future<Integer> lane : sending) {
            try {
                done += lane.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            } catch (ExecutionException e) {
                LOG.warn("onestop: sending failed", e.getCause());
            }
        }
        return unreachable.get() ? -1 : done;
    }

    private int sendLane(List<DeclarationRepository.Outgoing> lane, Instant now, AtomicBoolean unreachable) {
        int done = 0;
        for (DeclarationRepository.Outgoing message : lane) {
            if (unreachable.get() || message.nextAttemptAt().isAfter(now)
                    || !declarations.claim(message, now.plus(CLAIM))) {
                return done;
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
                        unreachable.set(true);
                    }
                    // the order's later messages wait their turn: none overtakes the one that failed
                    return done;
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
