package org.cbec.bench.sim;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A running platform over HTTP, as the operator and the enterprises of a simulation use it. */
public final class PlatformClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final ContentType XML = ContentType.create("application/xml");

    /**
     * A blocking client with pooled connections: the JDK's asynchronous one cost its selector and worker threads
     * about 1.2 ms of CPU an exchange on two cores, which the load generator took from the platform it measures
     * (bench/README.md, thirteenth step).
     */
    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(128)
                    .setMaxConnPerRoute(128).setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofMinutes(2)).build())
                    .build())
            .disableAutomaticRetries().build();
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
            operator("POST", "/api/v1/people", JSON.writeValueAsString(body), 201, "filing console person "
                    + person[0]);
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
        return JSON.readTree(operator("POST", "/api/v1/enterprises", JSON.writeValueAsString(body), 201,
                "filing " + code)).get("token").asString();
    }

    /** Files a department of the public service platform (MARKET, TAX, FX, COMMERCE, CUSTOMS): its token. */
    public String fileDepartment(String code) throws Exception {
        return JSON.readTree(operator("POST", "/api/v1/exchange/departments", "{\"code\": \"" + code + "\"}", 201,
                "filing the department " + code)).get("token").asString();
    }

    /** The platform guarantees its parcels' tax: files a guarantee that covers a run. */
    public void guarantee(String assureCode) throws Exception {
        operator("PUT", "/api/v1/customs/guarantees/" + assureCode, "{\"amount\": 100000000.00}", 200,
                "filing the guarantee of " + assureCode);
    }

    /** A call with the operator's token and a JSON body: the answer's body, or a failure naming {@code what}. */
    private String operator(String method, String path, String json, int expected, String what) throws Exception {
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(url + path));
        request.setHeader("Authorization", "Bearer " + admin);
        request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        Reply reply = execute(request);
        if (reply.statusCode() != expected) {
            throw new IllegalStateException(what + " failed: " + reply.body());
        }
        return reply.body();
    }

    /**
     * Sends a message as an enterprise; once more when the connection failed before any answer (a kept-alive
     * connection the server closed as the request left on it, which the HTTP client does not retry for a POST):
     * the platform answers a message sent again as a duplicate, 202 as the first time.
     */
    public Reply send(String token, byte[] xml) throws Exception {
        HttpPost request = new HttpPost(url + "/api/v1/messages");
        request.setHeader("Authorization", "Bearer " + token);
        request.setEntity(new ByteArrayEntity(xml, XML));
        try {
            return execute(request);
        } catch (java.io.IOException e) {
            return execute(request);
        }
    }

    /** A GET as an enterprise: status, body and headers. */
    public Reply get(String path, String token) throws Exception {
        HttpGet request = new HttpGet(url + path);
        request.setHeader("Authorization", "Bearer " + token);
        return execute(request);
    }

    private Reply execute(ClassicHttpRequest request) throws java.io.IOException {
        return http.execute(request, response -> {
            Map<String, String> headers = new java.util.HashMap<>();
            for (Header header : response.getHeaders()) {
                headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
            return new Reply(response.getCode(), response.getEntity() == null ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8), headers);
        });
    }

    /** A platform's answer: its status, its body, its headers by lower-case name (the first of each). */
    public record Reply(int statusCode, String body, Map<String, String> headers) {

        /** A header's first value, when the answer has it. */
        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
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
        Reply response = get("/api/v1/receipts?after=" + after + "&limit=" + limit, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("receipts: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
