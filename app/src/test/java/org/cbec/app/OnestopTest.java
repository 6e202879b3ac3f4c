package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Tests of the comprehensive service platform: sellers and products as its users make them. */
abstract class OnestopTest extends PlatformTest {

    protected static Map<String, Object> company(String uscc) {
        Map<String, Object> seller = new HashMap<>(Map.of("kind", "COMPANY", "uscc", uscc, "name", "义乌小商品贸易有限公司",
                "contactName", "王芳", "contactPhone", "13912345678", "bankName", "中国银行义乌分行", "bankAccount",
                "6216610100001234567", "agreementVersion", "2026-11"));
        seller.put("email", "wf@example.cn");
        return seller;
    }

    protected static Map<String, Object> product(String model, String hsCode) {
        return Map.of("name", "纯棉T恤", "model", model, "declaredElements", "品牌:无|成分:棉100%|针织", "hsCode", hsCode,
                "factoryName", "义乌制衣厂", "factoryTaxCode", "91330782MA2E6X1X4L");
    }

    /** A seller signed up and approved: its token. */
    protected String approvedSeller() {
        JsonNode signedUp = api().postJson("/api/v1/onestop/sellers", null, company(ExchangeFixtures.uscc())).json();
        ApiClient.Response approved = api().postJson("/api/v1/onestop/sellers/" + signedUp.get("id").asLong()
                + "/review", STAFF, Map.of("decision", "APPROVE"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return signedUp.get("token").asString();
    }

    /** A product filed by a seller and approved by the staff: its number. */
    protected long approvedProduct(String token, String model, String hsCode) {
        ApiClient.Response filed = api().postJson("/api/v1/onestop/products", token, product(model, hsCode));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        assertThat(api().postJson("/api/v1/onestop/products/" + id + "/review", STAFF, Map.of("decision",
                "APPROVE")).status()).isEqualTo(200);
        return id;
    }
}
