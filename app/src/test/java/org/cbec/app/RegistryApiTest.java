package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Enterprise filing over real HTTP: the operator files, changes, adds and revokes certificates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryApiTest extends PlatformTest {

    @Test
    void operatorFilesAnEnterpriseAndGetsItsToken() throws Exception {
        KeyMaterial key = SelfSignedKeys.sm2("agent");
        ApiClient.Response filed = api().postJson("/api/v1/enterprises", ADMIN, Map.of("code", "R000000001",
                "name", "测试报关行", "roles", List.of("AGENT", "EBC"), "dxpId", "DXPENT0000458763",
                "certificates", List.of(Certificates.toPem(key.certificate()))));

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().get("code").asString()).isEqualTo("R000000001");
        assertThat(filed.json().get("token").asString()).hasSizeGreaterThan(30);

        ApiClient.Response read = api().get("/api/v1/enterprises/R000000001", ADMIN);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("roles").toString()).contains("AGENT").contains("EBC");
        assertThat(read.json().get("certificates").get(0).get("serialHex").asString()).isEqualTo(key.keyName());
        assertThat(read.body()).doesNotContain(filed.json().get("token").asString());
    }

    @Test
    void everyOperatorCallNeedsTheOperatorToken() {
        assertThat(api().get("/api/v1/enterprises/R000000001", null).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/enterprises/R000000001", "wrong").status()).isEqualTo(401);
        ApiClient.Response problem = api().postJson("/api/v1/enterprises", "wrong", Map.of("code", "1"));
        assertThat(problem.status()).isEqualTo(401);
        assertThat(problem.json().get("detail").asString()).contains("operator token");
    }

    @Test
    void badFilingNamesEachField() {
        ApiClient.Response problem = api().postJson("/api/v1/enterprises", ADMIN, Map.of("code", "12",
                "name", "", "roles", List.of()));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("detail").asString()).contains("code:").contains("name:").contains("roles:");
    }

    @Test
    void refilingIsAConflictAndPutChangesTheFiling() {
        fileEnterprise("R000000002", "支付公司", List.of("PAY"));

        assertThat(api().postJson("/api/v1/enterprises", ADMIN, Map.of("code", "R000000002", "name", "x",
                "roles", List.of("PAY"))).status()).isEqualTo(409);
        ApiClient.Response changed = api().putJson("/api/v1/enterprises/R000000002", ADMIN, Map.of("name",
                "支付公司二", "roles", List.of("PAY", "EBC")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo("支付公司二");
    }

    @Test
    void certificateIsAddedThenRevoked() throws Exception {
        fileEnterprise("R000000003", "物流企业", List.of("LOGISTICS"));
        KeyMaterial key = SelfSignedKeys.rsa("carrier");

        ApiClient.Response added = api().postJson("/api/v1/enterprises/R000000003/certificates", ADMIN,
                Map.of("pem", Certificates.toPem(key.certificate())));
        long id = added.json().get("id").asLong();
        ApiClient.Response revoked = api().delete("/api/v1/enterprises/R000000003/certificates/" + id, ADMIN);

        assertThat(added.status()).isEqualTo(201);
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(api().get("/api/v1/enterprises/R000000003", ADMIN).json().get("certificates").get(0)
                .get("revoked").asBoolean()).isTrue();
        assertThat(api().postJson("/api/v1/enterprises/R000000003/certificates", ADMIN, Map.of("pem", "garbage"))
                .status()).isEqualTo(400);
    }

    @Test
    void oneEnterpriseFiledSixTimesAtOnceIsFiledOnceAndTheRestToldItExists() throws Exception {
        List<Integer> statuses = AtOnce.times(6, () -> api().postJson("/api/v1/enterprises", ADMIN, Map.of("code",
                "R000000077", "name", "并发企业", "roles", List.of("EBC"), "dxpId", "DXPENT0000000077"))).stream()
                .map(ApiClient.Response::status).toList();

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
    }

    @Test
    void oneCertificateAddedSixTimesAtOnceIsOneCertificate() throws Exception {
        api().postJson("/api/v1/enterprises", ADMIN, Map.of("code", "R000000078", "name", "证书企业", "roles",
                List.of("AGENT"), "dxpId", "DXPENT0000000078"));
        String pem = Certificates.toPem(SelfSignedKeys.sm2("raced").certificate());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (ApiClient.Response response : AtOnce.times(6, () -> api().postJson(
                "/api/v1/enterprises/R000000078/certificates", ADMIN, Map.of("pem", pem)))) {
            assertThat(response.status()).as(response.body()).isBetween(200, 201);
            ids.add(response.json().get("id").asString());
        }

        assertThat(ids).hasSize(1);
        assertThat(api().get("/api/v1/enterprises/R000000078", ADMIN).json().get("certificates")).hasSize(1);
    }
}
