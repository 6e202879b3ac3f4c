package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cbec.bench.sim.ParcelFactory;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * FX's payments and gaps, statistics by country, the comparison's refusals for market regulation, credit, and the
 * exchange's webhooks, over HTTP from parcels the clearance flow released or refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeFxCreditApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("exchange fx agent");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
    }

    private String released(String id) throws Exception {
        sendParcel(Parcels.parcel(id, AGENT_KEY, message -> { }));
        JsonNode last = lastInventoryReceipt("COP" + id);
        assertThat(last.get("returnStatus").asString()).isEqualTo("800");
        return last.get("invtNo").asString();
    }

    private static JsonNode factor(JsonNode score, String name) {
        return score.get("factors").valueStream().filter(f -> name.equals(f.get("name").asString())).findFirst()
                .orElseThrow();
    }

    @Test
    void aReleasedParcelIsAPaymentForFxWithoutItsBuyerAndIsCountedByCountry() throws Exception {
        String today = LocalDate.now(CHINA).toString();
        String invtNo = released("F" + shortId());

        JsonNode payment = dataset(department("FX"), "fx-payments", 1000).stream()
                .filter(r -> invtNo.equals(r.get("invtNo").asString())).findFirst().orElseThrow();
        assertThat(payment.get("direction").asString()).isEqualTo("I");
        assertThat(payment.get("payCode").asString()).isEqualTo(Parcels.PAYER);
        assertThat(payment.get("ebcCode").asString()).isEqualTo(Parcels.PLATFORM);
        assertThat(payment.get("paidValue").decimalValue()).isPositive()
                .isEqualByComparingTo(payment.get("declaredValue").decimalValue());
        assertThat(payment.get("month").asString()).isEqualTo(YearMonth.now(CHINA).toString());
        assertThat(payment.has("buyerName")).isFalse();
        assertThat(payment.has("buyerIdNumber")).isFalse();

        JsonNode byCountry = api().get("/api/v1/exchange/statistics?from=" + today + "&to=" + today
                + "&direction=I&group=country", department("COMMERCE")).json();
        assertThat(byCountry.get("rows").valueStream().map(r -> r.get("group").asString()))
                .as("the sample's goods come from Japan (116)").contains("116");
    }

    @Test
    void aComparisonRefusalReachesMarketRegulationWithItsRuleAndLowersTheEnterprisesCredit() throws Exception {
        String id = "M" + shortId();
        sendParcel(Parcels.parcel(new ParcelFactory.Parcel(id, ParcelFactory.Fault.AMOUNT_MISMATCH), AGENT_KEY,
                message -> { }));
        assertThat(lastInventoryReceipt("COP" + id).get("returnStatus").asString()).isEqualTo("100");

        JsonNode refusal = dataset(department("MARKET"), "refusals", 1000).stream()
                .filter(r -> ("COP" + id).equals(r.get("copNo").asString())).findFirst().orElseThrow();
        assertThat(refusal.get("stage").asString()).isEqualTo("COMPARISON");
        assertThat(refusal.get("rule").asString()).isNotBlank();
        assertThat(refusal.get("orderNo").asString()).isEqualTo("ORD" + id);
        assertThat(refusal.get("ebcCode").asString()).isEqualTo(Parcels.PLATFORM);
        assertThat(refusal.get("returnStatus").asString()).isEqualTo("100");

        JsonNode score = api().get("/api/v1/exchange/credit/" + Parcels.PLATFORM, department("TAX")).json();
        JsonNode mismatch = factor(score, "mismatch");
        assertThat(mismatch.get("count").asLong()).isPositive();
        assertThat(mismatch.get("weight").asInt()).isEqualTo(25);
        assertThat(mismatch.get("penalty").decimalValue()).isPositive();
        assertThat(score.get("score").asInt()).isLessThan(100);
    }

    @Test
    void anEnterpriseSeesItsOwnCreditOnlyAndDepartmentsSeeEveryEnterprisesLowestFirst() throws Exception {
        released("K" + shortId());
        String stranger = fileEnterprise("3301968888", "信用无关企业", List.of("EBC"));

        JsonNode own = api().get("/api/v1/exchange/credit", tokens.get("platform")).json().get("scores");
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("enterprise").asString()).isEqualTo(Parcels.PLATFORM);
        assertThat(own.get(0).get("factors").valueStream().map(f -> f.get("name").asString()))
                .containsExactly("mismatch", "refusal", "return", "fxGap", "overdueTax");
        assertThat(factor(own.get(0), "refusal").get("outOf").asLong()).as("its declarations").isPositive();

        assertThat(api().get("/api/v1/exchange/credit/" + Parcels.PLATFORM, stranger).status())
                .as("another enterprise's credit").isEqualTo(404);
        JsonNode strangers = api().get("/api/v1/exchange/credit/3301968888", stranger).json();
        assertThat(strangers.get("score").asInt()).isEqualTo(100);
        assertThat(strangers.get("grade").asString()).isEqualTo("A");
        assertThat(api().get("/api/v1/exchange/credit", null).status()).isEqualTo(401);
        ApiClient.Response nonsense = api().get("/api/v1/exchange/credit/" + "A".repeat(100), department("TAX"));
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body()).contains("code: an enterprise's customs code");

        JsonNode all = api().get("/api/v1/exchange/credit", department("MARKET")).json().get("scores");
        assertThat(all.valueStream().map(s -> s.get("enterprise").asString())).contains(Parcels.PLATFORM);
        assertThat(all.valueStream().map(s -> s.get("score").asInt()).toList()).isSorted();
        assertThat(api().get("/api/v1/exchange/credit", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void fxGapsAreForADepartmentWithAPolicyAndTheirMonthAndShareAreChecked() throws Exception {
        released("G" + shortId());
        String month = YearMonth.now(CHINA).toString();
        String fx = department("FX");
        ApiClient.Response gaps = api().get("/api/v1/exchange/fx/gaps?month=" + month, fx);
        assertThat(gaps.status()).as(gaps.body()).isEqualTo(200);
        assertThat(gaps.json().get("share").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(gaps.json().get("listed").valueStream().filter(g -> Parcels.PLATFORM.equals(
                g.get("enterprise").asString()) && "I".equals(g.get("direction").asString())))
                .as("paid what it declared").isEmpty();

        assertThat(api().get("/api/v1/exchange/fx/gaps?month=" + month, department("TAX")).status())
                .as("no policy grants TAX the fx-payments").isEqualTo(403);
        assertThat(api().get("/api/v1/exchange/fx/gaps?month=" + month, tokens.get("platform")).status())
                .isEqualTo(401);
        assertThat(api().get("/api/v1/exchange/fx/gaps?month=" + month + "&share=2", fx).body())
                .contains("share: above 0 and at most 1");
        assertThat(api().get("/api/v1/exchange/fx/gaps?month=11-2026", fx).body())
                .contains("month: a month as YYYY-MM");
    }

    @Test
    void aDatasetAndAnInboxArePushedInOrderThroughAReceiverThatFailsAtFirst() throws Exception {
        List<String> pushed = Collections.synchronizedList(new ArrayList<>());
        List<String> inbox = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failuresLeft = new AtomicInteger(2);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/fx", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
            if (status == 200) {
                pushed.add(exchange.getRequestHeaders().getFirst("X-Cbec-Cursor") + " " + body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.createContext("/inbox", exchange -> {
            inbox.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
            String fx = department("FX");
            List<ApiClient.Response> subscribed = AtOnce.times(3, () -> api().putJson(
                    "/api/v1/exchange/webhooks/datasets/fx-payments", fx, Map.of("url", base + "/fx")));
            assertThat(subscribed).extracting(ApiClient.Response::status).containsOnly(200);
            assertThat(api().putJson("/api/v1/exchange/webhooks/inbox", tokens.get("platform"), Map.of("url",
                    base + "/inbox")).status()).isEqualTo(200);
            String first = released("W" + shortId());
            String second = released("W" + shortId());
            String tax = department("TAX");
            assertThat(api().postJson("/api/v1/exchange/results", tax, Map.of("enterprise", Parcels.PLATFORM, "kind",
                    "EXEMPTION", "reference", first, "outcome", "APPROVED", "detail", "无票免税已登记")).status())
                    .isEqualTo(201);

            long waitUntil = System.currentTimeMillis() + 30_000;
            while ((!contains(pushed, second) || inbox.isEmpty()) && System.currentTimeMillis() < waitUntil) {
                Thread.sleep(100);
            }
            assertThat(contains(pushed, first)).isTrue();
            assertThat(contains(pushed, second)).isTrue();
            List<Long> cursors = pushed.stream().map(p -> Long.parseLong(p.split(" ")[0])).toList();
            assertThat(cursors).isSorted().doesNotHaveDuplicates();
            assertThat(pushed).noneMatch(p -> p.contains("buyerName"));
            assertThat(inbox).anySatisfy(m -> assertThat(m).contains(first).contains("\"department\":\"TAX\""));

            JsonNode webhooks = api().get("/api/v1/exchange/webhooks", fx).json().get("webhooks");
            assertThat(webhooks).hasSize(1);
            assertThat(webhooks.get(0).get("feed").asString()).isEqualTo("fx-payments");
            assertThat(webhooks.get(0).get("deliveredCursor").asLong()).isPositive();
            assertThat(api().get("/api/v1/exchange/access-log", tokens.get("platform")).json().get("reads")
                    .valueStream().anyMatch(r -> "FX".equals(r.get("department").asString())
                            && "fx-payments".equals(r.get("dataset").asString()))).as("a push is a read").isTrue();
        } finally {
            receiver.stop(0);
        }
    }

    private static boolean contains(List<String> pushed, String invtNo) {
        synchronized (pushed) {
            return pushed.stream().anyMatch(p -> p.contains("\"invtNo\":\"" + invtNo + "\""));
        }
    }

    @Test
    void webhooksAreRefusedToWhoeverMayNotReadTheFeedAndAWrongUrlIsNamed() {
        String tax = department("TAX");
        assertThat(api().putJson("/api/v1/exchange/webhooks/datasets/fx-payments", tax, Map.of("url",
                "http://127.0.0.1:9/x")).status()).as("no policy grants TAX the fx-payments").isEqualTo(403);
        assertThat(api().putJson("/api/v1/exchange/webhooks/datasets/export-lines", tokens.get("platform"),
                Map.of("url", "http://127.0.0.1:9/x")).status()).as("an enterprise is no department").isEqualTo(401);
        assertThat(api().putJson("/api/v1/exchange/webhooks/datasets/salaries", tax, Map.of("url",
                "http://127.0.0.1:9/x")).status()).isEqualTo(404);
        ApiClient.Response wrong = api().putJson("/api/v1/exchange/webhooks/datasets/export-lines", tax,
                Map.of("url", "ftp://127.0.0.1/x"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("url: an http or https URL");
        assertThat(api().putJson("/api/v1/exchange/webhooks/inbox", tax, Map.of("url", "http://127.0.0.1:9/x"))
                .status()).as("a department has no inbox").isEqualTo(401);

        assertThat(api().putJson("/api/v1/exchange/webhooks/datasets/export-lines", tax, Map.of("url",
                "http://127.0.0.1:9/x")).status()).isEqualTo(200);
        assertThat(api().delete("/api/v1/exchange/webhooks/datasets/export-lines", tax).status()).isEqualTo(204);
        assertThat(api().delete("/api/v1/exchange/webhooks/datasets/export-lines", tax).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/exchange/webhooks", tax).json().get("webhooks").isEmpty()).isTrue();
    }
}
