package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The health endpoint is what a supervisor restarts the process on: UP while the database answers, DOWN (503) once
 * it is gone; and requests meanwhile are answered 503 with Retry-After, not 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HealthApiTest extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void healthIsDownOnceTheDatabaseIsGone() {
        // closing the database from inside is what H2 does after the heap ran out; PostgreSQL is not ours to stop
        assumeFalse("postgres".equals(System.getenv("CBEC_TEST_DB")), "H2 only: the test closes the database");
        String token = EnterpriseFixtures.token(this, "3301980001", List.of("EBP"), List.of());
        assertThat(api().get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api().get("/actuator/health", null).body()).contains("UP");

        jdbc.sql("shutdown").update();

        ApiClient.Response health = api().get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        ApiClient.Response receipts = api().get("/api/v1/receipts", token);
        assertThat(receipts.status()).as(receipts.body()).isEqualTo(503);
        assertThat(receipts.body()).doesNotContain("Exception");
    }
}
