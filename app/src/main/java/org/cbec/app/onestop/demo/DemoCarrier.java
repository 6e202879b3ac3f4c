package org.cbec.app.onestop.demo;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.application.Carriers;
import org.cbec.app.onestop.application.ClearanceLink;
import org.cbec.app.onestop.domain.CarrierFiling;
import org.cbec.app.onestop.domain.RateCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo option ({@code --cbec.demo=true}): the platform linked to the clearance platform and a demo carrier,
 * done as the e-port's operator and the platform's staff would do them, over the clearance platform's public API
 * with the operator's token ({@code CBEC_ADMIN_TOKEN}; without it the demo says what to do by hand): the platform
 * filed (EBP, EBC, AGENT, its certificate and webhook) and the carrier filed (LOGISTICS, with the platform's
 * certificate: it entrusts its waybills to the platform), then both entered at the platform. Done once; a restart
 * keeps them.
 */
@Component
@ConditionalOnProperty(name = "cbec.demo", havingValue = "true")
class DemoCarrier {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCarrier.class);
    static final String PLATFORM = "3301960001";
    static final String PLATFORM_NAME = "演示综服平台有限公司";
    static final String CARRIER = "3301980002";
    static final String CARRIER_NAME = "演示国际快递有限公司";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The demo carrier's card: North America and Europe in 5 days, Japan and Korea in 3, by air. */
    static final RateCard RATE_CARD = new RateCard(5000, new BigDecimal("0.5"), new BigDecimal("0.12"), List.of(
            new RateCard.Zone("北美", List.of("502", "501"), 5, "LAX", List.of(
                    new RateCard.Break(new BigDecimal("2"), new BigDecimal("62"), new BigDecimal("45")),
                    new RateCard.Break(new BigDecimal("30"), new BigDecimal("52"), BigDecimal.ZERO))),
            new RateCard.Zone("欧洲", List.of("303", "304", "305", "307", "312"), 6, "FRA", List.of(
                    new RateCard.Break(new BigDecimal("2"), new BigDecimal("68"), new BigDecimal("50")),
                    new RateCard.Break(new BigDecimal("30"), new BigDecimal("58"), BigDecimal.ZERO))),
            new RateCard.Zone("日韩", List.of("116", "133"), 3, "NRT", List.of(
                    new RateCard.Break(new BigDecimal("30"), new BigDecimal("32"), new BigDecimal("22"))))));

    private final ClearanceLink link;
    private final Carriers carriers;
    private final Environment environment;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoCarrier(ClearanceLink link, Carriers carriers, Environment environment,
                @Value("${cbec.admin-token:}") String adminToken) {
        this.link = link;
        this.carriers = carriers;
        this.environment = environment;
        this.adminToken = adminToken;
    }

    @EventListener(ApplicationReadyEvent.class)
    void file() {
        if (adminToken.isBlank()) {
            LOG.warn("demo: CBEC_ADMIN_TOKEN is not set, so the comprehensive service platform is not linked to the "
                    + "clearance platform; file it (GET /api/v1/onestop/clearance gives its certificate) and "
                    + "PUT /api/v1/onestop/clearance by hand, or start the demo with CBEC_ADMIN_TOKEN set");
            return;
        }
        try {
            ClearanceLink.View view = link.view();
            if (!view.linked()) {
                String token = fileAtClearance(PLATFORM, PLATFORM_NAME, List.of("EBP", "EBC", "AGENT"),
                        view.certificate(), "http://127.0.0.1:" + port() + view.webhookPath());
                link.set(new ClearanceLink.Settings(PLATFORM, PLATFORM_NAME, token, "DXPENT0000000001", "2901",
                        "2901"));
            }
            if (carriers.all().stream().noneMatch(c -> c.code().equals(CARRIER))) {
                String token = fileAtClearance(CARRIER, CARRIER_NAME, List.of("LOGISTICS"), view.certificate(),
                        null);
                carriers.file(new CarrierFiling(CARRIER, CARRIER_NAME, token, "5", RATE_CARD, "DEMO", 1L,
                        99_999_999L));
            }
            LOG.warn("demo: the comprehensive service platform is linked to the clearance platform as {} ({}), "
                    + "with the carrier {} ({})", PLATFORM, PLATFORM_NAME, CARRIER, CARRIER_NAME);
        } catch (Exception e) {
            LOG.warn("demo: the comprehensive service platform could not be linked: {}", e.toString());
        }
    }

    /** Files an enterprise at the clearance platform as its operator (a new token when it is filed already). */
    private String fileAtClearance(String code, String name, List<String> roles, String certificate,
                                   String webhookUrl) throws Exception {
        Map<String, Object> filing = new java.util.HashMap<>(Map.of("code", code, "name", name, "roles", roles,
                "dxpId", "DXPENT0000000001", "certificates", List.of(certificate)));
        if (webhookUrl != null) {
            filing.put("webhookUrl", webhookUrl);
        }
        HttpResponse<String> filed = post("/api/v1/enterprises", JSON.writeValueAsString(filing));
        if (filed.statusCode() == 201) {
            return JSON.readTree(filed.body()).get("token").asString();
        }
        if (filed.statusCode() != 409) {
            throw new IllegalStateException("filing " + code + ": HTTP " + filed.statusCode() + " " + filed.body());
        }
        // filed by an earlier run whose link was lost: the same certificate again, and a new token
        post("/api/v1/enterprises/" + code + "/certificates", JSON.writeValueAsString(Map.of("pem", certificate)));
        HttpResponse<String> token = post("/api/v1/enterprises/" + code + "/token", "{}");
        return JSON.readTree(token.body()).get("token").asString();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json,
                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String port() {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
