package org.cbec.bench.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the public service platform's statistics queries over HTTP as a department asks for them (the whole
 * answer read): 5 requests to warm each query, then {@code --times} one after another; prints the median and p90.
 * Files the COMMERCE department with the operator's token. Usage: {@code StatisticsBench --url U --admin-token T
 * [--times 30]}; the counters are seeded by {@code bench/exchange/statistics-seed.sql} (November 2026).
 */
public final class StatisticsBench {

    private StatisticsBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = o.getOrDefault("url", "http://127.0.0.1:8080");
        int times = Integer.parseInt(o.getOrDefault("times", "30"));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(url
                        + "/api/v1/exchange/departments")).header("Authorization", "Bearer " + o.get("admin-token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"code\":\"COMMERCE\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (filed.statusCode() != 201) {
            throw new IllegalStateException("filing COMMERCE failed: " + filed.body());
        }
        String token = filed.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String month = "/api/v1/exchange/statistics?from=2026-11-01&to=2026-11-30";
        System.out.printf("%-95s %8s %8s %8s%n", "query", "median", "p90", "bytes");
        for (String query : List.of(month + "&by=month", month + "&by=day&group=mode",
                month + "&by=day&group=direction", month + "&by=month&group=chapter",
                month + "&by=month&group=enterprise&top=10", month + "&by=day&group=enterprise&top=10",
                month + "&by=month&group=enterprise", month + "&by=day&group=mode&format=csv",
                month + "&by=month&group=mode&direction=E")) {
            for (int i = 0; i < 5; i++) {
                get(http, url + query, token);
            }
            List<Double> millis = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = get(http, url + query, token);
                millis.add((System.nanoTime() - start) / 1e6);
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(query + " answered " + answer.statusCode() + ": " + answer.body());
                }
                bytes = answer.body().length();
            }
            millis.sort(Double::compare);
            System.out.printf("%-95s %8.1f %8.1f %8d%n", query.substring("/api/v1/exchange/statistics?".length()),
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(0.9 * millis.size()) - 1), bytes);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
