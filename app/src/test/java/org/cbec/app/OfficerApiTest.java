package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Customs officers over HTTP: risk rules changed at run time by a RISK_ADMIN and audited, an inventory they hit
 * queued for review (300), and each officer decision with its receipt to the declarant. Each test blocks a buyer
 * of its own, so the rule hits only its parcels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficerApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("officer agent");

    private String reviewer;
    private String inspector;
    private String riskAdmin;

    @BeforeEach
    void officersAndEnterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
        reviewer = officerToken("REVIEWER");
        inspector = officerToken("INSPECTOR");
        riskAdmin = officerToken("RISK_ADMIN");
    }

    private String officerToken(String role) {
        return officer(role)[1];
    }

    /** Adds a code to a blocking rule's list (BLOCKED_BUYER, BLOCKED_ENTERPRISE), as a RISK_ADMIN. */
    private void block(String rule, String code, String reason) {
        block(riskAdmin, rule, code, reason);
    }

    /** Blocks a new buyer and sends a parcel of theirs: it goes to review. Returns the invtNo. */
    private String blockedParcel(String id) throws Exception {
        return heldForReview(riskAdmin, id, AGENT_KEY);
    }

    private ApiClient.Response decide(String token, String invtNo, String action, String code, String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("action", action, "reason", reason));
        if (code != null) {
            body.put("returnStatus", code);
        }
        return api().postJson("/api/v1/customs/reviews/" + invtNo + "/decisions", token, body);
    }

    @Test
    void onlyAnOfficerSeesTheQueueAndOnlyARiskAdminChangesRules() {
        assertThat(api().get("/api/v1/customs/reviews", tokens.get("agent")).status()).isEqualTo(401);
        assertThat(api().get("/api/v1/customs/reviews", reviewer).status()).isEqualTo(200);

        ApiClient.Response byReviewer = api().putJson("/api/v1/customs/risk-rules/RANDOM_REVIEW", reviewer,
                Map.of("parameter", "0.5", "reason", "x"));
        assertThat(byReviewer.status()).isEqualTo(403);
        ApiClient.Response bad = api().putJson("/api/v1/customs/risk-rules/RANDOM_REVIEW", riskAdmin,
                Map.of("parameter", "2", "reason", "x"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("a fraction from 0 to 1");
        assertThat(api().putJson("/api/v1/customs/risk-rules/RANDOM_REVIEW", riskAdmin,
                Map.of("parameter", "0.5")).body()).contains("reason: every change says why");
    }

    @Test
    void everyRuleChangeIsAuditedWithWhoWhenWhyBeforeAndAfter() {
        api().putJson("/api/v1/customs/risk-rules/PRICE_BELOW_REFERENCE", riskAdmin,
                Map.of("parameter", "0.25", "reason", "季度调整"));
        api().putJson("/api/v1/customs/risk-rules/PRICE_BELOW_REFERENCE", riskAdmin,
                Map.of("parameter", "0.3", "reason", "恢复"));

        List<JsonNode> changes = api().get("/api/v1/customs/risk-rules/PRICE_BELOW_REFERENCE/changes", reviewer)
                .json().get("changes").valueStream().toList();
        JsonNode adjusted = changes.get(changes.size() - 2);
        assertThat(adjusted.get("officer").asString()).startsWith("risk_admin.");
        assertThat(adjusted.get("parameterAfter").asString()).isEqualTo("0.25");
        assertThat(adjusted.get("reason").asString()).isEqualTo("季度调整");
        assertThat(adjusted.get("changedAt").isNull()).isFalse();
        assertThat(changes.get(changes.size() - 1).get("parameterBefore").asString()).isEqualTo("0.25");
    }

    @Test
    void aReviewerApprovesAHitInventory() throws Exception {
        String id = "OA" + shortId();
        String invtNo = blockedParcel(id);

        JsonNode queue = api().get("/api/v1/customs/reviews", reviewer).json();
        assertThat(queue.get("reviews").valueStream().map(c -> c.get("invtNo").asString())).contains(invtNo);
        JsonNode view = api().get("/api/v1/customs/reviews/" + invtNo, reviewer).json();
        assertThat(view.get("reviewCase").get("hits").asString()).contains("BLOCKED_BUYER");
        assertThat(view.get("inventory").get("comparison").get("missing").isEmpty()).isTrue();
        assertThat(view.get("inventory").get("comparison").get("mismatches").isEmpty()).isTrue();

        ApiClient.Response approved = decide(reviewer, invtNo, "APPROVE", null, "人工审核通过");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(statuses("agent", "copNo", "COP" + id)).containsExactly("2", "3", "120", "300", "399", "800");
        JsonNode decision = approved.json().get("decisions").get(0);
        assertThat(decision.get("officer").asString()).startsWith("reviewer.");
        assertThat(decision.get("action").asString()).isEqualTo("APPROVE");
        assertThat(decision.get("reason").asString()).isEqualTo("人工审核通过");

        assertThat(decide(reviewer, invtNo, "APPROVE", null, "again").status()).isEqualTo(409);
    }

    @Test
    void inspectionIsOrderedByAReviewerAndRecordedByAnInspector() throws Exception {
        String id = "OI" + shortId();
        String invtNo = blockedParcel(id);

        assertThat(decide(inspector, invtNo, "INSPECT", null, "x").status()).isEqualTo(403);
        assertThat(decide(reviewer, invtNo, "INSPECT", null, "布控查验").status()).isEqualTo(200);
        assertThat(decide(reviewer, invtNo, "INSPECTION_PASSED", null, "x").status()).isEqualTo(403);
        assertThat(decide(inspector, invtNo, "INSPECTION_PASSED", null, "货证相符").status()).isEqualTo(200);

        assertThat(statuses("agent", "copNo", "COP" + id)).containsExactly("2", "3", "120", "300", "500", "399",
                "800");
    }

    @Test
    void aRejectionIs100AndGivesTheQuotaAndTaxBack() throws Exception {
        String id = "OR" + shortId();
        String invtNo = blockedParcel(id);

        assertThat(decide(reviewer, invtNo, "REJECT", null, "申报不实").status()).isEqualTo(200);

        JsonNode rejected = lastInventoryReceipt("COP" + id);
        assertThat(rejected.get("returnStatus").asString()).isEqualTo("100");
        assertThat(rejected.get("returnInfo").asString()).isEqualTo("海关退单: 申报不实");
        assertThat(api().get("/api/v1/tax-bills/" + invtNo, tokens.get("agent")).json().get("bill").get("status")
                .asString()).as("void").isEqualTo("3");
    }

    @Test
    void aDetainedInventoryIsReturnedWith700AndADetentionCodeIsChecked() throws Exception {
        String id = "OD" + shortId();
        String invtNo = blockedParcel(id);

        ApiClient.Response wrongCode = decide(reviewer, invtNo, "DETAIN", "504", "x");
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat(wrongCode.body()).contains("501, 502, 503 or 599");
        assertThat(decide(reviewer, invtNo, "DETAIN", "502", "涉嫌走私").status()).isEqualTo(200);
        assertThat(decide(reviewer, invtNo, "RETURN", null, "退运境外").status()).isEqualTo(200);

        assertThat(statuses("agent", "copNo", "COP" + id)).containsExactly("2", "3", "120", "300", "502", "700");
        JsonNode view = api().get("/api/v1/customs/reviews/" + invtNo, reviewer).json();
        assertThat(view.get("reviewCase").get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("decisions").valueStream().map(d -> d.get("action").asString()))
                .containsExactly("DETAIN", "RETURN");
        assertThat(decide(reviewer, invtNo, "NO_SUCH", null, "x").status()).isEqualTo(400);
        assertReceiptsPassTheXsd("agent");
    }

    /** Blocks a new consignor and sends an export parcel of theirs: it is held for review. Returns the invtNo. */
    private String blockedExport(String id) {
        String consignor = "K" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        EnterpriseFixtures.token(this, consignor, List.of("EBC"), List.of());
        block("BLOCKED_ENTERPRISE", consignor, "出口布控 " + id);
        ExportParcels.Parcel parcel = ExportParcels.parcel(id, m -> {
            if (m instanceof org.cbec.ceb.schema.export202205.CEB303Message order) {
                order.getOrder().get(0).getOrderHead().setEbcCode(consignor);
            }
            if (m instanceof org.cbec.ceb.schema.export202205.CEB403Message receipt) {
                receipt.getReceipts().get(0).setEbcCode(consignor);
            }
            if (m instanceof org.cbec.ceb.schema.export202205.CEB603Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setEbcCode(consignor);
            }
        });
        send("platform", parcel.order());
        send("payer", parcel.receipt());
        send("carrier", parcel.waybill());
        send("agent", parcel.inventory());
        send("carrier", ExportParcels.arrival(List.of("ELN" + id)));
        JsonNode held = lastInventoryReceipt("ECOP" + id);
        assertThat(held.get("returnStatus").asString()).isEqualTo("300");
        assertThat(held.get("returnInfo").asString()).contains("BLOCKED_ENTERPRISE: enterprise " + consignor);
        return held.get("invtNo").asString();
    }

    @Test
    void anExportListHeldForReviewIsApprovedAndReleasedOnItsArrival() {
        String id = "OE" + shortId();
        String invtNo = blockedExport(id);

        assertThat(api().get("/api/v1/customs/reviews/" + invtNo, reviewer).json().get("inventory")
                .get("inventory").get("status").asString()).isEqualTo("REVIEW");
        assertThat(decide(reviewer, invtNo, "INSPECT", null, "x").status()).as("not for export").isEqualTo(409);
        assertThat(decide(reviewer, invtNo, "APPROVE", null, "出口审核通过").status()).isEqualTo(200);

        assertThat(statuses("agent", "copNo", "ECOP" + id)).containsExactly("2", "3", "120", "300", "399", "800");
        assertReceiptsPassTheXsd("agent");
    }

    @Test
    void anExportListHeldForReviewIsRejected() {
        String id = "OX" + shortId();
        String invtNo = blockedExport(id);

        assertThat(decide(reviewer, invtNo, "REJECT", null, "出口申报不实").status()).isEqualTo(200);

        JsonNode rejected = lastInventoryReceipt("ECOP" + id);
        assertThat(rejected.get("returnStatus").asString()).isEqualTo("100");
        assertThat(rejected.get("returnInfo").asString()).isEqualTo("海关退单: 出口申报不实");
    }

    @Test
    void oneOfficerFiledSixTimesAtOnceIsFiledOnce() throws Exception {
        List<Integer> statuses = AtOnce.times(6, () -> api().postJson("/api/v1/officers", ADMIN, Map.of("login",
                "race.officer", "name", "并发关员", "roles", List.of("REVIEWER")))).stream()
                .map(ApiClient.Response::status).toList();

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
    }
}
