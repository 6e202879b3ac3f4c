package org.cbec.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a platform's CPU went (issue 15): the execution samples of a flight recording between two instants, counted
 * by whose code each was running (the JDK's own code counted with the nearest caller that is not the JDK's), by
 * thread, and by the methods named that each sample's stack includes. {@code bench/profile.sh} records and calls it.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.cbec.bench.SampleShares REC.jfr FROM_MS TO_MS [METHOD ...]</pre>
 *
 * A method is named by a part of its class and method name, {@code MessageIntake.receive} say.
 */
public final class SampleShares {

    /** Whose code a frame is, by the start of its class's name; first match wins. */
    private static final Map<String, String> OWNERS = new LinkedHashMap<>();

    static {
        OWNERS.put("org.h2.", "H2");
        OWNERS.put("org.cbec.", "the platform");
        OWNERS.put("org.springframework.", "Spring");
        OWNERS.put("tools.jackson.", "Jackson");
        OWNERS.put("com.fasterxml.jackson.", "Jackson");
        OWNERS.put("com.fasterxml.aalto.", "Aalto (XML)");
        OWNERS.put("org.codehaus.stax2.", "Aalto (XML)");
        OWNERS.put("org.apache.catalina.", "Tomcat");
        OWNERS.put("org.apache.coyote.", "Tomcat");
        OWNERS.put("org.apache.tomcat.", "Tomcat");
        OWNERS.put("com.zaxxer.hikari.", "the pools");
        OWNERS.put("org.apache.commons.", "the pools");
        OWNERS.put("org.bouncycastle.", "BouncyCastle");
        OWNERS.put("org.postgresql.", "PostgreSQL's driver");
        OWNERS.put("io.micrometer.", "Micrometer (metrics, observations)");
        OWNERS.put("ch.qos.logback.", "logging");
        OWNERS.put("org.slf4j.", "logging");
    }

    private static final String JDK_ALONE = "the JDK alone";
    private static final String OTHER = "other libraries";

    private SampleShares() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SampleShares REC.jfr FROM_MS TO_MS [METHOD ...]");
            System.exit(2);
        }
        Instant from = Instant.ofEpochMilli(Long.parseLong(args[1]));
        Instant to = Instant.ofEpochMilli(Long.parseLong(args[2]));
        List<String> methods = List.of(args).subList(3, args.length);
        Map<String, Integer> owners = new TreeMap<>();
        Map<String, Integer> threads = new TreeMap<>();
        Map<String, Integer> including = new LinkedHashMap<>();
        methods.forEach(m -> including.put(m, 0));
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)
                    || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<String> frames = new ArrayList<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
            owners.merge(owner(frames), 1, Integer::sum);
            threads.merge(event.getThread("sampledThread").getJavaName().replaceAll("\\d+", "#"), 1, Integer::sum);
            for (String method : methods) {
                if (frames.stream().anyMatch(f -> f.contains(method))) {
                    including.merge(method, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d samples from %s to %s%n", samples, from, to);
        print("by whose code was running", owners, samples);
        print("by thread (digits as #)", threads, samples);
        if (!methods.isEmpty()) {
            System.out.println("samples whose stack includes");
            for (Map.Entry<String, Integer> method : including.entrySet()) {
                System.out.printf("  %-60s %5.1f %%%n", method.getKey(), share(method.getValue(), samples));
            }
        }
    }

    /** The owner of the innermost frame that is not the JDK's own. */
    static String owner(List<String> frames) {
        for (String frame : frames) {
            if (frame.startsWith("java.") || frame.startsWith("javax.") || frame.startsWith("jdk.")
                    || frame.startsWith("sun.") || frame.startsWith("com.sun.")) {
                continue;
            }
            return OWNERS.entrySet().stream().filter(e -> frame.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(OTHER);
        }
        return JDK_ALONE;
    }

    private static void print(String title, Map<String, Integer> counts, int samples) {
        System.out.println(title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(e -> share(e.getValue(), samples) >= 0.5)
                .forEach(e -> System.out.printf("  %-60s %5.1f %%%n", e.getKey(), share(e.getValue(), samples)));
    }

    private static double share(int count, int samples) {
        return samples == 0 ? 0 : 100.0 * count / samples;
    }
}
