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
 * Times the public service platform's statistics queries, FX's gaps and the credit list over HTTP as a department
 * asks for them (the whole answer read): 5 requests to warm each query, then {@code --times} one after another;
 * prints the median and p90. Files the COMMERCE and FX departments with the operator's token. Usage: {@code StatisticsBench --url U --admin-token T
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
        String commerce = department(http, url, o.get("admin-token"), "COMMERCE");
        String fx = department(http, url, o.get("admin-token"), "FX");
        String month = "/api/v1/exchange/statistics?from=2026-11-01&to=2026-11-30";
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        for (String query : List.of(month + "&by=month", month + "&by=day&group=mode",
                month + "&by=day&group=direction", month + "&by=month&group=chapter",
                month + "&by=month&group=enterprise&top=10", month + "&by=day&group=enterprise&top=10",
                month + "&by=month&group=enterprise", month + "&by=day&group=mode&format=csv",
                month + "&by=month&group=mode&direction=E", month + "&by=day&group=country&top=10",
                month + "&by=month&group=country")) {
            queries.put(query, commerce);
        }
        queries.put("/api/v1/exchange/fx/gaps?month=2026-11", fx);
        queries.put("/api/v1/exchange/credit", commerce);
        System.out.printf("%-95s %8s %8s %8s%n", "query", "median", "p90", "bytes");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            for (int i = 0; i < 5; i++) {
                get(http, url + query.getKey(), query.getValue());
            }
            List<Double> millis = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = get(http, url + query.getKey(), query.getValue());
                millis.add((System.nanoTime() - start) / 1e6);
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(query.getKey() + " answered " + answer.statusCode() + ": "
                            + answer.body());
                }
                bytes = answer.body().length();
            }
            millis.sort(Double::compare);
            System.out.printf("%-95s %8.1f %8.1f %8d%n", query.getKey().replace("/api/v1/exchange/statistics?", ""),
                    millis.get(millis.size() / 2), millis.get((int) Math.ceil(0.9 * millis.size()) - 1), bytes);
        }
    }

    /** Files a department with the operator's token: its token. */
    private static String department(HttpClient http, String url, String admin, String code) throws Exception {
        HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(url
                        + "/api/v1/exchange/departments")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"code\":\"" + code + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (filed.statusCode() != 201) {
            throw new IllegalStateException("filing " + code + " failed: " + filed.body());
        }
        return filed.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
