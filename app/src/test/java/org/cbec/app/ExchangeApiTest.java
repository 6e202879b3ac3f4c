package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The public service platform over HTTP: departments filed by the operator, the policies that ship and their
 * audited changes, parcels released by the clearance flow appearing in the departments' datasets masked as their
 * policies say, pulled by cursor without a gap or a repeat, every read in the enterprise's access log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExchangeApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("exchange agent");

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
    }

    private static JsonNode of(List<JsonNode> records, String invtNo) {
        return records.stream().filter(r -> invtNo.equals(r.get("invtNo").asString())).findFirst().orElseThrow();
    }

    private String released(String id) throws Exception {
        sendParcel(Parcels.parcel(id, AGENT_KEY, message -> { }));
        JsonNode last = lastInventoryReceipt("COP" + id);
        assertThat(last.get("returnStatus").asString()).isEqualTo("800");
        return last.get("invtNo").asString();
    }

    @Test
    void aReleasedParcelReachesEachDepartmentAsItsPolicySays() throws Exception {
        String invtNo = released("E" + shortId());

        JsonNode market = of(dataset(department("MARKET"), "import-parcels", 100), invtNo);
        assertThat(market.get("buyerIdNumber").asString()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
        assertThat(market.get("buyerName").asString()).contains("*");
        assertThat(market.has("goodsValue")).as("not granted to MARKET").isFalse();

        JsonNode fx = of(dataset(department("FX"), "import-parcels", 100), invtNo);
        assertThat(fx.has("buyerName")).isFalse();
        assertThat(fx.has("buyerIdNumber")).isFalse();
        assertThat(fx.get("goodsValue").decimalValue()).isPositive();
        assertThat(fx.get("ebpCode").asString()).isEqualTo(Parcels.PLATFORM);

        JsonNode bill = of(dataset(department("TAX"), "import-tax-bills", 100), invtNo);
        assertThat(bill.get("taxNo").asString()).isEqualTo("TX" + invtNo);
        assertThat(bill.get("agentCode").asString()).isEqualTo(Parcels.AGENT);
        // the head of the CEB816 customs sent, field by field
        assertThat(bill.get("invtNo").asString()).isEqualTo(invtNo);
        assertThat(new java.math.BigDecimal(bill.get("valueAddedTax").asString())).isPositive();
        assertThat(new java.math.BigDecimal(bill.get("customsTax").asString())).isNotNegative();
        assertThat(bill.get("status").asString()).isNotBlank();
    }

    @Test
    void releasedParcelsAreCountedInTheStatisticsByModeAndChapterWithTheirReleaseTimes() throws Exception {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String commerce = department("COMMERCE");
        String path = "/api/v1/exchange/statistics?from=" + today + "&to=" + today;
        long before = api().get(path + "&direction=I", commerce).json().get("released").asLong();
        String invtNo = released("S" + shortId());

        JsonNode report = api().get(path + "&direction=I&group=enterprise", commerce).json();
        assertThat(report.get("released").asLong()).isEqualTo(before + 1);
        assertThat(report.get("p50Seconds").asInt()).isPositive();
        assertThat(report.get("releasedWithin10Minutes").asDouble()).isGreaterThan(0.0);
        assertThat(report.get("rows").valueStream().filter(r -> Parcels.PLATFORM.equals(r.get("group").asString()))
                .findFirst().orElseThrow().get("count").asLong()).isPositive();
        assertThat(api().get(path + "&group=chapter", commerce).json().get("rows").isEmpty()).isFalse();
        assertThat(api().get(path + "&group=mode&top=1", commerce).json().get("rows").size()).isEqualTo(1);

        ApiClient.Response csv = api().get(path + "&group=mode&format=csv", ADMIN);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("period,group,count,goodsValue,tax\n" + today + ",");
        assertThat(api().get(path + "&group=salary", commerce).body()).contains("group: one of");
        assertThat(api().get("/api/v1/exchange/statistics?from=2026-12-01&to=2026-11-01", commerce).body())
                .contains("from, to:");
        assertThat(api().get("/api/v1/exchange/statistics?from=yesterday&to=" + today, commerce).body())
                .contains("from: a day as YYYY-MM-DD");
        assertThat(api().get(path, tokens.get("platform")).status()).as("an enterprise").isEqualTo(401);
        assertThat(invtNo).isNotBlank();
    }

    @Test
    void anExportReleasedByCustomsGivesTaxItsLinesForTheNoInvoiceExemption() {
        String id = "T" + shortId();
        ExportParcels.Parcel parcel = ExportParcels.parcel(id, m -> { });
        send("platform", parcel.order());
        send("payer", parcel.receipt());
        send("carrier", parcel.waybill());
        send("agent", parcel.inventory());
        String invtNo = receipts("agent", "copNo", "ECOP" + id).stream()
                .filter(r -> "399".equals(r.get("returnStatus").asString())).findFirst().orElseThrow()
                .get("invtNo").asString();

        List<JsonNode> lines = dataset(department("TAX"), "export-lines", 100).stream()
                .filter(r -> invtNo.equals(r.get("invtNo").asString())).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(line.get("copNo").asString()).isEqualTo("ECOP" + id);
            assertThat(line.get("exportDate").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            for (String field : List.of("sellerCode", "itemName", "unit", "qty", "price", "totalPrice")) {
                assertThat(line.hasNonNull(field)).as(field).isTrue();
            }
        });
        assertThat(lines.stream().map(l -> l.get("gnum").asInt())).doesNotHaveDuplicates();
        assertThat(dataset(department("MARKET"), "export-lines", 1000).stream()
                .filter(r -> invtNo.equals(r.get("invtNo").asString()))).as("the goods, without their prices")
                .isNotEmpty().allSatisfy(line -> {
                    assertThat(line.get("gcode").asString()).isNotBlank();
                    assertThat(line.has("price")).isFalse();
                    assertThat(line.has("totalPrice")).isFalse();
                });
    }

    @Test
    void marketRegulationReadsCustomsRefusalsAndReturnsPerEnterprise() throws Exception {
        String overLimit = "L" + shortId();
        String buyer = "4401011991" + String.format("%08d", System.nanoTime() % 100_000_000L);
        sendParcel(Parcels.parcel(overLimit, buyer, "3000", "2", AGENT_KEY));
        assertThat(statuses("agent", "copNo", "COP" + overLimit)).endsWith("-621005");
        String id = "R" + shortId();
        String invtNo = released(id);
        send("agent", Parcels.refund(invtNo, id, 1, "4202221000", "1", AGENT_KEY));

        String market = department("MARKET");
        JsonNode refusal = dataset(market, "refusals", 500).stream().filter(r -> ("COP" + overLimit).equals(r.get(
                "copNo").asString())).findFirst().orElseThrow();
        assertThat(refusal.get("returnStatus").asString()).isEqualTo("-621005");
        assertThat(refusal.get("ebcCode").asString()).isEqualTo(Parcels.PLATFORM);
        assertThat(refusal.get("direction").asString()).isEqualTo("I");
        JsonNode returned = of(dataset(market, "returns", 500), invtNo);
        assertThat(returned.get("ebcCode").asString()).isEqualTo(Parcels.PLATFORM);
        assertThat(returned.get("lines").get(0).get("gnum").asInt()).isEqualTo(1);
        assertThat(api().get("/api/v1/exchange/datasets/refusals", department("TAX")).status())
                .as("no policy grants TAX the refusals").isEqualTo(403);
    }

    @Test
    void aDepartmentWithoutAPolicyForADatasetIsRefusedAndAnUnknownTokenOrDatasetToo() {
        String fx = department("FX");
        ApiClient.Response refused = api().get("/api/v1/exchange/datasets/export-lines", fx);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("no sharing policy in force grants FX the dataset export-lines");
        assertThat(api().get("/api/v1/exchange/datasets/salaries", fx).status()).isEqualTo(404);
        assertThat(api().get("/api/v1/exchange/datasets/import-parcels", tokens.get("agent")).status())
                .as("an enterprise is no department").isEqualTo(401);
        assertThat(api().get("/api/v1/exchange/datasets/import-parcels", null).status()).isEqualTo(401);
    }

    @Test
    void onlyTheOperatorFilesDepartmentsAndAnUnknownOneIsNamed() {
        ApiClient.Response unknown = api().postJson("/api/v1/exchange/departments", ADMIN, Map.of("code", "POLICE"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("department: one of [MARKET, TAX, FX, COMMERCE, CUSTOMS], not 'POLICE'");
        assertThat(api().postJson("/api/v1/exchange/departments", tokens.get("platform"), Map.of("code", "TAX"))
                .status()).isEqualTo(401);
        String first = department("TAX");
        String second = department("TAX");
        assertThat(api().get("/api/v1/exchange/datasets/import-tax-bills", first).status())
                .as("a new token replaces the old").isEqualTo(401);
        assertThat(api().get("/api/v1/exchange/datasets/import-tax-bills", second).status()).isEqualTo(200);
    }

    @Test
    void theOperatorChangesAPolicyWithAReasonAndItIsAuditedWhileAWrongOneIsRefusedNamingTheField() {
        ApiClient.Response wrong = api().putJson("/api/v1/exchange/policies/COMMERCE/import-parcels", ADMIN, Map.of(
                "fields", List.of("invtNo", "salary"), "masking", Map.of("buyerName", "NAME"), "purpose", "统计",
                "reason", "试"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("import-parcels has no field 'salary'")
                .contains("masking: 'buyerName' is not a field the policy grants");
        assertThat(api().putJson("/api/v1/exchange/policies/COMMERCE/import-parcels", ADMIN, Map.of("fields",
                List.of("invtNo"), "purpose", "统计")).body()).contains("reason: every change of a policy says why");
        java.util.List<Object> withNull = new java.util.ArrayList<>(java.util.Arrays.asList("invtNo", null));
        ApiClient.Response nullField = api().putJson("/api/v1/exchange/policies/COMMERCE/import-parcels", ADMIN,
                Map.of("fields", withNull, "purpose", "统计", "reason", "试"));
        assertThat(nullField.status()).isEqualTo(400);
        assertThat(nullField.body()).contains("has no field 'null'");
        assertThat(api().putJson("/api/v1/exchange/policies/POLICE/import-parcels", ADMIN, Map.of("fields",
                List.of("invtNo"), "purpose", "统计", "reason", "试")).body()).contains("department: one of");
        assertThat(api().putJson("/api/v1/exchange/policies/COMMERCE/import-parcels", tokens.get("platform"),
                Map.of("fields", List.of("invtNo"), "purpose", "统计", "reason", "x")).status()).isEqualTo(401);

        ApiClient.Response changed = api().putJson("/api/v1/exchange/policies/COMMERCE/import-parcels", ADMIN,
                Map.of("fields", List.of("invtNo", "ebcCode", "tradeMode", "goodsValue", "tax", "gcodes",
                        "releasedAt"), "purpose", "商务：跨境电商统计监测", "reason", "统计不需要电商平台代码"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode changes = api().get("/api/v1/exchange/policies/COMMERCE/import-parcels/changes", ADMIN).json()
                .get("changes");
        JsonNode last = changes.get(changes.size() - 1);
        assertThat(last.get("reason").asString()).isEqualTo("统计不需要电商平台代码");
        assertThat(last.get("before").asString()).contains("ebpCode");
        assertThat(last.get("after").asString()).doesNotContain("ebpCode");

        String commerce = department("COMMERCE");
        assertThat(api().get("/api/v1/exchange/policies", commerce).json().get("policies").valueStream()
                .map(p -> p.get("department").asString())).containsOnly("COMMERCE");
        dataset(commerce, "import-parcels", 100).forEach(r -> assertThat(r.has("ebpCode")).isFalse());
    }

    @Test
    void theSameChangesRacingThemselvesAreEachAuditedAndOneDepartmentTokenSurvives() throws Exception {
        int before = api().get("/api/v1/exchange/policies/CUSTOMS/import-parcels/changes", ADMIN).json()
                .get("changes").size();
        List<ApiClient.Response> changes = AtOnce.times(4, () -> api().putJson(
                "/api/v1/exchange/policies/CUSTOMS/import-parcels", ADMIN, Map.of("fields", List.of("invtNo",
                        "agentCode"), "purpose", "海关：监管", "reason", "并发")));
        assertThat(changes).extracting(ApiClient.Response::status).containsOnly(200);
        assertThat(api().get("/api/v1/exchange/policies/CUSTOMS/import-parcels/changes", ADMIN).json()
                .get("changes").size()).isEqualTo(before + 4);

        List<ApiClient.Response> filed = AtOnce.times(3, () -> api().postJson("/api/v1/exchange/departments", ADMIN,
                Map.of("code", "CUSTOMS")));
        assertThat(filed).extracting(ApiClient.Response::status).containsOnly(201);
        assertThat(filed.stream().filter(f -> api().get("/api/v1/exchange/datasets/import-parcels", f.json()
                .get("token").asString()).status() == 200)).hasSize(1);
    }

    @Test
    void pagesByCursorNeitherSkipNorRepeatAndEveryReadIsInTheEnterprisesAccessLog() throws Exception {
        for (int i = 0; i < 3; i++) {
            released("C" + shortId());
        }
        String market = department("MARKET");
        List<JsonNode> byTwo = dataset(market, "import-parcels", 2);
        List<JsonNode> atOnce = dataset(market, "import-parcels", 1000);
        assertThat(byTwo.stream().map(r -> r.get("cursor").asLong()).toList())
                .isEqualTo(atOnce.stream().map(r -> r.get("cursor").asLong()).toList())
                .doesNotHaveDuplicates().isSorted();
        Set<String> invtNos = new HashSet<>();
        byTwo.forEach(r -> assertThat(invtNos.add(r.get("invtNo").asString())).isTrue());

        JsonNode reads = api().get("/api/v1/exchange/access-log", tokens.get("platform")).json().get("reads");
        assertThat(reads.valueStream().filter(r -> "MARKET".equals(r.get("department").asString())
                && "import-parcels".equals(r.get("dataset").asString())).count()).isPositive();
        assertThat(reads.get(0).get("purpose").asString()).isNotBlank();
        String stranger = fileEnterprise("3301969777", "无关企业", List.of("EBC"));
        assertThat(api().get("/api/v1/exchange/access-log", stranger).json().get("reads").isEmpty()).isTrue();
        assertThat(api().get("/api/v1/exchange/access-log", null).status()).isEqualTo(401);
    }
}
