package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.cbec.ceb.schema.import202205.CEB511Message;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The console over plain HTTP, without a browser (so these run everywhere): another tenant tries every page that
 * shows an enterprise's data, every kind of person meets only its own pages, and every form the console posts
 * races itself without a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleHttpTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("console http agent");
    private static final String PASSWORD = ConsoleSession.PASSWORD;

    private String person(String kind, String code, String role) {
        String login = kind.toLowerCase().charAt(0) + shortId().toLowerCase();
        Map<String, Object> filing = new java.util.HashMap<>(Map.of("login", login, "password", PASSWORD, "kind",
                kind, "role", role, "displayName", "测试"));
        if (code != null) {
            filing.put("orgCode", code);
        }
        assertThat(api().postJson("/api/v1/people", ADMIN, filing).status()).isEqualTo(201);
        return login;
    }

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
    }

    private String refusedParcel() throws Exception {
        String id = "R" + shortId();
        sendParcel(Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof CEB511Message waybill) {
                waybill.getLogistics().get(0).getLogisticsHead().setFreight(new java.math.BigDecimal("12"));
            }
        }));
        return id;
    }

    @Test
    void anotherEnterpriseFindsNoneOfAParcelsPagesByAnyOfItsNumbers() throws Exception {
        String id = refusedParcel();
        ConsoleSession declarant = new ConsoleSession(port, person("ENTERPRISE", Parcels.AGENT, "DECLARANT"));
        assertThat(declarant.get("/console/search?q=ORD" + id).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/inventories/COP" + id));
        assertThat(declarant.get("/console/refused").body()).contains("COP" + id);
        long cursor = receipts("agent", "copNo", "COP" + id).get(0).get("cursor").asLong();
        assertThat(declarant.get("/console/receipts/" + cursor).statusCode()).isEqualTo(200);

        ConsoleSession other = new ConsoleSession(port, person("ENTERPRISE", Parcels.CARRIER, "CLERK"));
        for (String number : List.of("COP" + id, "ORD" + id, "LN" + id)) {
            HttpResponse<String> search = other.get("/console/search?q=" + number);
            assertThat(search.statusCode()).as(number).isEqualTo(200);
            assertThat(search.body()).as(number).contains("id=\"nothing\"");
        }
        assertThat(other.get("/console/inventories/COP" + id).statusCode()).isEqualTo(404);
        HttpResponse<String> receipt = other.get("/console/receipts/" + cursor);
        assertThat(receipt.statusCode()).isEqualTo(404);
        assertThat(receipt.body()).doesNotContain("CEB622Message").contains("id=\"error\"");
        assertThat(other.get("/console/refused").body()).doesNotContain("COP" + id);
        assertThat(other.get("/console/refused?reason=inventory-freight-equals-waybill").body())
                .doesNotContain("COP" + id);
        assertThat(other.get("/console/tax-bills").body()).doesNotContain(Parcels.PLATFORM);
        assertThat(other.get("/console/filing").body()).contains(Parcels.CARRIER).doesNotContain(Parcels.AGENT);
    }

    @Test
    void refusalsAreListedUnderTheirReasonsCodeFromTheComparisonOrFromCustoms() throws Exception {
        String freight = refusedParcel();
        String overLimit = "L" + shortId();
        String buyer = "4401011990" + String.format("%08d", System.nanoTime() % 100_000_000L);
        sendParcel(Parcels.parcel(overLimit, buyer, "3000", "2", AGENT_KEY));
        assertThat(statuses("agent", "copNo", "COP" + overLimit)).endsWith("-621005");
        ConsoleSession declarant = new ConsoleSession(port, person("ENTERPRISE", Parcels.AGENT, "DECLARANT"));

        assertThat(declarant.get("/console/refused?reason=-621005").body()).contains("COP" + overLimit)
                .contains("超过单次交易限值").doesNotContain("COP" + freight);
        assertThat(declarant.get("/console/refused?reason=inventory-freight-equals-waybill").body())
                .contains("COP" + freight).doesNotContain("COP" + overLimit);
        assertThat(declarant.get("/console/refused?reason=none%25").body()).doesNotContain("COP" + freight);
        assertThat(declarant.get("/console/refused?page=999999").statusCode()).isEqualTo(200);
        for (String wrong : List.of("/console/refused?page=abc", "/console/receipts/not-a-cursor")) {
            HttpResponse<String> answer = declarant.get(wrong);
            assertThat(answer.statusCode()).as(wrong).isEqualTo(400);
            assertThat(answer.body()).as(wrong).contains("id=\"error\"").doesNotContain("incident");
        }
    }

    @Test
    void eachKindOfPersonOpensOnlyItsOwnPages() throws Exception {
        Map<String, ConsoleSession> kinds = Map.of(
                "ENTERPRISE", new ConsoleSession(port, person("ENTERPRISE", Parcels.AGENT, "DECLARANT")),
                "DEPARTMENT", new ConsoleSession(port, person("DEPARTMENT", "TAX", "ANALYST")),
                "CUSTOMS", new ConsoleSession(port, person("CUSTOMS", null, "REVIEWER")),
                "OPERATOR", new ConsoleSession(port, person("OPERATOR", null, "ADMIN")));
        Map<String, String> pages = Map.ofEntries(
                Map.entry("/console/refused", "ENTERPRISE"), Map.entry("/console/filing", "ENTERPRISE"),
                Map.entry("/console/tax-bills", "ENTERPRISE"), Map.entry("/console/customs/reviews", "CUSTOMS"),
                Map.entry("/console/customs/dashboard", "CUSTOMS"),
                Map.entry("/console/customs/dashboard/figures", "CUSTOMS"),
                Map.entry("/console/operator/enterprises", "OPERATOR"),
                Map.entry("/console/operator/people", "OPERATOR"), Map.entry("/console/operator/officers", "OPERATOR"),
                Map.entry("/console/operator/health", "OPERATOR"),
                Map.entry("/console/department", "DEPARTMENT"),
                Map.entry("/console/department/statistics", "DEPARTMENT"),
                Map.entry("/console/department/datasets/export-lines", "DEPARTMENT"),
                Map.entry("/console/department/credit", "DEPARTMENT"),
                Map.entry("/console/department/filings", "DEPARTMENT"),
                Map.entry("/console/exchange/credit", "ENTERPRISE"), Map.entry("/console/exchange/inbox", "ENTERPRISE"),
                Map.entry("/console/exchange/access-log", "ENTERPRISE"));
        for (var kind : kinds.entrySet()) {
            assertThat(kind.getValue().get("/console").statusCode()).as(kind.getKey()).isEqualTo(200);
            for (var page : pages.entrySet()) {
                HttpResponse<String> answer = kind.getValue().get(page.getKey());
                if (page.getValue().equals(kind.getKey())) {
                    // a customs person not filed as an officer meets a page saying so, not a failure
                    assertThat(answer.statusCode()).as(kind.getKey() + " " + page.getKey()).isIn(200, 403);
                } else {
                    assertThat(answer.statusCode()).as(kind.getKey() + " " + page.getKey()).isEqualTo(403);
                    assertThat(answer.body()).as("an HTML page").contains("id=\"error\"");
                }
            }
        }
    }

    @Test
    void theOperatorFilingTheSamePersonAtOnceFilesItOnce() throws Exception {
        ConsoleSession operator = new ConsoleSession(port, person("OPERATOR", null, "ADMIN"));
        String csrf = operator.csrfOf("/console/operator/people");
        String login = "race" + shortId().toLowerCase();
        List<HttpResponse<String>> answers = AtOnce.times(4, () -> operator.post("/console/operator/people",
                Map.of("login", login, "password", PASSWORD, "kind", "ENTERPRISE", "orgCode", Parcels.AGENT, "role",
                        "DECLARANT", "displayName", "并发"), csrf));
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        String page = operator.get("/console/operator/people").body();
        assertThat(page.split(">" + login + "<", -1)).as("listed once").hasSize(2);
        new ConsoleSession(port, login);
    }

    @Test
    void twoDecisionsOnOneCaseAtOnceDecideItOnce() throws Exception {
        String[] officer = officer("REVIEWER");
        String invtNo = heldForReview(officer("RISK_ADMIN")[1], "D" + shortId(), AGENT_KEY);
        ConsoleSession reviewer = new ConsoleSession(port, personAs(officer[0]));
        String csrf = reviewer.csrfOf("/console/customs/reviews/" + invtNo);
        List<HttpResponse<String>> answers = AtOnce.times(3, () -> reviewer.post("/console/customs/reviews/" + invtNo,
                Map.of("action", "APPROVE", "reason", "并发放行"), csrf));
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(api().get("/api/v1/customs/reviews/" + invtNo, officer[1]).json().get("decisions").size())
                .as("one decision recorded").isEqualTo(1);
        HttpResponse<String> refused = reviewer.post("/console/customs/reviews/" + invtNo, Map.of("action",
                "APPROVE", "reason", "再次"), csrf);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/console/customs/reviews/" + invtNo).body()).doesNotContain("id=\"decision\"");
    }

    /** A customs console person with the login of a filed officer. */
    private String personAs(String officerLogin) {
        assertThat(api().postJson("/api/v1/people", ADMIN, Map.of("login", officerLogin, "password", PASSWORD,
                "kind", "CUSTOMS", "role", "REVIEWER", "displayName", "关员")).status()).isEqualTo(201);
        return officerLogin;
    }

    @Test
    void aPasswordChangedTwiceAtOnceLeavesOneOfTheNewPasswords() throws Exception {
        String login = person("ENTERPRISE", Parcels.AGENT, "DECLARANT");
        ConsoleSession session = new ConsoleSession(port, login);
        String csrf = session.csrfOf("/console/password");
        List<HttpResponse<String>> answers = AtOnce.times(3, () -> session.post("/console/password", Map.of("current",
                PASSWORD, "next", "a new secret 42", "repeat", "a new secret 42"), csrf));
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(answers).extracting(HttpResponse::body).allSatisfy(body -> assertThat(body)
                .containsAnyOf("id=\"changed\"", "id=\"refused\""));
    }

    @Test
    void theStyleAndScriptsNeedNoSignInButEveryFigureDoes() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String open : List.of("/console/console.css", "/console/dashboard.js", "/login")) {
            assertThat(anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + open)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).as(open).isEqualTo(200);
        }
        for (String closed : List.of("/console/customs/dashboard/figures", "/console/refused", "/console/receipts/1")) {
            HttpResponse<String> answer = anonymous.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + closed)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(closed).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                    .endsWith("/login"));
        }
    }

    @Test
    void aFormPostedWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        ConsoleSession operator = new ConsoleSession(port, person("OPERATOR", null, "ADMIN"));
        HttpResponse<String> forged = operator.post("/console/operator/people", Map.of("login", "forged"
                + shortId().toLowerCase(), "password", PASSWORD, "kind", "OPERATOR", "role", "ADMIN", "displayName",
                "伪造"), "not-the-token");
        assertThat(forged.statusCode()).isEqualTo(403);
    }
}
