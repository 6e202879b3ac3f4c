package org.cbec.app.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map of what was worked out lately, in memory, holding at most a given number of entries: the least recently
 * used goes first. For values that are only worth keeping (a parse, a hint), never for what must not be lost.
 * Thread-safe.
 */
public final class RecentlyUsed<K, V> {

    private final Map<K, V> values;

    public RecentlyUsed(int capacity) {
        this.values = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return values.get(key);
    }

    public synchronized void put(K key, V value) {
        values.put(key, value);
    }

    public synchronized void remove(K key) {
        values.remove(key);
    }

    /**
     * The value of {@code key}, worked out by {@code compute} when absent; worked out outside the lock, so two
     * threads may both work out one key, and either result is kept.
     */
    public V computeIfAbsent(K key, Function<K, V> compute) {
        V found = get(key);
        if (found == null) {
            found = compute.apply(key);
            put(key, found);
        }
        return found;
    }
}
