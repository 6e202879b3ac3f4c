package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Instant;
import org.cbec.app.clearance.persistence.WebhookRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Receipts pushed to a real HTTP receiver that is down for a while: retried, in order, none lost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebhookTest extends PlatformTest {

    private static final String CARRIER = "W000000001";

    @Test
    void receiptsReachAWebhookThatFailsAtFirstInOrder() throws Exception {
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failuresLeft = new AtomicInteger(3);
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/receipts", exchange -> {
            calls.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
            if (status == 200) {
                delivered.add(exchange.getRequestHeaders().getFirst("X-Cbec-Cursor") + " "
                        + new String(body, StandardCharsets.UTF_8).contains("CEB512Message"));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/receipts";
            ApiClient.Response filed = api().postJson("/api/v1/enterprises", ADMIN, Map.of("code", CARRIER, "name",
                    "快递公司", "roles", List.of("LOGISTICS"), "webhookUrl", url));
            String token = filed.json().get("token").asString();
            for (int i = 0; i < 3; i++) {
                api().postXml("/api/v1/messages", token, Parcels.waybills(CARRIER, List.of("LW" + i + "-"
                        + System.nanoTime())));
            }

            long waitUntil = System.currentTimeMillis() + 30_000;
            // two receipts a waybill: 2 declared, 3 sent to customs
            while (delivered.size() < 6 && System.currentTimeMillis() < waitUntil) {
                Thread.sleep(100);
            }

            assertThat(delivered).hasSize(6).allSatisfy(d -> assertThat(d).endsWith(" true"));
            List<Long> cursors = delivered.stream().map(d -> Long.parseLong(d.split(" ")[0])).toList();
            assertThat(cursors).isSorted().doesNotHaveDuplicates();
            assertThat(calls.get()).isGreaterThanOrEqualTo(6);
        } finally {
            receiver.stop(0);
        }
    }

    @Autowired
    WebhookRepository webhooks;

    @Test
    void oneNodeAtATimeHoldsAnEnterprisesWebhookUntilItsLeaseRunsOut() {
        String enterprise = "L" + (System.nanoTime() % 1_000_000_000L);
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        webhooks.progress(enterprise);

        assertThat(webhooks.lease(enterprise, "node-a", now, now.plusSeconds(120))).isTrue();
        assertThat(webhooks.lease(enterprise, "node-b", now.plusSeconds(60), now.plusSeconds(180))).isFalse();
        assertThat(webhooks.lease(enterprise, "node-a", now.plusSeconds(60), now.plusSeconds(180))).as("renewed")
                .isTrue();
        assertThat(webhooks.lease(enterprise, "node-b", now.plusSeconds(150), now.plusSeconds(270))).isFalse();
        // node-a died: its lease runs out and node-b takes over
        assertThat(webhooks.lease(enterprise, "node-b", now.plusSeconds(181), now.plusSeconds(300))).isTrue();
        webhooks.release(enterprise, "node-a");
        assertThat(webhooks.lease(enterprise, "node-a", now.plusSeconds(200), now.plusSeconds(320))).isFalse();
        webhooks.release(enterprise, "node-b");
        assertThat(webhooks.lease(enterprise, "node-a", now.plusSeconds(200), now.plusSeconds(320))).isTrue();
    }
}
