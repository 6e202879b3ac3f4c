package org.cbec.app;

import java.util.List;
import java.util.Map;

/**
 * Files an enterprise for a test, or, when another test class sharing the application context filed it already,
 * makes its filing what this test needs and issues a new token.
 */
final class EnterpriseFixtures {

    private EnterpriseFixtures() {
    }

    static String token(PlatformTest test, String code, List<String> roles, List<String> certificates) {
        ApiClient api = test.api();
        if (api.get("/api/v1/enterprises/" + code, PlatformTest.ADMIN).status() == 200) {
            api.putJson("/api/v1/enterprises/" + code, PlatformTest.ADMIN, Map.of("name", "企业" + code, "roles",
                    roles, "certificates", certificates));
            return api.postJson("/api/v1/enterprises/" + code + "/token", PlatformTest.ADMIN, Map.of()).json()
                    .get("token").asString();
        }
        return test.fileEnterprise(code, "企业" + code, roles, certificates);
    }
}
