package org.cbec.bench.sim;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import tools.jackson.databind.JsonNode;

/**
 * Kills the packaged platform with SIGKILL under load, again and again, restarts it on the same data, and counts
 * what an acknowledgement was worth: every message answered 202 must be stored after the restart, every receipt
 * once served must still be there under the same cursor (no cursor handed out twice), and every parcel whose four
 * documents were acknowledged must reach a decision without anyone resending them (messages that got no answer
 * are sent again, as a client does). Exits 1 if anything was lost.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.cbec.bench.sim.KillTest --jar app/target/app-0.1.0-SNAPSHOT.jar
 *     --kills 5 [--parcels-per-round 600] [--dir /tmp/cbec-kill] [--postgres jdbc:postgresql://...]</pre>
 */
public final class KillTest {

    private static final String ADMIN = "kill-test-operator";

    private final Map<String, String> options;
    private final Path dir;
    private final int port;
    private Process app;

    private KillTest(Map<String, String> options) throws Exception {
        this.options = options;
        this.dir = Path.of(options.getOrDefault("dir", Files.createTempDirectory("cbec-kill").toString()));
        Files.createDirectories(dir);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        KillTest test = new KillTest(options);
        int exit;
        try {
            exit = test.run(Integer.parseInt(options.getOrDefault("kills", "5")),
                    Integer.parseInt(options.getOrDefault("parcels-per-round", "600")),
                    Long.parseLong(options.getOrDefault("seed", "1")));
        } finally {
            test.stop();
        }
        System.exit(exit);
    }

    /** A message of the run: who sends it, its bytes, and what became of it. */
    private static final class Sent {
        final String sender;
        final byte[] xml;
        volatile String intakeId;

        Sent(String sender, byte[] xml) {
            this.sender = sender;
            this.xml = xml;
        }
    }

    private int run(int kills, int perRound, long seed) throws Exception {
        Random random = new Random(seed ^ System.nanoTime());
        start();
        PlatformClient platform = new PlatformClient("http://127.0.0.1:" + port, ADMIN);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase();
        KeyMaterial agentKey = SelfSignedKeys.sm2("kill-test declarant");
        PlatformClient.Filed filed = platform.fileParcelEnterprises(random, 'K', agentKey);
        ParcelFactory.Codes codes = filed.codes();
        Map<String, String> tokens = filed.tokens();

        ParcelFactory factory = new ParcelFactory(codes, agentKey);
        List<List<Sent>> rounds = new ArrayList<>();
        List<String> copNos = new ArrayList<>();
        for (int r = 0; r <= kills; r++) {
            List<Sent> round = new ArrayList<>();
            for (int from = 0; from < perRound; from += 10) {
                List<ParcelFactory.Parcel> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(perRound, from + 10); i++) {
                    ParcelFactory.Parcel parcel = new ParcelFactory.Parcel(run + "R" + r + "N" + i,
                            ParcelFactory.Fault.NONE);
                    chunk.add(parcel);
                    copNos.add(parcel.copNo());
                }
                round.add(new Sent("platform", factory.orders(chunk)));
                round.add(new Sent("payer", factory.payments(chunk)));
                round.add(new Sent("carrier", factory.waybills(chunk)));
                round.add(new Sent("agent", factory.inventories(chunk)));
            }
            Collections.shuffle(round, random);
            rounds.add(round);
        }

