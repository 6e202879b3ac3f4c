package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.cbec.app.shared.domain.ResidentIdNumber;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The comprehensive service platform's sellers over HTTP: sign-up, review by the platform's staff, products filed
 * for pre-review against the export tariff and reviewed; a seller sees only its own; each write raced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopSellerApiTest extends OnestopTest {

    @Test
    void aCompanySignsUpIsApprovedAndFilesAProductTheStaffApproves() {
        ApiClient.Response signedUp = api().postJson("/api/v1/onestop/sellers", null,
                company(ExchangeFixtures.uscc()));
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        String token = signedUp.json().get("token").asString();
        long id = signedUp.json().get("id").asLong();
        assertThat(api().get("/api/v1/onestop/sellers/me", token).json().get("status").asString())
                .isEqualTo("PENDING");
        ApiClient.Response early = api().postJson("/api/v1/onestop/products", token, product("TS-01", "6109100000"));
        assertThat(early.status()).as("not approved yet").isEqualTo(403);
        assertThat(early.body()).contains("PENDING");

        assertThat(api().get("/api/v1/onestop/sellers?status=PENDING", STAFF).json().get("sellers").valueStream()
                .map(s -> s.get("id").asLong())).contains(id);
        assertThat(api().postJson("/api/v1/onestop/sellers/" + id + "/review", STAFF, Map.of("decision",
                "APPROVE")).json().get("status").asString()).isEqualTo("APPROVED");

        ApiClient.Response filed = api().postJson("/api/v1/onestop/products", token, product("TS-01", "6109100000"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("refundRate").decimalValue()).isEqualByComparingTo("0.13");
        assertThat(filed.json().get("tariffName").asString()).contains("T恤");
        assertThat(filed.json().get("flags").isEmpty()).isTrue();
        long product = filed.json().get("id").asLong();
        assertThat(api().postJson("/api/v1/onestop/products/" + product + "/review", STAFF, Map.of("decision",
                "APPROVE")).json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api().get("/api/v1/onestop/products", token).json().get("products").get(0).get("status")
                .asString()).isEqualTo("APPROVED");
    }

    @Test
    void theTariffFlagsLicencesAndCancelledRefundsAndRefusesAnHsCodeItLacks() {
        String token = approvedSeller();
        JsonNode petrol = api().postJson("/api/v1/onestop/products", token, product("P-92", "2710121000")).json();
        assertThat(petrol.get("flags").valueStream().map(JsonNode::asString)).containsExactly(
                "LICENCE_REQUIRED: 出口许可证", "NO_REFUND: 成品油出口实行许可证管理");
        assertThat(petrol.get("refundRate").decimalValue()).isZero();
        ApiClient.Response returned = api().postJson("/api/v1/onestop/products/" + petrol.get("id").asLong()
                + "/review", STAFF, Map.of("decision", "RETURN"));
        assertThat(returned.status()).isEqualTo(400);
        assertThat(returned.body()).contains("reason: what is returned says what to correct");
        assertThat(api().postJson("/api/v1/onestop/products/" + petrol.get("id").asLong() + "/review", STAFF,
                Map.of("decision", "RETURN", "reason", "成品油出口需许可证，跨境电商渠道不予受理")).json().get("status")
                .asString()).isEqualTo("RETURNED");

        ApiClient.Response unknown = api().postJson("/api/v1/onestop/products", token, product("X-1", "6109100001"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("hsCode: 6109100001 is not a line of the export tariff");
        assertThat(api().postJson("/api/v1/onestop/products", token, product("X-2", "61091")).body())
                .contains("hsCode: 10 digits");
    }

    @Test
    void aSellerSeesOnlyItsOwnAndOnlyTheStaffReviews() {
        String mine = approvedSeller();
        String theirs = approvedSeller();
        long product = api().postJson("/api/v1/onestop/products", mine, product("M-1", "6404110000")).json()
                .get("id").asLong();
        assertThat(api().get("/api/v1/onestop/products/" + product, theirs).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/onestop/products", theirs).json().get("products").valueStream()
                .noneMatch(p -> p.get("id").asLong() == product)).isTrue();
        assertThat(api().get("/api/v1/onestop/products/" + product, mine).status()).isEqualTo(200);
        assertThat(api().postJson("/api/v1/onestop/products/" + product + "/review", mine, Map.of("decision",
                "APPROVE")).status()).as("a seller reviews nothing").isEqualTo(401);
        assertThat(api().get("/api/v1/onestop/sellers?status=PENDING", mine).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/onestop/sellers?status=PENDING", ADMIN).status())
                .as("the e-port's operator is not the platform's staff").isEqualTo(401);
        assertThat(api().get("/api/v1/onestop/products", null).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/onestop/products", tokensOfAnEnterprise()).status())
                .as("an e-port enterprise's token is no seller's").isEqualTo(401);
    }

    private String tokensOfAnEnterprise() {
        return fileEnterprise("33019" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000)),
                "某电商企业", List.of("EBC"));
    }

    @Test
    void wrongFieldsAreNamedAndAnIndividualIsCheckedByItsIdentityNumber() {
        Map<String, Object> wrong = company("91330782MA2E6X1X4D");
        wrong.put("agreementVersion", "2025-01");
        ApiClient.Response refused = api().postJson("/api/v1/onestop/sellers", null, wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("uscc: check character").contains("agreementVersion: the service "
                + "agreement in force is 2026-11");
        String first17 = "33078219900101" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        Map<String, Object> individual = company(ExchangeFixtures.uscc());
        individual.remove("uscc");
        individual.put("kind", "INDIVIDUAL");
        individual.put("idNumber", first17 + ResidentIdNumber.checkCharacter(first17));
        assertThat(api().postJson("/api/v1/onestop/sellers", null, individual).status()).isEqualTo(201);
        individual.put("idNumber", first17 + (ResidentIdNumber.checkCharacter(first17) == '0' ? '1' : '0'));
        assertThat(api().postJson("/api/v1/onestop/sellers", null, individual).body())
                .contains("idNumber: check character");
    }

    @Test
    void aBodyOfTheWrongShapeIsRefusedNamingTheFieldAndNoBodyAtAllSayingSo() {
        ApiClient.Response robot = api().postJson("/api/v1/onestop/sellers", null, Map.of("kind", "ROBOT"));
        assertThat(robot.status()).isEqualTo(400);
        assertThat(robot.body()).contains("\"detail\":\"kind: ").contains("ROBOT").contains("unreadable-body");
        ApiClient.Response empty = api().postJson("/api/v1/onestop/sellers", null, null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("the body: a JSON object as documented");
        ApiClient.Response nested = api().postJson("/api/v1/onestop/orders", approvedSeller(), Map.of("orderNo", "Q",
                "lines", java.util.List.of(Map.of("productId", "twelve"))));
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.body()).contains("\"detail\":\"lines[1].productId: ");
    }

    @Test
    void theSameSignUpProductAndReviewRacingThemselvesAreEachTakenOnce() throws Exception {
        Map<String, Object> seller = company(ExchangeFixtures.uscc());
        List<ApiClient.Response> signUps = AtOnce.times(3, () -> api().postJson("/api/v1/onestop/sellers", null,
                seller));
        assertThat(signUps).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409, 409);
        long id = signUps.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().get("id")
                .asLong();
        List<ApiClient.Response> reviews = AtOnce.times(3, () -> api().postJson("/api/v1/onestop/sellers/" + id
                + "/review", STAFF, Map.of("decision", "APPROVE")));
        assertThat(reviews).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(200, 409, 409);

        String token = signUps.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json()
                .get("token").asString();
        List<ApiClient.Response> products = AtOnce.times(3, () -> api().postJson("/api/v1/onestop/products", token,
                product("R-1", "8517130000")));
        assertThat(products).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409, 409);
    }
}
