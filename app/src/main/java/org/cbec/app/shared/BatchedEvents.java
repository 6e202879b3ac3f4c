package org.cbec.app.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes the events of one kind that a transaction raises as one event, just before it commits: a message of
 * ten records may complete ten parcels, and customs decides them in one transaction of its own rather than ten.
 * Each event between modules is a row of the event publication registry, marked processing and completed in
 * transactions of their own; a batch pays that once. Batches are published in the order their first item was
 * added. Outside a transaction an item is published at once, as a batch of one.
 */
@Component
public class BatchedEvents {

    private final ApplicationEventPublisher events;

    BatchedEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Adds {@code item} to this transaction's batch of {@code kind}, made by {@code batch}. */
    public <T, B> void add(Class<B> kind, Function<List<T>, B> batch, T item) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(batch.apply(List.of(item)));
            return;
        }
        Map<Class<?>, Batch<?>> batches = batches();
        @SuppressWarnings("unchecked")
        Batch<T> found = (Batch<T>) batches.computeIfAbsent(kind, k -> new Batch<T>(batch));
        found.items.add(item);
    }

    private record Batch<T>(Function<List<T>, ?> make, List<T> items) {
        Batch(Function<List<T>, ?> make) {
            this(make, new ArrayList<>());
        }

        Object event() {
            return make.apply(List.copyOf(items));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Class<?>, Batch<?>> batches() {
        Object key = this;
        Map<Class<?>, Batch<?>> batches = (Map<Class<?>, Batch<?>>) TransactionSynchronizationManager.getResource(key);
        if (batches == null) {
            Map<Class<?>, Batch<?>> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // a synchronous listener of one batch may add to another: publish until none is left
                    while (!created.isEmpty()) {
                        Class<?> kind = created.keySet().iterator().next();
                        events.publishEvent(created.remove(kind).event());
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            batches = created;
        }
        return batches;
    }
}
