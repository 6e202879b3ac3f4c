package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A seller's users: the owner files a clerk and a finance user, each with its own token and only its role's work;
 * a disabled user's token stops at once; another seller's owner reaches none of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopSellerUsersApiTest extends OnestopTest {

    private String user(String owner, String login, String role) {
        ApiClient.Response filed = api().postJson("/api/v1/onestop/sellers/me/users", owner, Map.of("login", login,
                "name", "小" + role, "role", role));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("user").get("role").asString()).isEqualTo(role);
        return filed.json().get("token").asString();
    }

    @Test
    void aClerkWorksTheOrdersAndFinanceThePaymentsEachOnlyItsOwn() {
        String owner = approvedSeller();
        String clerk = user(owner, "clerk.wang", "CLERK");
        String finance = user(owner, "finance.li", "FINANCE");
        long product = approvedProduct(owner, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        String orderNo = "U" + OnestopDeclarations.code('2');

        ApiClient.Response taken = api().postJson("/api/v1/onestop/orders", clerk, OnestopDeclarations.order(orderNo,
                "9610", "A", product, "1", "10", "0"));
        assertThat(taken.status()).as("a clerk takes orders").isEqualTo(201);
        assertThat(api().get("/api/v1/onestop/orders/" + orderNo, finance).status()).as("finance reads them")
                .isEqualTo(200);
        ApiClient.Response financeOrders = api().postJson("/api/v1/onestop/orders", finance, OnestopDeclarations
                .order("U" + OnestopDeclarations.code('2'), "9610", "A", product, "1", "10", "0"));
        assertThat(financeOrders.status()).isEqualTo(403);
        assertThat(financeOrders.body()).contains("a seller's FINANCE may not do this; it takes [OWNER, CLERK]");
        assertThat(api().putJson("/api/v1/onestop/orders/" + orderNo + "/payment", clerk, Map.of("payName",
                "PayPal", "charge", 10)).status()).as("a clerk does not record money").isEqualTo(403);
        assertThat(api().putJson("/api/v1/onestop/orders/" + orderNo + "/payment", finance, Map.of("payName",
                "PayPal", "charge", 10)).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/onestop/statement?month=2026-11", clerk).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/onestop/statement?month=2026-11", finance).status()).isEqualTo(200);
        assertThat(api().postJson("/api/v1/onestop/sellers/me/users", clerk, Map.of("login", "x.y", "name", "x",
                "role", "CLERK")).status()).as("only the owner files users").isEqualTo(403);
        assertThat(api().get("/api/v1/onestop/sellers/me/users", owner).json().get("users").findValues("login")
                .stream().map(n -> n.asString()).toList()).containsExactly("clerk.wang", "finance.li");
    }

    @Test
    void aDisabledUsersTokenStopsAtOnceAndAnotherSellerReachesNone() {
        String owner = approvedSeller();
        user(owner, "clerk.zhao", "CLERK");
        ApiClient.Response listed = api().get("/api/v1/onestop/sellers/me/users", owner);
        long id = listed.json().get("users").get(0).get("id").asLong();
        String token = api().postJson("/api/v1/onestop/sellers/me/users/" + id + "/token", owner, Map.of()).json()
                .get("token").asString();
        assertThat(api().get("/api/v1/onestop/orders", token).status()).isEqualTo(200);

        String other = approvedSeller();
        assertThat(api().postJson("/api/v1/onestop/sellers/me/users/" + id + "/disable", other, Map.of()).status())
                .isEqualTo(404);
        assertThat(api().postJson("/api/v1/onestop/sellers/me/users/" + id + "/token", other, Map.of()).status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/onestop/orders", token).status()).as("untouched").isEqualTo(200);

        assertThat(api().postJson("/api/v1/onestop/sellers/me/users/" + id + "/disable", owner, Map.of()).status())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/onestop/orders", token).status()).isEqualTo(401);
        assertThat(api().postJson("/api/v1/onestop/sellers/me/users/" + id + "/disable", owner, Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void aUserIsFiledWithAGoodLoginAndRoleOnceEvenWhenFiledTwiceAtOnce() throws Exception {
        String owner = approvedSeller();
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("login", "AB", "name", "x", "role", "CLERK"),
                Map.<String, Object>of("login", "good.one", "name", "", "role", "CLERK"),
                Map.<String, Object>of("login", "good.one", "name", "x", "role", "OWNER"))) {
            assertThat(api().postJson("/api/v1/onestop/sellers/me/users", owner, bad).status()).as(bad.toString())
                    .isEqualTo(400);
        }
        List<Integer> statuses = AtOnce.times(3, () -> api().postJson("/api/v1/onestop/sellers/me/users", owner,
                Map.of("login", "same.login", "name", "x", "role", "CLERK")).status());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }
}
