package org.cbec.app.clearance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Intake ids are guids of the spec that sort in the order they were given, and never repeat. */
class IntakeIdsTest {

    @Test
    void an_intake_id_is_a_guid_of_36_upper_case_characters_of_version_7_carrying_the_time() {
        long before = System.currentTimeMillis();
        String id = IntakeIds.next();
        long after = System.currentTimeMillis();

        assertThat(id).hasSize(36).matches("[0-9A-F]{8}-[0-9A-F]{4}-7[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}");
        long millis = UUID.fromString(id).getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, after);
    }

    @Test
    void ids_given_one_after_another_sort_as_text_in_the_order_given_within_one_millisecond_too() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(IntakeIds.next());
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void ids_given_to_racing_intakes_never_repeat() throws Exception {
        int threads = 8;
        int each = 5_000;
        Set<String> ids = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> racing = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                racing.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        ids.add(IntakeIds.next());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : racing) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ids).hasSize(threads * each);
    }
}
