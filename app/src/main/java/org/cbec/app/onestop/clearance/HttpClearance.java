package org.cbec.app.onestop.clearance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cbec.app.onestop.application.ClearancePort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clearance platform's public HTTP API at {@code cbec.onestop.clearance-url} (by default this application
 * itself): {@code POST /api/v1/messages} and {@code GET /api/v1/receipts}, with a bearer token.
 */
@Component
class HttpClearance implements ClearancePort {

    private static final Logger LOG = LoggerFactory.getLogger(HttpClearance.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String configured;
    private final Environment environment;

    HttpClearance(@Value("${cbec.onestop.clearance-url:}") String configured, Environment environment) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        this.environment = environment;
    }

    /** The configured URL; by default this application itself, on the port it listens on (known once started). */
    private String url() {
        return configured.isBlank() ? "http://127.0.0.1:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) : configured;
    }

    @Override
    public Sent send(String token, byte[] xml) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/messages"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(xml))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            String body = response.body();
            if (status / 100 == 2) {
                return new Sent(Result.TAKEN, status, body);
            }
            // a wrong token (401/403), too many requests (429) or a failing server: fixed by waiting, not by the seller
            boolean retry = status == 401 || status == 403 || status == 408 || status == 429 || status >= 500;
            return new Sent(retry ? Result.RETRY : Result.REFUSED, status, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(Result.RETRY, 0, "interrupted");
        } catch (Exception e) {
            return new Sent(Result.RETRY, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public List<Receipt> receipts(String token, long after, int limit) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url()
                            + "/api/v1/receipts?after=" + after + "&limit=" + limit)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                LOG.info("pulling receipts: HTTP {} {}", response.statusCode(), response.body());
                return List.of();
            }
            List<Receipt> receipts = new ArrayList<>();
            for (JsonNode receipt : JSON.readTree(response.body()).get("receipts")) {
                receipts.add(new Receipt(receipt.get("cursor").asLong(), receipt.get("messageType").asString(),
                        receipt.get("xml").asString()));
            }
            return receipts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            LOG.info("pulling receipts: the clearance platform cannot be reached: {}", e.toString());
            return List.of();
        }
    }
}
