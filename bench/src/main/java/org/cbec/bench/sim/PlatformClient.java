package org.cbec.bench.sim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A running platform over HTTP, as the operator and the enterprises of a simulation use it. */
public final class PlatformClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String admin;

    public PlatformClient(String url, String admin) {
        this.url = url;
        this.admin = admin;
    }

    /** The operator's token this client acts with. */
    String admin() {
        return admin;
    }

    /** A 10-character enterprise code (a customs code's length) of a letter and nine random digits. */
    public static String code(java.util.Random random, char letter) {
        return letter + String.format("%09d", random.nextInt(1_000_000_000));
    }

    /**
     * Files the four enterprises of a simulated parcel under fresh codes beginning with {@code letter} (the
     * declarant with {@code agentKey}'s certificate), and the platform's guarantee; returns the codes and the
     * tokens by role: platform, payer, carrier, agent.
     */
    public Filed fileParcelEnterprises(java.util.Random random, char letter,
                                       org.cbec.ceb.sign.KeyMaterial agentKey) throws Exception {
        ParcelFactory.Codes codes = new ParcelFactory.Codes(code(random, letter), code(random, letter),
                code(random, letter), code(random, letter));
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("platform", file(codes.platform(), List.of("EBP", "EBC"), List.of()));
        tokens.put("payer", file(codes.payer(), List.of("PAY"), List.of()));
        tokens.put("carrier", file(codes.carrier(), List.of("LOGISTICS"), List.of()));
        tokens.put("agent", file(codes.agent(), List.of("AGENT"),
                List.of(org.cbec.ceb.sign.Certificates.toPem(agentKey.certificate()))));
        guarantee(codes.platform());
        return new Filed(codes, tokens);
    }

    /**
     * Files a console person for the simulated declarant and one for the platform, so that a newcomer signs in at
     * /console and follows the simulated parcels; returns the logins and passwords to print.
     */
    public String fileConsolePeople(ParcelFactory.Codes codes, java.util.Random random) throws Exception {
        StringBuilder printed = new StringBuilder("console people of this run (sign in at /console):");
        for (String[] person : List.of(new String[] {"sim." + codes.agent().toLowerCase(), codes.agent(), "DECLARANT",
                "模拟报关企业 报关员"}, new String[] {"sim." + codes.platform().toLowerCase(), codes.platform(), "MANAGER",
                "模拟电商平台 经理"})) {
            String password = Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "-sim";
            Map<String, Object> body = Map.of("login", person[0], "password", password, "kind", "ENTERPRISE",
                    "orgCode", person[1], "role", person[2], "displayName", person[3]);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/people"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("filing console person " + person[0] + " failed: " + response.body());
            }
            printed.append(String.format("%n  %-14s password %s", person[0], password));
        }
        return printed.toString();
    }

    /** The enterprises of a simulation: their codes and their tokens by role. */
    public record Filed(ParcelFactory.Codes codes, Map<String, String> tokens) {
    }

    /** Files an enterprise with the operator's token; returns the enterprise's API token. */
    public String file(String code, List<String> roles, List<String> certificates) throws Exception {
        Map<String, Object> body = Map.of("code", code, "name", "模拟企业" + code, "roles", roles, "dxpId",
                "DXPENT0000000001", "certificates", certificates);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/enterprises"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("filing " + code + " failed: " + response.body());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    /** Files a department of the public service platform (MARKET, TAX, FX, COMMERCE, CUSTOMS): its token. */
    public String fileDepartment(String code) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url
                        + "/api/v1/exchange/departments")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"" + code + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("filing the department " + code + " failed: " + response.body());
        }
        return JSON.readTree(response.body()).get("token").asString();
    }

    /** The platform guarantees its parcels' tax: files a guarantee that covers a run. */
    public void guarantee(String assureCode) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url
                        + "/api/v1/customs/guarantees/" + assureCode)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"amount\": 100000000.00}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("filing the guarantee of " + assureCode + " failed: " + response.body());
        }
    }

    /**
     * Sends a message as an enterprise; once more when the connection failed before any answer (a kept-alive
     * connection the server closed as the request left on it, which the HTTP client does not retry for a POST):
     * the platform answers a message sent again as a duplicate, 202 as the first time.
     */
    public HttpResponse<String> send(String token, byte[] xml) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xml)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** A GET as an enterprise: status and body. */
    public HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Waits until the platform's health endpoint answers 200; false when it has not within {@code wait}. */
    public boolean awaitHealthy(Duration wait) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plus(wait);
        while (java.time.Instant.now().isBefore(deadline)) {
            try {
                if (get("/actuator/health", "none").statusCode() == 200) {
                    return true;
                }
            } catch (Exception e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** One page of an enterprise's receipts after a cursor. */
    public JsonNode receipts(String token, long after, int limit) throws Exception {
        HttpResponse<String> response = get("/api/v1/receipts?after=" + after + "&limit=" + limit, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("receipts: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
