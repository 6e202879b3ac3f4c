package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Two-way, over HTTP: departments' notices read by enterprises, results sent to one enterprise's inbox (and no
 * other's), and a department putting an enterprise on the customs risk list, audited, once however often.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeResultsApiTest extends PlatformTest {

    private static final String SELLER = "3301968101";
    private static final String OTHER = "3301968102";
    private String seller;
    private String other;

    @BeforeEach
    void enterprises() {
        seller = EnterpriseFixtures.token(this, SELLER, List.of("EBC"), List.of());
        other = EnterpriseFixtures.token(this, OTHER, List.of("EBC"), List.of());
    }

    @Test
    void aDepartmentsNoticeIsReadByEveryEnterprise() {
        String commerce = department("COMMERCE");
        ApiClient.Response published = api().postJson("/api/v1/exchange/notices", commerce, Map.of("title",
                "关于跨境电商出口海外仓备案的通知", "body", "各有关企业：……"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(api().get("/api/v1/exchange/notices", seller).json().get("notices").get(0).get("title")
                .asString()).isEqualTo("关于跨境电商出口海外仓备案的通知");
        assertThat(api().get("/api/v1/exchange/notices", null).status()).isEqualTo(401);
        assertThat(api().postJson("/api/v1/exchange/notices", seller, Map.of("title", "t", "body", "b")).status())
                .as("an enterprise publishes no notice").isEqualTo(401);
        assertThat(api().postJson("/api/v1/exchange/notices", commerce, Map.of("title", "", "body", "b")).body())
                .contains("title and body: required");
    }

    @Test
    void aResultReachesItsEnterprisesInboxOnlyAndAWrongKindIsNamed() {
        String tax = department("TAX");
        ApiClient.Response sent = api().postJson("/api/v1/exchange/results", tax, Map.of("enterprise", SELLER, "kind",
                "EXEMPTION", "reference", "2026110112345678", "outcome", "APPROVED", "detail", "无票免税已登记"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        long cursor = sent.json().get("cursor").asLong();

        JsonNode inbox = api().get("/api/v1/exchange/inbox?after=" + (cursor - 1), seller).json();
        assertThat(inbox.get("messages").get(0).get("department").asString()).isEqualTo("TAX");
        assertThat(inbox.get("messages").get(0).get("outcome").asString()).isEqualTo("APPROVED");
        assertThat(inbox.get("next").asLong()).isEqualTo(cursor);
        assertThat(api().get("/api/v1/exchange/inbox?after=" + cursor, seller).json().get("messages").isEmpty())
                .isTrue();
        assertThat(api().get("/api/v1/exchange/inbox", other).json().get("messages").valueStream()
                .noneMatch(m -> m.get("cursor").asLong() == cursor)).isTrue();

        assertThat(api().postJson("/api/v1/exchange/results", department("FX"), Map.of("enterprise", SELLER, "kind",
                "REFUND", "outcome", "OK")).body()).contains("kind: FX sends [DIRECTORY, CLASSIFICATION, "
                + "VERIFICATION], not 'REFUND'");
        assertThat(api().postJson("/api/v1/exchange/results", department("COMMERCE"), Map.of("enterprise", SELLER,
                "kind", "WARNING", "outcome", "OK")).body()).contains("COMMERCE sends no results");
        assertThat(api().postJson("/api/v1/exchange/results", seller, Map.of("enterprise", SELLER, "kind",
                "WARNING", "outcome", "OK")).status()).isEqualTo(401);
    }

    @Test
    void aDepartmentPutsAnEnterpriseOnTheCustomsRiskListOnceAndTheChangeIsAudited() throws Exception {
        String flagged = "33019" + String.format("%05d", System.nanoTime() % 100_000);
        String market = department("MARKET");
        List<ApiClient.Response> answers = AtOnce.times(3, () -> api().postJson("/api/v1/exchange/risk-list",
                market, Map.of("enterprise", flagged, "reason", "抽检不合格商品，暂停放行前人工审核")));
        assertThat(answers).extracting(ApiClient.Response::status).containsOnly(204);

        String officer = api().postJson("/api/v1/officers", ADMIN, Map.of("login", "risk." + flagged, "name",
                "关员", "roles", List.of("REVIEWER"))).json().get("token").asString();
        String blocked = api().get("/api/v1/customs/risk-rules", officer).json().get("rules").valueStream()
                .filter(r -> "BLOCKED_ENTERPRISE".equals(r.get("code").asString())).findFirst().orElseThrow()
                .get("parameter").asString();
        assertThat(List.of(blocked.split(","))).containsOnlyOnce(flagged);
        JsonNode changes = api().get("/api/v1/customs/risk-rules/BLOCKED_ENTERPRISE/changes", officer).json()
                .get("changes");
        assertThat(changes.valueStream().filter(c -> c.get("parameterAfter").asString().contains(flagged)
                && !c.get("parameterBefore").asString().contains(flagged))).singleElement().satisfies(c -> {
                    assertThat(c.get("officer").asString()).isEqualTo("department:MARKET");
                    assertThat(c.get("reason").asString()).isEqualTo("抽检不合格商品，暂停放行前人工审核");
                });

        assertThat(api().postJson("/api/v1/exchange/risk-list", department("CUSTOMS"), Map.of("enterprise", flagged,
                "reason", "x")).status()).isEqualTo(403);
        assertThat(api().postJson("/api/v1/exchange/risk-list", market, Map.of("enterprise", "bad code!",
                "reason", "x")).body()).contains("enterprise: a 10-character customs code");
    }
}
