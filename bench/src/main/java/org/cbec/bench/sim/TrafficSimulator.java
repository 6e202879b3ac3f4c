package org.cbec.bench.sim;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays e-commerce platform, payment company, logistics company and declarant against a running platform: files
 * the four enterprises, makes N parcels (some wrong on purpose: amount mismatch, consignee mismatch, payer not
 * buyer, missing waybill), sends their documents over HTTP in shuffled order, several records a message, waits
 * for the receipts, and prints the final status counts, the throughput and the latency percentiles.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.cbec.bench.sim.TrafficSimulator --parcels 1000</pre>
 * Options: --url (http://127.0.0.1:8080), --admin-token (or CBEC_ADMIN_TOKEN), --parcels (1000),
 * --per-message (10), --faulty-percent (8), --concurrency (8), --timeout-seconds (300), --seed (1), --mode (import;
 * export plays the export parcel to 899 with arrival and departure; onestop plays sellers through the comprehensive
 * service platform: {@link OnestopSimulator}); --rate N offers import parcels at a steady rate and measures the
 * latency a parcel's last document waits for its 800 ({@link OpenLoop}: --spread-seconds, 3).
 */
public final class TrafficSimulator {

    private static final JsonMapper JSON = PlatformClient.JSON;
    private static final DateTimeFormatter RETURN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PlatformClient platform;

    private TrafficSimulator(String url, String admin) {
        this.platform = new PlatformClient(url, admin);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String admin = options.getOrDefault("admin-token", System.getenv("CBEC_ADMIN_TOKEN"));
        if (admin == null) {
            System.err.println("the operator token is needed: --admin-token or CBEC_ADMIN_TOKEN");
            System.exit(2);
        }
        String url = options.getOrDefault("url", "http://127.0.0.1:8080");
        TrafficSimulator simulator = new TrafficSimulator(url, admin);
        if (options.containsKey("rate") && !"import".equals(options.getOrDefault("mode", "import"))) {
            // the open loop plays import parcels only: an export figure asked of it would silently be import's
            System.err.println("--rate offers import parcels only; --mode " + options.get("mode")
                    + " runs as a closed loop (leave out --rate)");
            System.exit(2);
        }
        if (options.containsKey("rate")) {
            new OpenLoop(simulator.platform).run(Integer.parseInt(options.getOrDefault("parcels", "10000")),
                    Double.parseDouble(options.get("rate")), Integer.parseInt(options.getOrDefault("per-message",
                    "10")),
                    Double.parseDouble(options.getOrDefault("spread-seconds", "3")), Integer.parseInt(options
                    .getOrDefault("concurrency", "32")), Duration.ofSeconds(Long.parseLong(options.getOrDefault(
                    "timeout-seconds", "300"))), Long.parseLong(options.getOrDefault("seed", "1")));
            return;
        }
        if ("onestop".equals(options.get("mode"))) {
            String staff = options.getOrDefault("staff-token", System.getenv("CBEC_ONESTOP_STAFF_TOKEN"));
            if (staff == null) {
                System.err.println("the onestop staff token is needed: --staff-token or CBEC_ONESTOP_STAFF_TOKEN");
                System.exit(2);
            }
            new OnestopSimulator(simulator.platform, url, staff, options.getOrDefault("tax-token",
                    System.getenv("CBEC_ONESTOP_TAX_TOKEN"))).run(Integer.parseInt(options.getOrDefault("parcels",
                    "1000")), Integer.parseInt(options.getOrDefault("sellers", "5")), Integer.parseInt(options
                    .getOrDefault("concurrency", "8")), Duration.ofSeconds(Long.parseLong(options.getOrDefault(
                    "timeout-seconds", "300"))), Long.parseLong(options.getOrDefault("seed", "1")));
            return;
        }
        simulator.run(options.getOrDefault("mode", "import"), Integer.parseInt(options.getOrDefault("parcels", "1000")),
                Integer.parseInt(options.getOrDefault("per-message", "10")),
                Integer.parseInt(options.getOrDefault("faulty-percent", "8")),
                Integer.parseInt(options.getOrDefault("concurrency", "8")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout-seconds", "300"))),
                Long.parseLong(options.getOrDefault("seed", "1")));
    }

    /** A simulated parcel: its inventory's copNo, its fault, and whether it is expected to be decided at all. */
    private record SimParcel(String copNo, String fault, boolean decided) {
    }

    /** A message to send: who sends it, its XML, the parcels it carries. */
    private record Message(String sender, byte[] xml, List<String> copNos) {
    }

    /**
     * What a run sends: its parcels, and its messages in phases (each phase shuffled and sent in parallel, the next
     * after it), and the status that ends a parcel well (800 import, 899 export).
     */
    private record Plan(List<SimParcel> parcels, List<List<Message>> phases, String done) {
    }

    private void run(String mode, int count, int perMessage, int faultyPercent, int concurrency, Duration timeout,
                     long seed) throws Exception {
        Random random = new Random(seed);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        KeyMaterial agentKey = SelfSignedKeys.sm2("simulated declarant");
        PlatformClient.Filed filed = platform.fileParcelEnterprises(random, 'S', agentKey);
        ParcelFactory.Codes codes = filed.codes();
        Map<String, String> tokens = filed.tokens();
        System.out.println(platform.fileConsolePeople(codes, random));
        Plan plan = "export".equals(mode) ? exportPlan(codes, run, count, perMessage, faultyPercent, random)
                : importPlan(codes, agentKey, run, count, perMessage, faultyPercent, random);
        System.out.printf("%s: %d parcels, %d messages of up to %d records, %d senders in parallel%n", mode, count,
                plan.phases().stream().mapToInt(List::size).sum(), perMessage, concurrency);

        Map<String, Instant> firstSent = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        Instant start = Instant.now();
        long cpuAtStart = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            for (List<Message> phase : plan.phases()) {
                List<Future<?>> sending = new ArrayList<>();
                for (Message message : phase) {
                    sending.add(pool.submit(() -> {
                        Instant now = Instant.now();
                        message.copNos().forEach(copNo -> firstSent.putIfAbsent(copNo, now));
                        PlatformClient.Reply response = platform.send(tokens.get(message.sender()), message.xml());
                        if (response.statusCode() != 202) {
                            refused.incrementAndGet();
                            System.err.println("refused " + response.statusCode() + ": " + response.body());
                        }
                        return null;
                    }));
                }
                for (Future<?> f : sending) {
                    f.get();
                }
            }
        } finally {
            pool.shutdown();
        }
        Instant sent = Instant.now();

        Map<String, String> finalStatus = new HashMap<>();
        Map<String, Instant> finalAt = new HashMap<>();
        long after = 0;
        int expected = (int) plan.parcels().stream().filter(SimParcel::decided).count();
        Instant deadline = Instant.now().plus(timeout);
        while (finalStatus.size() < expected && Instant.now().isBefore(deadline)) {
            JsonNode page = platform.receipts(tokens.get("agent"), after, 1000);
            for (JsonNode receipt : page.get("receipts")) {
                String status = receipt.get("returnStatus").asString();
                if (status.equals(plan.done()) || status.equals("100") || status.startsWith("-")) {
                    String copNo = receipt.get("copNo").asString();
                    finalStatus.put(copNo, status);
                    finalAt.put(copNo, LocalDateTime.parse(receipt.get("returnTime").asString(), RETURN_TIME)
                            .atZone(CHINA).toInstant());
                }
            }
            after = page.get("next").asLong();
            if (page.get("receipts").isEmpty()) {
                Thread.sleep(200);
            }
        }
        long cpu = processCpuNanos() - cpuAtStart;

        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byFault = new TreeMap<>();
        List<Long> latencies = new ArrayList<>();
        Instant last = start;
        for (SimParcel parcel : plan.parcels()) {
            String status = finalStatus.getOrDefault(parcel.copNo(), "waiting");
            byStatus.merge(status, 1, Integer::sum);
            byFault.merge(parcel.fault() + " -> " + status, 1, Integer::sum);
            Instant at = finalAt.get(parcel.copNo());
            if (at != null) {
                last = at.isAfter(last) ? at : last;
                if (plan.done().equals(status)) {
                    latencies.add(Duration.between(firstSent.get(parcel.copNo()), at).toMillis());
                }
            }
        }
        Collections.sort(latencies);
        double seconds = Duration.between(start, last).toMillis() / 1000.0;
        System.out.println("final status by parcel: " + byStatus);
        byFault.forEach((k, v) -> System.out.println("  " + k + ": " + v));
        System.out.printf("messages refused: %d; sending took %.1f s%n", refused.get(),
                Duration.between(start, sent).toMillis() / 1000.0);
        System.out.printf("throughput: %d parcels decided in %.1f s = %.0f parcels/s (first message to last %s/100)%n",
                finalStatus.size(), seconds, finalStatus.size() / Math.max(seconds, 0.001), plan.done());
        if (!latencies.isEmpty()) {
            System.out.printf("latency to %s, ms: p50 %d, p90 %d, p99 %d, max %d%n", plan.done(),
                    percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
        printOwnCpu(cpu, count);
    }

    /** The CPU time this process has used so far, all its threads (the JIT's and the collector's too). */
    static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    /**
     * The load generator shares the platform's cores (issue 15): what it costs a parcel while the clock runs says
     * how much of them it leaves the platform.
     */
    static void printOwnCpu(long nanos, int parcels) {
        System.out.printf("load generator CPU: %.2f ms a parcel (its own process while the clock ran)%n",
                nanos / 1e6 / parcels);
    }

    /** Import: order, payment, waybill and signed inventory messages, all in one shuffled phase. */
    private static Plan importPlan(ParcelFactory.Codes codes, KeyMaterial agentKey, String run, int count,
                                   int perMessage, int faultyPercent, Random random) throws Exception {
        List<ParcelFactory.Parcel> parcels = new ArrayList<>();
        ParcelFactory.Fault[] faults = ParcelFactory.Fault.values();
        for (int i = 0; i < count; i++) {
            ParcelFactory.Fault fault = random.nextInt(100) < faultyPercent
                    ? faults[1 + random.nextInt(faults.length - 1)] : ParcelFactory.Fault.NONE;
            parcels.add(new ParcelFactory.Parcel(run + i, fault));
        }
        ParcelFactory factory = new ParcelFactory(codes, agentKey);
        List<Message> messages = new ArrayList<>();
        for (int from = 0; from < parcels.size(); from += perMessage) {
            List<ParcelFactory.Parcel> chunk = parcels.subList(from, Math.min(parcels.size(), from + perMessage));
            List<String> copNos = chunk.stream().map(ParcelFactory.Parcel::copNo).toList();
            messages.add(new Message("platform", factory.orders(chunk), copNos));
            messages.add(new Message("payer", factory.payments(chunk), copNos));
            List<ParcelFactory.Parcel> shipped = chunk.stream()
                    .filter(p -> p.fault() != ParcelFactory.Fault.MISSING_WAYBILL).toList();
            if (!shipped.isEmpty()) {
                messages.add(new Message("carrier", factory.waybills(shipped), shipped.stream()
                        .map(ParcelFactory.Parcel::copNo).toList()));
            }
            messages.add(new Message("agent", factory.inventories(chunk), copNos));
        }
        Collections.shuffle(messages, random);
        return new Plan(parcels.stream().map(p -> new SimParcel(p.copNo(), p.fault().name(),
                p.fault() != ParcelFactory.Fault.MISSING_WAYBILL)).toList(), List.of(messages), "800");
    }

    /**
     * Export: order, receipt of payment, waybill and inventory messages in one shuffled phase; then the waybills'
     * arrival at the site; then their departure: a parcel ends at 899.
     */
    private static Plan exportPlan(ParcelFactory.Codes codes, String run, int count, int perMessage,
                                   int faultyPercent, Random random) {
        List<ExportParcelFactory.Parcel> parcels = new ArrayList<>();
        ExportParcelFactory.Fault[] faults = ExportParcelFactory.Fault.values();
        for (int i = 0; i < count; i++) {
            ExportParcelFactory.Fault fault = random.nextInt(100) < faultyPercent
                    ? faults[1 + random.nextInt(faults.length - 1)] : ExportParcelFactory.Fault.NONE;
            parcels.add(new ExportParcelFactory.Parcel(run + i, fault));
        }
        ExportParcelFactory factory = new ExportParcelFactory(codes);
        List<Message> documents = new ArrayList<>();
        List<Message> arrivals = new ArrayList<>();
        List<Message> departures = new ArrayList<>();
        for (int from = 0; from < parcels.size(); from += perMessage) {
            List<ExportParcelFactory.Parcel> chunk = parcels.subList(from, Math.min(parcels.size(),
                    from + perMessage));
            List<String> copNos = chunk.stream().map(ExportParcelFactory.Parcel::copNo).toList();
            documents.add(new Message("platform", factory.write(factory.orderMessage(chunk)), copNos));
            documents.add(new Message("payer", factory.write(factory.receiptMessage(chunk)), copNos));
            List<ExportParcelFactory.Parcel> shipped = chunk.stream()
                    .filter(p -> p.fault() != ExportParcelFactory.Fault.MISSING_WAYBILL).toList();
            if (!shipped.isEmpty()) {
                List<String> shippedCopNos = shipped.stream().map(ExportParcelFactory.Parcel::copNo).toList();
                documents.add(new Message("carrier", factory.write(factory.waybillMessage(shipped)), shippedCopNos));
                arrivals.add(new Message("carrier", factory.write(factory.arrivalMessage(shipped)), shippedCopNos));
                departures.add(new Message("carrier", factory.write(factory.departureMessage(shipped)),
                        shippedCopNos));
            }
            documents.add(new Message("agent", factory.write(factory.inventoryMessage(chunk)), copNos));
        }
        Collections.shuffle(documents, random);
        return new Plan(parcels.stream().map(p -> new SimParcel(p.copNo(), p.fault().name(),
                p.fault() != ExportParcelFactory.Fault.MISSING_WAYBILL)).toList(),
                List.of(documents, arrivals, departures), "899");
    }

    /** The p-th percentile of sorted values (nearest rank). */
    static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

}
