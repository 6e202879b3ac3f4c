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
import org.junit.jupiter.api.Test;
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
}
