package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cbec.app.customs.application.Officers;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.ceb.sign.KeyMaterial;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The demo option files four enterprises with keys a client can sign with. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cbec.demo=true")
class DemoOptionTest extends PlatformTest {

    static final Path KEYS = Path.of("target", "demo-keys-" + System.nanoTime());

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("cbec.demo.keys", KEYS::toString);
    }

    @Test
    void demoEnterprisesAreFiledWithTheirKeys() throws Exception {
        for (String code : new String[] {"1101110325", "1101110323", "1101180326", "1105910159"}) {
            ApiClient.Response filed = api().get("/api/v1/enterprises/" + code, ADMIN);
            assertThat(filed.status()).isEqualTo(200);
            KeyMaterial key = KeyMaterial.fromPkcs12(KEYS.resolve(code + ".p12"), "demo".toCharArray());
            assertThat(filed.json().get("certificates").get(0).get("serialHex").asString()).isEqualTo(key.keyName());
        }
        assertThat(Files.list(KEYS).count()).isEqualTo(4);
    }

    @Autowired
    People people;
    @Autowired
    Officers officers;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aDemoSellerIsApprovedWithThreeApprovedProductsForTheComprehensiveServicePlatform() {
        JsonNode seller = api().get("/api/v1/onestop/sellers?status=APPROVED", STAFF).json().get("sellers")
                .valueStream().filter(s -> "演示跨境出口卖家有限公司".equals(s.get("application").get("name").asString()))
                .findFirst().orElseThrow();
        assertThat(api().get("/api/v1/onestop/products?status=APPROVED", STAFF).json().get("products").valueStream()
                .filter(p -> p.get("sellerId").asLong() == seller.get("id").asLong())).hasSize(3);
        ApiClient.Response token = api().postJson("/api/v1/onestop/sellers/" + seller.get("id").asLong() + "/token",
                STAFF, java.util.Map.of());
        assertThat(api().get("/api/v1/onestop/products", token.json().get("token").asString()).json().get("products"))
                .as("a new token works at once").hasSize(3);
    }

    @Test
    void theComprehensiveServicePlatformIsLinkedToTheClearancePlatformWithADemoCarrier() throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        JsonNode link;
        do {
            link = api().get("/api/v1/onestop/clearance", STAFF).json();
            Thread.sleep(100);
        } while (!link.get("linked").asBoolean() && java.time.Instant.now().isBefore(deadline));
        assertThat(link.get("code").asString()).isEqualTo("3301960001");
        JsonNode carriers = api().get("/api/v1/onestop/carriers", STAFF).json().get("carriers");
        assertThat(carriers.findValues("code").stream().map(JsonNode::asString).toList()).contains("3301980002");
        assertThat(api().get("/api/v1/enterprises/3301980002", ADMIN).json().get("roles").toString())
                .as("filed at the clearance platform as a carrier").contains("LOGISTICS");
        assertThat(api().get("/api/v1/onestop/quote?country=304&weightKg=1", STAFF).json().get("offers")
                .findValues("carrier").stream().map(JsonNode::asString).toList()).contains("演示国际快递有限公司");
    }

    @Test
    void theFourDepartmentsAndCustomsAreFiledForThePublicServicePlatform() {
        assertThat(jdbc.sql("select code from department order by code").query(String.class).list())
                .containsExactly("COMMERCE", "CUSTOMS", "FX", "MARKET", "TAX");
    }

    @Test
    void oneConsolePersonOfEachKindIsFiledAndTheDemoOfficerIsCustoms() {
        assertThat(people.find("demo.agent")).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(Person.Kind.ENTERPRISE);
            assertThat(p.orgCode()).isEqualTo("1105910159");
            assertThat(p.passwordHash()).startsWith("$argon2id$");
        });
        assertThat(people.find("demo.platform")).map(p -> p.orgCode()).hasValue("1101110325");
        assertThat(people.find("demo.operator")).map(p -> p.kind())
                .hasValue(Person.Kind.OPERATOR);
        assertThat(people.find("demo.officer")).map(p -> p.kind())
                .hasValue(Person.Kind.CUSTOMS);
        assertThat(officers.byLogin("demo.officer")).isPresent();
        assertThat(people.find("demo.tax")).map(p -> p.kind()).hasValue(Person.Kind.DEPARTMENT);
        assertThat(java.util.Arrays.stream(Person.Kind.values()).map(kind -> people.list(0, 500).stream()
                .anyMatch(p -> p.login().startsWith("demo.") && p.kind() == kind))).as("one of each kind")
                .containsOnly(true);
    }

    @Test
    void theDemoPlatformGuaranteesItsParcelsTax() {
        JsonNode guarantee = api().get("/api/v1/customs/guarantees/1101110325", ADMIN).json();
        assertThat(guarantee.get("amount").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(api().get("/api/v1/customs/guarantees/1101110323", ADMIN).status()).as("not a guarantor")
                .isEqualTo(404);
    }
}
