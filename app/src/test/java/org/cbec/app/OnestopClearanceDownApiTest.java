package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The clearance platform stopped while sellers book and pay: every message waits in the platform's outbox, retried,
 * and when the clearance platform is back all of it is sent, in order, and every order is declared: nothing lost.
 * The platform is filed here without a webhook: it hears every receipt by pulling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopClearanceDownApiTest extends OnestopTest {

    private static final ClearanceProxy CLEARANCE = new ClearanceProxy();

    @DynamicPropertySource
    static void clearanceBehindAProxy(DynamicPropertyRegistry registry) {
        registry.add("cbec.onestop.clearance-url", CLEARANCE::url);
        registry.add("cbec.onestop.max-backoff", () -> "PT0.5S");
        registry.add("cbec.onestop.pull-interval", () -> "PT1S");
    }

    @AfterEach
    void stopped() {
        CLEARANCE.stop();
    }

    private JsonNode timeline(String seller, String orderNo) {
        return api().get("/api/v1/onestop/orders/" + orderNo + "/timeline", seller).json();
    }

    @Test
    void ordersQueueWhileTheClearancePlatformIsDownAndAreAllDeclaredWhenItIsBack() throws Exception {
        OnestopDeclarations onestop = new OnestopDeclarations(api(), port);
        onestop.link(false);
        OnestopDeclarations.Carrier carrier = onestop.carrier();
        String seller = approvedSeller();
        long product = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        List<String> orderNos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String orderNo = "DOWN" + OnestopDeclarations.code('5');
            assertThat(api().postJson("/api/v1/onestop/orders", seller, OnestopDeclarations.order(orderNo, "9610",
                    "A", product, "2", "10", "1.00")).status()).isEqualTo(201);
            assertThat(api().postJson("/api/v1/onestop/orders/" + orderNo + "/booking", seller, Map.of("carrierId",
                    carrier.id(), "grossWeightKg", 0.8)).status()).isEqualTo(201);
            assertThat(api().putJson("/api/v1/onestop/orders/" + orderNo + "/payment", seller, Map.of("payName",
                    "PayPal", "charge", 21.00)).status()).isEqualTo(200);
            orderNos.add(orderNo);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (timeline(seller, orderNos.get(0)).get("messages").get(0).get("attempts").asInt() < 2
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        JsonNode waiting = timeline(seller, orderNos.get(0));
        assertThat(waiting.get("messages").get(0).get("attempts").asInt()).as("tried again").isGreaterThanOrEqualTo(2);
        assertThat(waiting.get("messages").get(0).get("lastError").asString()).contains("Connect");
        for (String orderNo : orderNos) {
            JsonNode queued = timeline(seller, orderNo);
            assertThat(queued.get("status").asString()).isEqualTo("DECLARING");
            assertThat(queued.get("messages").findValues("state").stream().map(JsonNode::asString).toList())
                    .as("nothing sent, nothing dropped").containsExactly("QUEUED", "QUEUED", "QUEUED", "QUEUED");
        }
        assertThat(api().get("/api/v1/onestop/clearance/outbox", STAFF).json().get("QUEUED").asLong())
                .isGreaterThanOrEqualTo(12);

        CLEARANCE.start(port);
        for (String orderNo : orderNos) {
            JsonNode declared = onestop.awaitTimeline(seller, orderNo, t -> OnestopDeclarations.has(t, "INVENTORY",
                    "399"));
            assertThat(declared.get("messages").findValues("state").stream().map(JsonNode::asString).toList())
                    .containsExactly("SENT", "SENT", "SENT", "SENT");
            assertThat(OnestopDeclarations.statuses(declared, "ORDER")).contains("2");
        }
    }
}
