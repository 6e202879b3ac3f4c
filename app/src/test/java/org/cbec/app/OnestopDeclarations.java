package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.cbec.bench.sim.ExportParcelFactory;
import org.cbec.bench.sim.ParcelFactory;
import tools.jackson.databind.JsonNode;

/**
 * The comprehensive service platform linked to the clearance platform as its users set it up: the e-port's operator
 * files the platform (EBP, EBC, AGENT, its certificate, its webhook) and a carrier (LOGISTICS, with the platform's
 * certificate among its own: it entrusts the platform with its waybills), the platform's staff enter the code and
 * tokens they were given. The platform is linked once per database; each caller gets a carrier of its own.
 */
final class OnestopDeclarations {

    private static final Random RANDOM = new Random();
    /** The platform's code and token at the clearance platform, per database (the platform is one row). */
    private static final Map<String, String[]> LINKED = new HashMap<>();

    private final ApiClient api;
    private final int port;

    OnestopDeclarations(ApiClient api, int port) {
        this.api = api;
        this.port = port;
    }

    /** A carrier filed at both platforms: its code, token (at the clearance platform) and number at onestop. */
    record Carrier(String code, String token, long id) {
        /** CEB507 and CEB509 of these waybills (numbers ELN...), sent by the carrier as it does today. */
        ExportParcelFactory messages() {
            return new ExportParcelFactory(new ParcelFactory.Codes("NONE", "NONE", code, "NONE"));
        }
    }

    static String code(char letter) {
        return letter + String.format("%09d", RANDOM.nextInt(1_000_000_000));
    }

    /** The platform's code and token at the clearance platform, linking it first (with its webhook) if it is not. */
    String[] link() {
        return link(true);
    }

    /** As {@link #link()}; without the webhook the platform hears its receipts only by pulling them. */
    String[] link(boolean webhook) {
        JsonNode view = api.get("/api/v1/onestop/clearance", PlatformTest.STAFF).json();
        String key = TestDatabase.class.getName() + ":" + port;
        if (view.get("linked").asBoolean() && LINKED.containsKey(key)) {
            return LINKED.get(key);
        }
        String code = code('3');
        Map<String, Object> filing = new HashMap<>(Map.of("code", code, "name", "测试综服平台有限公司", "roles",
                List.of("EBP", "EBC", "AGENT"), "dxpId", "DXPENT0000000001", "certificates",
                List.of(view.get("certificate").asString())));
        if (webhook) {
            filing.put("webhookUrl", "http://127.0.0.1:" + port + view.get("webhookPath").asString());
        }
        ApiClient.Response filed = api.postJson("/api/v1/enterprises", PlatformTest.ADMIN, filing);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String token = filed.json().get("token").asString();
        ApiClient.Response set = api.putJson("/api/v1/onestop/clearance", PlatformTest.STAFF, Map.of("code", code,
                "name", "测试综服平台有限公司", "token", token, "dxpId", "DXPENT0000000001", "customsCode", "2901",
                "portCode", "2901"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        LINKED.put(key, new String[] {code, token});
        return LINKED.get(key);
    }

    /** A bank the platform collects at: its token and the platform's account there. */
    record Bank(String token, String account) {
    }

    /** Files a bank of a fresh code (its first letter {@code letter}) with the staff. */
    Bank bank(char letter) {
        String code = letter + code('1').substring(1);
        String account = "6222" + code.substring(1);
        ApiClient.Response filed = api.postJson("/api/v1/onestop/fx/banks", PlatformTest.STAFF, Map.of("code", code,
                "name", "测试银行", "accountNo", account));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return new Bank(filed.json().get("token").asString(), account);
    }

    /** A carrier to the USA, the UK and Japan, waybill numbers ELN00000001 on. */
    Carrier carrier() {
        String certificate = api.get("/api/v1/onestop/clearance", PlatformTest.STAFF).json().get("certificate")
                .asString();
        String code = code('4');
        ApiClient.Response filed = api.postJson("/api/v1/enterprises", PlatformTest.ADMIN, Map.of("code", code,
                "name", "测试国际快递" + code, "roles", List.of("LOGISTICS"), "dxpId", "DXPENT0000000001",
                "certificates", List.of(certificate)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String token = filed.json().get("token").asString();
        ApiClient.Response carrier = api.postJson("/api/v1/onestop/carriers", PlatformTest.STAFF, Map.of(
                "code", code, "name", "Test Express " + code, "token", token, "trafMode", "5", "prefix", "ELN",
                "rangeFrom", 1, "rangeTo", 99_999_999, "rateCard", rateCard()));
        assertThat(carrier.status()).as(carrier.body()).isEqualTo(201);
        return new Carrier(code, token, carrier.json().get("id").asLong());
    }

    static Map<String, Object> rateCard() {
        return Map.of("divisor", 5000, "stepKg", 0.5, "fuelSurcharge", 0.12, "zones", List.of(
                Map.of("name", "Americas and Europe", "countries", List.of("502", "303"), "days", 5, "pod", "LAX",
                        "breaks", List.of(Map.of("upToKg", 2, "perKg", 60, "minimum", 45),
                                Map.of("upToKg", 30, "perKg", 50, "minimum", 0))),
                Map.of("name", "Japan", "countries", List.of("116"), "days", 3, "pod", "TYO",
                        "breaks", List.of(Map.of("upToKg", 30, "perKg", 30, "minimum", 20)))));
    }

    static Map<String, Object> order(String orderNo, String mode, String flag, long productId, String qty,
                                     String price, String freight) {
        Map<String, Object> order = new HashMap<>(Map.of("orderNo", orderNo, "mode", mode, "buyerName",
                "John Smith", "buyerCountry", "502", "currency", "502", "freight", new BigDecimal(freight),
                "statisticsFlag", flag, "lines", List.of(Map.of("productId", productId, "qty", new BigDecimal(qty),
                        "price", new BigDecimal(price)))));
        return order;
    }

    /** The order's timeline, waited for until it satisfies {@code until} (30 s at most). */
    JsonNode awaitTimeline(String seller, String orderNo, Predicate<JsonNode> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode track;
        do {
            ApiClient.Response response = api.get("/api/v1/onestop/orders/" + orderNo + "/timeline", seller);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            track = response.json();
            if (until.test(track)) {
                return track;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("order " + orderNo + " did not get there in 30 s: " + track);
    }

    /** Whether the timeline holds an entry of a document with a status. */
    static boolean has(JsonNode track, String document, String status) {
        for (JsonNode entry : track.get("timeline")) {
            if (entry.get("document").asString().equals(document) && entry.get("status").asString().equals(status)) {
                return true;
            }
        }
        return false;
    }

    /** The statuses of a document on the timeline, in order. */
    static List<String> statuses(JsonNode track, String document) {
        List<String> statuses = new java.util.ArrayList<>();
        track.get("timeline").forEach(e -> {
            if (e.get("document").asString().equals(document)) {
                statuses.add(e.get("status").asString());
            }
        });
        return statuses;
    }
}
