package org.cbec.app.shared.persistence;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State a transaction keeps for itself (what it read, what it will write once), made at its first use and dropped
 * at its end. A transaction of its own run meanwhile (REQUIRES_NEW) has its own. Work left for just before the
 * commit must be asked for before the commit begins: a state first made while the transaction commits (by a
 * listener of its last events) is never told.
 */
public final class TransactionScoped {

    private TransactionScoped() {
    }

    /**
     * This transaction's state under {@code key}, made by {@code make} at the first call, {@code beforeCommit}
     * given it just before the transaction commits; null outside a transaction.
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> make, Consumer<T> beforeCommit) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        T state = (T) TransactionSynchronizationManager.getResource(key);
        if (state != null) {
            return state;
        }
        T fresh = make.get();
        TransactionSynchronizationManager.bindResource(key, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void suspend() {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }

            @Override
            public void resume() {
                TransactionSynchronizationManager.bindResource(key, fresh);
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                beforeCommit.accept(fresh);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return fresh;
    }

    /** This transaction's state under {@code key} if a call of {@link #get} made it; null otherwise. */
    @SuppressWarnings("unchecked")
    public static <T> T existing(Object key) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                ? (T) TransactionSynchronizationManager.getResource(key) : null;
    }

    /** The same for state with nothing to do before the commit. */
    public static <T> T get(Object key, Supplier<T> make) {
        return get(key, make, state -> { });
    }
}