        Map<Long, String> served = new ConcurrentHashMap<>();
        int acknowledged = 0;
        int lost = 0;
        int vanished = 0;
        int resent = 0;
        for (int r = 0; r <= kills; r++) {
            List<Sent> round = rounds.get(r);
            AtomicBoolean pulling = new AtomicBoolean(true);
            Thread puller = new Thread(() -> pull(platform, tokens.get("agent"), served, pulling));
            puller.start();
            ExecutorService senders = Executors.newFixedThreadPool(8);
            for (Sent sent : round) {
                senders.submit(() -> send(platform, tokens, sent));
            }
            senders.shutdown();
            if (r < kills) {
                Thread.sleep(500 + random.nextInt(1500));
                app.destroyForcibly();
                app.waitFor();
                long answered = round.stream().filter(s -> s.intakeId != null).count();
                System.out.printf("round %d: killed (SIGKILL) with %d of %d messages acknowledged, %d receipts "
                        + "served so far%n", r + 1, answered, round.size(), served.size());
                senders.awaitTermination(60, TimeUnit.SECONDS);
                pulling.set(false);
                puller.join();
                start();
            } else {
                senders.awaitTermination(300, TimeUnit.SECONDS);
                pulling.set(false);
                puller.join();
            }
            // every acknowledged message is stored
            for (Sent sent : round) {
                if (sent.intakeId == null) {
                    continue;
                }
                acknowledged++;
                PlatformClient.Reply status = platform.get("/api/v1/messages/" + sent.intakeId,
                        tokens.get(sent.sender));
                if (status.statusCode() != 200 || !status.body().contains("\"ACCEPTED\"")) {
                    lost++;
                    System.err.println("LOST: acknowledged message " + sent.intakeId + " is " + status.statusCode()
                            + " " + status.body());
                }
            }
            // every receipt served is still there, under the cursor it was served with
            Map<Long, String> now = allReceipts(platform, tokens.get("agent"));
            for (Map.Entry<Long, String> e : served.entrySet()) {
                if (!e.getValue().equals(now.get(e.getKey()))) {
                    vanished++;
                    System.err.println("VANISHED: receipt at cursor " + e.getKey() + " was " + e.getValue()
                            + ", now " + now.get(e.getKey()));
                }
            }
            // what got no answer is sent again, as a client does
            for (Sent sent : round) {
                if (sent.intakeId == null) {
                    resent++;
                    Answer answer = sendAgain(platform, tokens, sent);
                    if (sent.intakeId == null) {
                        System.err.println("a message could not be sent again after the restart: " + answer);
                    }
                }
            }
        }

