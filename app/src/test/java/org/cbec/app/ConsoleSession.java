package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signed in to the console over plain HTTP, as a browser would be: its cookies, pages asked for as
 * Chromium asks, forms posted with the CSRF token of a page (or without: tests of the refusal).
 */
final class ConsoleSession {

    static final String PASSWORD = "correct horse 9";
    /** What Chromium asks for when it opens a page. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ConsoleSession(int port, String login) throws Exception {
        this.port = port;
        HttpResponse<String> signedIn = post("/login", Map.of("username", login, "password", PASSWORD),
                csrf(get("/login").body()));
        assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(l ->
                assertThat(l).endsWith("/console"));
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", BROWSER_ACCEPT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String csrf) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&")) + "&_csrf=" + csrf;
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the page at this path (every console page carries the sign-out form). */
    String csrfOf(String path) throws Exception {
        return csrf(get(path).body());
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }
}
