package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The operator files the console's people; nobody else does, a login is taken once, a password is not weak. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeopleApiTest extends PlatformTest {

    private static final String CODE = "3301969001";

    private Map<String, Object> filing(String login, String password) {
        return Map.of("login", login, "password", password, "kind", "ENTERPRISE", "orgCode", CODE, "role",
                "DECLARANT", "displayName", "李四");
    }

    @Test
    void theOperatorFilesAPersonAndTheAnswerNeverCarriesThePassword() {
        fileEnterprise(CODE, "人员测试企业", List.of("AGENT"), List.of());

        ApiClient.Response filed = api().postJson("/api/v1/people", ADMIN, filing("li.si", "a long secret 1"));

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("login").asString()).isEqualTo("li.si");
        assertThat(filed.body()).doesNotContain("a long secret 1").doesNotContain("argon2");
    }

    @Test
    void anEnterpriseTokenCannotFilePeople() {
        String token = fileEnterprise("3301969002", "另一企业", List.of("AGENT"), List.of());

        ApiClient.Response refused = api().postJson("/api/v1/people", token, filing("intruder", "a long secret 2"));

        assertThat(refused.status()).isIn(401, 403);
    }

    @Test
    void aShortPasswordAnUnknownKindOrAnUnfiledEnterpriseIsRefusedNamingTheField() {
        fileEnterprise("3301969003", "第三企业", List.of("AGENT"), List.of());

        ApiClient.Response shortPassword = api().postJson("/api/v1/people", ADMIN, Map.of("login", "short.pw",
                "password", "123456789", "kind", "ENTERPRISE", "orgCode", "3301969003", "role", "R",
                "displayName", "x"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("password: at least 10 characters");

        ApiClient.Response unfiled = api().postJson("/api/v1/people", ADMIN, Map.of("login", "nobody.s",
                "password", "a long secret 3", "kind", "ENTERPRISE", "orgCode", "9999999999", "role", "R",
                "displayName", "x"));
        assertThat(unfiled.status()).isEqualTo(400);
        assertThat(unfiled.body()).contains("orgCode");

        ApiClient.Response kind = api().postJson("/api/v1/people", ADMIN, Map.of("login", "odd.kind",
                "password", "a long secret 4", "kind", "ALIEN", "role", "R", "displayName", "x"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body()).contains("kind");
    }

    @Test
    void oneLoginFiledByRacingRequestsIsOnePerson() throws Exception {
        fileEnterprise("3301969004", "第四企业", List.of("AGENT"), List.of());

        List<Integer> statuses = AtOnce.times(6, () -> api().postJson("/api/v1/people", ADMIN, Map.of("login",
                "racer", "password", "a long secret 5", "kind", "ENTERPRISE", "orgCode", "3301969004", "role",
                "R", "displayName", "x")).status());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
    }
}
