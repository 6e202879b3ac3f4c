package org.cbec.app;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole platform on a random port, on a fresh H2 database, or on PostgreSQL
 * when CBEC_TEST_DB=postgres (CI runs both).
 */
public abstract class PlatformTest {

    protected static final String ADMIN = "test-operator-token";
    /** The comprehensive service platform's reviewers. */
    protected static final String STAFF = "test-onestop-staff-token";
    /** The tax office answering the comprehensive service platform's refund claims. */
    protected static final String TAX = "test-onestop-tax-token";
    /** Smaller than the 10 MiB default so that the size test sends little. */
    protected static final int MAX_MESSAGE_BYTES = 1024 * 1024;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("cbec.admin-token", () -> ADMIN);
        registry.add("cbec.onestop.staff-token", () -> STAFF);
        registry.add("cbec.onestop.tax-token", () -> TAX);
        registry.add("cbec.max-message-bytes", () -> MAX_MESSAGE_BYTES);
        // webhooks retried quickly, so that a test of a failing receiver does not wait minutes
        registry.add("cbec.webhook.poll", () -> "PT0.1S");
        registry.add("cbec.webhook.max-backoff", () -> "PT0.3S");
        TestDatabase.configure(registry);
    }

    protected ApiClient api() {
        return new ApiClient(port);
    }

    /** Files an enterprise and returns its token. */
    protected String fileEnterprise(String code, String name, List<String> roles, List<String> certificates) {
        ApiClient.Response response = api().postJson("/api/v1/enterprises", ADMIN, Map.of("code", code, "name",
                name, "roles", roles, "dxpId", "DXPENT0000000001", "certificates", certificates));
        if (response.status() != 201) {
            throw new IllegalStateException("filing " + code + " failed: " + response.body());
        }
        return response.json().get("token").asString();
    }

    protected String fileEnterprise(String code, String name, List<String> roles) {
        return fileEnterprise(code, name, roles, List.of());
    }

    /** Files a department of the public service platform (again: a new token); its token. */
    protected String department(String code) {
        ApiClient.Response filed = api().postJson("/api/v1/exchange/departments", ADMIN, Map.of("code", code));
        org.assertj.core.api.Assertions.assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("token").asString();
    }

    /** Every record of a dataset a department may read, paged through by cursor {@code limit} at a time. */
    protected java.util.List<tools.jackson.databind.JsonNode> dataset(String token, String name, int limit) {
        java.util.List<tools.jackson.databind.JsonNode> all = new java.util.ArrayList<>();
        long after = 0;
        while (true) {
            ApiClient.Response page = api().get("/api/v1/exchange/datasets/" + name + "?after=" + after + "&limit="
                    + limit, token);
            org.assertj.core.api.Assertions.assertThat(page.status()).as(page.body()).isEqualTo(200);
            if (page.json().get("records").isEmpty()) {
                return all;
            }
            page.json().get("records").forEach(all::add);
            after = page.json().get("next").asLong();
        }
    }
}
