package org.cbec.bench.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cbec.ceb.sign.KeyMaterial;
import tools.jackson.databind.JsonNode;

/**
 * Import traffic at a steady offered rate (open loop, issue 15): parcel i arrives at i / rate seconds; each of its
 * four documents (order, payment, waybill, signed inventory) is ready a random moment within {@code spread} seconds
 * of that, in random order, as real traffic is; each enterprise sends its documents in messages of up to
 * {@code perMessage} records, a message leaving when its last record is ready. Every message is built and signed
 * before the clock starts, and sent at its moment whether or not the platform kept up (a sender that falls behind is
 * reported). Measures, per parcel, the time from the moment its last document was due to leave (open loop: a platform
 * that falls behind makes parcels wait in the senders' queue too) to the moment a poller, reading the declarant's
 * receipts every 100 ms, first sees its 800 (the receipt's own returnTime is the moment its message arrived).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.cbec.bench.sim.TrafficSimulator --rate 500 --parcels 15000</pre>
 */
final class OpenLoop {

    private final PlatformClient platform;

    OpenLoop(PlatformClient platform) {
        this.platform = platform;
    }

    /** A message scheduled: its sender, its XML, when it leaves (ms after the start), the copNos it carries. */
    private record Scheduled(String sender, byte[] xml, long atMillis, List<String> copNos) {
    }

    void run(int count, double rate, int perMessage, double spreadSeconds, int senders, Duration timeout, long seed)
            throws Exception {
        Random random = new Random(seed);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        KeyMaterial agentKey = org.cbec.ceb.sign.SelfSignedKeys.sm2("open-loop declarant");
        // fresh enterprise codes each run (the seed fixes the traffic, not who sends it)
        PlatformClient.Filed filed = platform.fileParcelEnterprises(new Random(System.nanoTime()), 'O', agentKey);
        ParcelFactory factory = new ParcelFactory(filed.codes(), agentKey);
        List<ParcelFactory.Parcel> parcels = new ArrayList<>();
        long[][] ready = new long[count][4];
        for (int i = 0; i < count; i++) {
            parcels.add(new ParcelFactory.Parcel(run + i, ParcelFactory.Fault.NONE));
            long arrival = Math.round(i * 1000.0 / rate);
            for (int d = 0; d < 4; d++) {
                ready[i][d] = arrival + Math.round(random.nextDouble() * spreadSeconds * 1000);
            }
        }
        String[] senderOf = {"platform", "payer", "carrier", "agent"};
        List<Scheduled> schedule = new ArrayList<>();
        Map<String, Long> lastDocument = new HashMap<>();
        for (int d = 0; d < 4; d++) {
            int type = d;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                order.add(i);
            }
            order.sort((a, b) -> Long.compare(ready[a][type], ready[b][type]));
            for (int from = 0; from < count; from += perMessage) {
                List<Integer> chunk = order.subList(from, Math.min(count, from + perMessage));
                List<ParcelFactory.Parcel> batch = chunk.stream().map(parcels::get).toList();
                long at = chunk.stream().mapToLong(i -> ready[i][type]).max().orElseThrow();
                byte[] xml = switch (type) {
                    case 0 -> factory.orders(batch);
                    case 1 -> factory.payments(batch);
                    case 2 -> factory.waybills(batch);
                    default -> factory.inventories(batch);
                };
                List<String> copNos = batch.stream().map(ParcelFactory.Parcel::copNo).toList();
                schedule.add(new Scheduled(senderOf[type], xml, at, copNos));
                copNos.forEach(c -> lastDocument.merge(c, at, Math::max));
            }
        }
        schedule.sort((a, b) -> Long.compare(a.atMillis(), b.atMillis()));
        System.out.printf("open loop: %d parcels offered at %.0f/s, documents within %.1f s, %d messages of up to %d "
                + "records, %d senders%n", count, rate, spreadSeconds, schedule.size(), perMessage, senders);

        ExecutorService pool = Executors.newFixedThreadPool(senders);
        AtomicInteger refused = new AtomicInteger();
        Map<String, Instant> released = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean polling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread poller = new Thread(() -> poll(filed.tokens().get("agent"), released, polling), "receipts-poller");
        long behind = 0;
        Instant start = Instant.now();
        long cpuAtStart = TrafficSimulator.processCpuNanos();
        poller.start();
        for (Scheduled message : schedule) {
            long wait = message.atMillis() - Duration.between(start, Instant.now()).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            } else {
                behind = Math.max(behind, -wait);
            }
            pool.execute(() -> {
                try {
                    PlatformClient.Reply response = platform.send(filed.tokens().get(message.sender()),
                            message.xml());
                    if (response.statusCode() != 202) {
                        refused.incrementAndGet();
                    }
                } catch (Exception e) {
                    refused.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        Instant allSent = Instant.now();

        Instant deadline = Instant.now().plus(timeout);
        while (released.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        polling.set(false);
        poller.join();
        long cpu = TrafficSimulator.processCpuNanos() - cpuAtStart;
        List<Long> latencies = new ArrayList<>();
        Instant last = start;
        for (Map.Entry<String, Instant> r : released.entrySet()) {
            Instant due = start.plusMillis(lastDocument.get(r.getKey()));
            latencies.add(Math.max(0, Duration.between(due, r.getValue()).toMillis()));
            last = r.getValue().isAfter(last) ? r.getValue() : last;
        }
        Collections.sort(latencies);
        double seconds = Duration.between(start, last).toMillis() / 1000.0;
        System.out.printf("sent in %.1f s (the sender fell behind its schedule by at most %d ms); refused %d%n",
                Duration.between(start, allSent).toMillis() / 1000.0, behind, refused.get());
        System.out.printf("released %d of %d; achieved %.0f parcels/s (first message to last 800)%n",
                released.size(), count, released.size() / Math.max(seconds, 0.001));
        if (!latencies.isEmpty()) {
            System.out.printf("latency from a parcel's last document to its 800, ms: p50 %d, p90 %d, p99 %d, max %d%n",
                    TrafficSimulator.percentile(latencies, 50), TrafficSimulator.percentile(latencies, 90),
                    TrafficSimulator.percentile(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
        TrafficSimulator.printOwnCpu(cpu, count);
    }

    /** Reads the declarant's receipts every 100 ms, noting when each parcel's 800 is first seen. */
    private void poll(String token, Map<String, Instant> released, java.util.concurrent.atomic.AtomicBoolean on) {
        long after = 0;
        while (on.get()) {
            try {
                JsonNode page = platform.receipts(token, after, 1000);
                Instant seen = Instant.now();
                for (JsonNode receipt : page.get("receipts")) {
                    if ("800".equals(receipt.get("returnStatus").asString())) {
                        released.putIfAbsent(receipt.get("copNo").asString(), seen);
                    }
                }
                after = page.get("next").asLong();
                if (page.get("receipts").size() < 1000) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // the platform did not answer this time: read again
            }
        }
    }

}
