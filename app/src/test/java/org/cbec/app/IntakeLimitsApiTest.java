package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What keeps intake up under abuse, with small limits so that a test reaches them: a per-enterprise rate limit
 * (429), a budget of message bytes in memory at once (503), and a deadline for a body trickled slowly (408); each
 * answered with a problem, never a 500, and Retry-After where sending again later helps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeLimitsApiTest extends PlatformTest {

    private String platform;

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("cbec.intake.rate-per-second", () -> "5");
        registry.add("cbec.intake.max-inflight-bytes", () -> "65536");
        registry.add("cbec.intake.budget-wait", () -> "PT0.2S");
        registry.add("cbec.intake.read-timeout", () -> "PT1S");
    }

    @BeforeEach
    void enterprise() {
        if (platform == null) {
            platform = EnterpriseFixtures.token(this, "3301970001", List.of("EBP", "EBC"), List.of());
        }
    }

    /** An order of the platform {@code code} (the test orders' codes replaced by it). */
    private static byte[] orderOf(String code, String orderNo) {
        return new String(Parcels.order(orderNo), StandardCharsets.UTF_8).replace(Parcels.PLATFORM, code)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneEnterpriseSendingTooFastIsToldToComeBackLater() throws Exception {
        String own = EnterpriseFixtures.token(this, "3301970002", List.of("EBP", "EBC"), List.of());
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 25; i++) {
            ApiClient.Response response = api().postXml("/api/v1/messages", own, orderOf("3301970002", "RL" + i));
            statuses.add(response.status());
        }
        // the raw answer, right after a burst has emptied the bucket (on a loaded machine a token may have come
        // back between the burst and this request: then the burst is sent again)
        String answer = "";
        for (int attempt = 0; attempt < 10 && !answer.startsWith("HTTP/1.1 429"); attempt++) {
            for (int i = 0; attempt > 0 && i < 12; i++) {
                api().postXml("/api/v1/messages", own, orderOf("3301970002", "RL" + attempt + "-" + i));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                answer = exchange(socket, own, orderOf("3301970002", "RL-last" + attempt), Integer.MAX_VALUE, 0);
            }
        }
        retryAfter = answer.lines().filter(l -> l.toLowerCase().startsWith("retry-after:")).findFirst().orElse(null);
        assertThat(answer).startsWith("HTTP/1.1 429");

        // the bucket holds twice the rate: 10 pass at once, the rest of a burst is refused
        assertThat(statuses).contains(202).contains(429).doesNotContain(500);
        assertThat(retryAfter).isNotNull();
        // another enterprise is not slowed by it
        assertThat(api().postXml("/api/v1/messages", platform, orderOf("3301970001", "RL-other")).status())
                .isEqualTo(202);
    }

    @Test
    void aBodyHeldOpenTakesTheBudgetAndTheNextIsAnswered503() throws Exception {
        byte[] order = orderOf("3301970001", "BUDGET1");
        try (Socket holder = new Socket("127.0.0.1", port)) {
            // announces 60,000 bytes and sends only the head: its share of the 64 KiB budget is held
            OutputStream out = holder.getOutputStream();
            out.write(("POST /api/v1/messages HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + platform
                    + "\r\nContent-Type: application/xml\r\nContent-Length: 60000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(order, 0, 100);
            out.flush();
            Thread.sleep(300);

            String answer;
            try (Socket second = new Socket("127.0.0.1", port)) {
                answer = exchange(second, platform, new byte[30_000], 30_000, 0);
            }
            assertThat(answer).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After:").contains("busy");
        }
    }

    @Test
    void aBodyTrickledSlowlyIsCutAtTheReadTimeout() throws Exception {
        byte[] order = orderOf("3301970001", "TRICKLE1");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            String answer = exchange(socket, platform, order, 100, 250);
            assertThat(answer).startsWith("HTTP/1.1 408").contains("did not arrive whole in time");
        }
    }

    @Test
    void aFormIsNotAMessage() {
        ApiClient.Response response = api().postWithContentType("/api/v1/messages", platform,
                "multipart/form-data; boundary=x", ("--x\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n"
                        + "<a/>\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(415);
        assertThat(response.body()).contains("multipart/form-data");
    }

    /**
     * Sends a message over a raw connection, the first {@code whole} bytes at once and then the rest a byte every
     * {@code trickleMillis}, and returns the start of the answer.
     */
    private static String exchange(Socket socket, String token, byte[] body, int whole, long trickleMillis)
            throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/messages HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/xml\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        int first = Math.min(whole, body.length);
        out.write(body, 0, first);
        out.flush();
        InputStream in = socket.getInputStream();
        for (int i = first; i < body.length && in.available() == 0; i++) {
            Thread.sleep(trickleMillis);
            try {
                out.write(body[i]);
                out.flush();
            } catch (java.io.IOException closed) {
                break;
            }
        }
        // the status line and headers, and what of the body came with them: the server may go on reading the rest
        // of a refused body, so the connection is not waited on to close
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (in.available() > 0) {
                answer.write(in.readNBytes(in.available()));
                String text = answer.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && (text.contains("\"type\"") || text.endsWith("0\r\n\r\n"))) {
                    break;
                }
            } else {
                Thread.sleep(20);
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
