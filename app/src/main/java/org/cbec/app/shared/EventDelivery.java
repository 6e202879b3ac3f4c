package org.cbec.app.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Where the listeners of events between modules run ({@code @Async(EventDelivery.NAME)}). Each runs in a
 * transaction of its own once the one that published its event has committed; the event publication registry
 * keeps the event until the listener has completed. A request that answers with their outcome (a message whose
 * parcel customs decides at once, an officer's decision) runs inside {@link #deliverBefore}: the listeners are
 * queued while it runs and run in its own thread when it is done, after its connection went back to the pool, in
 * the order their events were published, those they publish in turn after them. So a request holds one connection
 * at a time (never one while waiting for a second, which runs a pool dry under load), and answers only once every
 * consequence of its message is written. Outside such a request (a scheduled job) they run on a small pool of
 * their own.
 */
@Component(EventDelivery.NAME)
public class EventDelivery implements TaskExecutor, DisposableBean {

    public static final String NAME = "eventDelivery";

    private static final ThreadLocal<Deque<Runnable>> QUEUED = new ThreadLocal<>();

    private final ExecutorService background = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "event-delivery");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void execute(Runnable listener) {
        Deque<Runnable> queued = QUEUED.get();
        if (queued == null) {
            background.execute(listener);
        } else {
            queued.add(listener);
        }
    }

    /** Runs {@code work}, then, in this thread, the listeners of the events it published and of theirs. */
    public <T> T deliverBefore(Supplier<T> work) {
        if (QUEUED.get() != null) {
            // inside another: that one delivers
            return work.get();
        }
        Deque<Runnable> queued = new ArrayDeque<>();
        QUEUED.set(queued);
        try {
            return work.get();
        } finally {
            // also when the work failed after a commit: what committed is delivered
            try {
                while (!queued.isEmpty()) {
                    queued.poll().run();
                }
            } finally {
                QUEUED.remove();
            }
        }
    }

    /** Runs {@code work} in a transaction, then, once it has committed, the listeners of what it published. */
    public <T> T inTransaction(TransactionOperations transactions, Supplier<T> work) {
        return deliverBefore(() -> transactions.execute(status -> work.get()));
    }

    /** The same for work without a result. */
    public void deliverBefore(Runnable work) {
        deliverBefore(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
