package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The public service platform's pages over plain HTTP: a department meets only what its policies and its role
 * allow, bad parameters answer a page naming them, and a review form races itself and posts without its CSRF
 * token without a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangePagesHttpTest extends PlatformTest {

    private String official(String department) {
        String login = "d" + ParcelApiTest.shortId().toLowerCase();
        assertThat(api().postJson("/api/v1/people", ADMIN, Map.of("login", login, "password", ConsoleSession.PASSWORD,
                "kind", "DEPARTMENT", "orgCode", department, "role", "ANALYST", "displayName", "官员")).status())
                .isEqualTo(201);
        return login;
    }

    private long filing() {
        JsonNode filed = api().postJson("/api/v1/exchange/filings", null, ExchangeFixtures.filing(
                ExchangeFixtures.uscc(), ExchangeFixtures.customsCode())).json();
        return filed.get("id").asLong();
    }

    @Test
    void aDepartmentOpensOnlyWhatItsPoliciesAndItsRoleAllow() throws Exception {
        ConsoleSession market = new ConsoleSession(port, official("MARKET"));
        for (String closed : List.of("/console/department/datasets/fx-payments", "/console/department/fx-gaps")) {
            HttpResponse<String> answer = market.get(closed);
            assertThat(answer.statusCode()).as(closed).isEqualTo(403);
            assertThat(answer.body()).contains("id=\"error\"").contains("fx-payments");
        }
        assertThat(market.get("/console/department/datasets/refusals").statusCode()).isEqualTo(200);
        assertThat(market.get("/console/department/datasets/salaries").statusCode()).isEqualTo(404);

        ConsoleSession commerce = new ConsoleSession(port, official("COMMERCE"));
        HttpResponse<String> filings = commerce.get("/console/department/filings");
        assertThat(filings.statusCode()).isEqualTo(403);
        assertThat(filings.body()).contains("COMMERCE does not review filings");
        assertThat(commerce.get("/console/department/statistics").statusCode()).isEqualTo(200);
        assertThat(commerce.get("/console/department").body()).doesNotContain("link-filings");
    }

    @Test
    void badParametersAnswerAPageNamingThem() throws Exception {
        ConsoleSession fx = new ConsoleSession(port, official("FX"));
        HttpResponse<String> statistics = fx.get("/console/department/statistics?from=yesterday");
        assertThat(statistics.statusCode()).isEqualTo(400);
        assertThat(statistics.body()).contains("from: a day as YYYY-MM-DD");
        HttpResponse<String> gaps = fx.get("/console/department/fx-gaps?month=2026-13&share=0.05");
        assertThat(gaps.statusCode()).isEqualTo(400);
        assertThat(gaps.body()).contains("month: a month as YYYY-MM");
        assertThat(fx.get("/console/department/filings?status=MAYBE").body()).contains("status: PENDING");
        assertThat(fx.get("/console/department/filings/999999999").statusCode()).isEqualTo(404);
        HttpResponse<String> csv = fx.get("/console/department/statistics.csv?from=2026-11-01&to=2026-11-30"
                + "&group=mode");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("period,group,count,goodsValue,tax\n");
    }

    @Test
    void oneReviewPostedThreeTimesAtOnceIsDecidedOnceAndWithoutItsCsrfTokenNotAtAll() throws Exception {
        long id = filing();
        ConsoleSession tax = new ConsoleSession(port, official("TAX"));
        String path = "/console/department/filings/" + id;
        String csrf = tax.csrfOf(path);

        assertThat(tax.post(path + "/review", Map.of("decision", "APPROVE"), "not-the-token").statusCode())
                .isEqualTo(403);
        assertThat(tax.get(path).body()).contains("id=\"review-TAX\"").doesNotContain("已通过");

        List<HttpResponse<String>> answers = AtOnce.times(3, () -> tax.post(path + "/review",
                Map.of("decision", "APPROVE"), csrf));
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302, 200);
        assertThat(answers.stream().filter(a -> a.statusCode() == 302)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.statusCode() == 200)).allSatisfy(a -> assertThat(a.body())
                .contains("id=\"refused\""));
        JsonNode seen = api().get("/api/v1/exchange/filings/" + id, department("TAX")).json();
        assertThat(seen.get("reviews").valueStream().filter(r -> "TAX".equals(r.get("department").asString()))
                .findFirst().orElseThrow().get("status").asString()).isEqualTo("APPROVED");
    }
}
