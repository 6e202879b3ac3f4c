package org.cbec.bench.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the console's pages over HTTP as a signed-in person's browser asks for them (the whole answer read; a search
 * that finds one parcel answers with a redirect to its page, timed on its own): a few
 * requests to warm each page, then {@code --times} requests one after another; prints the median and p90 of each.
 * Files the people it signs in as (a declarant and a platform person of the given enterprises, a customs officer,
 * an operator) with the operator's token. Usage: {@code ConsoleRender --url U --admin-token T --agent CODE
 * --platform CODE --copNo C --orderNo O --reason R [--times 30] [--cold 3]}.
 */
public final class ConsoleRender {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "render bench 1";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String url;
    private final String admin;
    private final HttpClient api = HttpClient.newHttpClient();

    private ConsoleRender(String url, String admin) {
        this.url = url;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        ConsoleRender bench = new ConsoleRender(o.getOrDefault("url", "http://127.0.0.1:8080"), o.get("admin-token"));
        int times = Integer.parseInt(o.getOrDefault("times", "30"));
        String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36);
        HttpClient declarant = bench.signIn(bench.person("render.agent." + run, "ENTERPRISE", o.get("agent")));
        HttpClient platform = bench.signIn(bench.person("render.platform." + run, "ENTERPRISE", o.get("platform")));
        String officer = "render.officer." + run;
        bench.post("/api/v1/officers", "{\"login\":\"" + officer + "\",\"name\":\"关员\",\"roles\":[\"REVIEWER\"]}");
        HttpClient customs = bench.signIn(bench.person(officer, "CUSTOMS", null));
        HttpClient operator = bench.signIn(bench.person("render.operator." + run, "OPERATOR", null));
        System.out.printf("%-60s %8s %8s %8s%n", "page", "median", "p90", "bytes");
        String copNo = o.get("copNo");
        String reason = URLEncoder.encode(o.get("reason"), StandardCharsets.UTF_8);
        for (String page : List.of("/console", "/console/search?q=" + copNo, "/console/search?q=" + o.get("orderNo"),
                "/console/inventories/" + copNo, "/console/refused", "/console/refused?reason=" + reason,
                "/console/refused?reason=" + reason + "&page=20", "/console/filing")) {
            bench.time(declarant, page, times);
        }
        bench.time(platform, "/console/tax-bills", times);
        for (String page : List.of("/console/customs/reviews", "/console/customs/dashboard",
                "/console/customs/dashboard/figures", "/console/customs/rules", "/console/customs/guarantees")) {
            bench.time(customs, page, times);
        }
        // the dashboard counts its figures anew once what it counted is 15 s old: those requests, timed apart
        int cold = Integer.parseInt(o.getOrDefault("cold", "3"));
        List<Double> counting = new ArrayList<>();
        for (int i = 0; i < cold; i++) {
            Thread.sleep(16_000);
            long start = System.nanoTime();
            bench.get(customs, "/console/customs/dashboard");
            counting.add((System.nanoTime() - start) / 1e6);
        }
        counting.sort(Double::compare);
        System.out.printf("%-60s %8.1f %8.1f (%d requests, figures counted anew)%n", "/console/customs/dashboard",
                counting.isEmpty() ? 0 : counting.get(counting.size() / 2),
                counting.isEmpty() ? 0 : counting.get(counting.size() - 1), cold);
        for (String page : List.of("/console/operator/enterprises", "/console/operator/people",
                "/console/operator/health")) {
            bench.time(operator, page, times);
        }
    }

    private void time(HttpClient session, String page, int times) throws Exception {
        for (int i = 0; i < 5; i++) {
            get(session, page);
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = get(session, page);
            millis.add((System.nanoTime() - start) / 1e6);
            if (answer.statusCode() != 200 && answer.statusCode() != 302) {
                throw new IllegalStateException(page + " answered " + answer.statusCode());
            }
            bytes = answer.body().length();
        }
        millis.sort(Double::compare);
        System.out.printf("%-60s %8.1f %8.1f %8d%n", page, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(0.9 * millis.size()) - 1), bytes);
    }

    private HttpResponse<String> get(HttpClient session, String page) throws Exception {
        return session.send(HttpRequest.newBuilder(URI.create(url + page)).header("Accept", ACCEPT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String person(String login, String kind, String code) throws Exception {
        post("/api/v1/people", "{\"login\":\"" + login + "\",\"password\":\"" + PASSWORD + "\",\"kind\":\"" + kind
                + "\"," + (code == null ? "" : "\"orgCode\":\"" + code + "\",")
                + "\"role\":\"BENCH\",\"displayName\":\"压测\"}");
        return login;
    }

    private void post(String path, String json) throws Exception {
        HttpResponse<String> answer = api.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private HttpClient signIn(String login) throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = CSRF.matcher(get(session, "/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<String> answer = session.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!answer.headers().firstValue("Location").orElse("").endsWith("/console")) {
            throw new IllegalStateException("sign-in of " + login + " failed");
        }
        return session;
    }
}