        Map<String, String> decided = new HashMap<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        Set<String> pending = ConcurrentHashMap.newKeySet();
        pending.addAll(copNos);
        while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
            for (JsonNode receipt : allReceiptNodes(platform, tokens.get("agent"))) {
                String status = receipt.get("returnStatus").asString();
                if (status.equals("800") || status.equals("100") || status.startsWith("-")) {
                    decided.put(receipt.get("copNo").asString(), status);
                    pending.remove(receipt.get("copNo").asString());
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        for (String copNo : pending.stream().sorted().limit(12).toList()) {
            PlatformClient.Reply parcel = platform.get("/api/v1/inventories/" + copNo, tokens.get("agent"));
            String body = parcel.body();
            System.err.println("UNDECIDED: " + copNo + " is " + parcel.statusCode() + " "
                    + (body.length() > 600 ? body.substring(0, 600) + "..." : body));
        }
        long released = decided.values().stream().filter("800"::equals).count();
        System.out.printf("%s, %d kills: messages acknowledged %d, stored after restart %d, lost %d; receipts served "
                        + "%d, vanished or reused %d; messages sent again (no answer before a kill) %d; parcels %d, "
                        + "decided %d (800: %d), undecided %d%n", options.containsKey("postgres") ? "PostgreSQL"
                        : "embedded H2", kills, acknowledged, acknowledged - lost, lost, served.size(), vanished,
                resent, copNos.size(), decided.size(), released, pending.size());
        boolean held = lost == 0 && vanished == 0 && pending.isEmpty();
        if (!held) {
            printTroubles();
        }
        return held ? 0 : 1;
    }

    /** What the platform logged as going wrong, each kind of line once, for a run that did not hold. */
    private void printTroubles() throws IOException {
        try (Stream<String> lines = Files.lines(dir.resolve("app.log"), StandardCharsets.UTF_8)) {
            lines.filter(line -> line.contains(" ERROR ") || line.contains(" WARN ") || line.startsWith("Caused by"))
                    .map(line -> line.replaceFirst("^\\S+\\s+", "")).distinct().limit(40)
                    .forEach(line -> System.err.println("app.log: " + line));
        }
    }

    /** What the platform answered a message: its status (0: no answer), its Retry-After, and what it said. */
    private record Answer(int status, long retryAfterSeconds, String said) {

        /** A client sends again what got no answer, or was refused for now (busy, too fast). */
        boolean worthAnotherTry() {
            return status == 0 || status == 503 || status == 429;
        }

        @Override
        public String toString() {
            return (status == 0 ? "no answer" : Integer.toString(status)) + ": " + said;
        }
    }

    private static Answer send(PlatformClient platform, Map<String, String> tokens, Sent sent) {
        try {
            PlatformClient.Reply response = platform.send(tokens.get(sent.sender), sent.xml);
            if (response.statusCode() == 202) {
                sent.intakeId = PlatformClient.JSON.readTree(response.body()).get("intakeId").asString();
            }
            long retryAfter = response.header("Retry-After").map(Long::parseLong).orElse(1L);
            return new Answer(response.statusCode(), retryAfter, response.body());
        } catch (Exception e) {
            // no answer: the platform died under it; sent again after the restart
            return new Answer(0, 1, e.toString());
        }
    }

    /**
     * Sends as a client does after a restart: a 503 or a 429 is waited out for its Retry-After (the platform may
     * be busy with what the kill interrupted), as is no answer at all, up to ten times.
     */
    private static Answer sendAgain(PlatformClient platform, Map<String, String> tokens, Sent sent)
            throws InterruptedException {
        Answer answer = send(platform, tokens, sent);
        for (int attempt = 1; attempt < 10 && sent.intakeId == null && answer.worthAnotherTry(); attempt++) {
            System.err.println("sending " + sent.sender + "'s message again after " + answer);
            Thread.sleep(1000L * Math.min(10, answer.retryAfterSeconds()));
            answer = send(platform, tokens, sent);
        }
        return answer;
    }

    private static void pull(PlatformClient platform, String token, Map<Long, String> served, AtomicBoolean pulling) {
        long after = served.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        while (pulling.get()) {
            try {
                JsonNode page = platform.receipts(token, after, 1000);
                for (JsonNode receipt : page.get("receipts")) {
                    served.put(receipt.get("cursor").asLong(), key(receipt));
                }
                after = page.get("next").asLong();
                Thread.sleep(50);
            } catch (Exception e) {
                return;
            }
        }
    }

    private static String key(JsonNode receipt) {
        return receipt.get("guid").asString() + " " + receipt.get("copNo").asString() + " "
                + receipt.get("returnStatus").asString();
    }

    private static Map<Long, String> allReceipts(PlatformClient platform, String token) throws Exception {
        Map<Long, String> all = new HashMap<>();
        for (JsonNode receipt : allReceiptNodes(platform, token)) {
            all.put(receipt.get("cursor").asLong(), key(receipt));
        }
        return all;
    }

    private static List<JsonNode> allReceiptNodes(PlatformClient platform, String token) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = platform.receipts(token, after, 1000);
            if (page.get("receipts").isEmpty()) {
                return all;
            }
            page.get("receipts").forEach(all::add);
            after = page.get("next").asLong();
        }
    }

    private void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", new File(options.getOrDefault("jar", "app/target/app-0.1.0-SNAPSHOT.jar"))
                .getAbsolutePath()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log")
                        .toFile()));
        builder.environment().put("CBEC_ADMIN_TOKEN", ADMIN);
        builder.environment().put("PORT", Integer.toString(port));
        if (options.containsKey("postgres")) {
            builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
            builder.environment().put("CBEC_DB_URL", options.get("postgres"));
        }
        app = builder.start();
        if (!new PlatformClient("http://127.0.0.1:" + port, ADMIN).awaitHealthy(Duration.ofSeconds(120))) {
            throw new IllegalStateException("the platform did not come up in 120 s (alive: " + app.isAlive()
                    + "); see " + dir.resolve("app.log"));
        }
    }

    private void stop() {
        if (app != null && app.isAlive()) {
            app.destroy();
            try {
                app.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            app.destroyForcibly();
        }
    }
}
