package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.KeyMaterial;
import tools.jackson.databind.JsonNode;

/** Base of the tests that send parcels: the four enterprises of {@link Parcels}, sending, and reading receipts. */
abstract class ParcelApiTest extends PlatformTest {

    /** Tokens by role in the test: platform, payer, carrier, agent (and what a test files besides). */
    protected final Map<String, String> tokens = new HashMap<>();

    /** Files (or re-files) the platform, payment company, carrier and declarant; the declarant with this key. */
    protected void fileParcelEnterprises(KeyMaterial agentKey) throws Exception {
        tokens.put("platform", EnterpriseFixtures.token(this, Parcels.PLATFORM, List.of("EBP", "EBC"), List.of()));
        tokens.put("payer", EnterpriseFixtures.token(this, Parcels.PAYER, List.of("PAY"), List.of()));
        tokens.put("carrier", EnterpriseFixtures.token(this, Parcels.CARRIER, List.of("LOGISTICS"), List.of()));
        tokens.put("agent", EnterpriseFixtures.token(this, Parcels.AGENT, List.of("AGENT"),
                List.of(Certificates.toPem(agentKey.certificate()))));
        // the platform guarantees the tax of the parcels: enough for every test
        ApiClient.Response guarantee = api().putJson("/api/v1/customs/guarantees/" + Parcels.PLATFORM, ADMIN,
                Map.of("amount", new java.math.BigDecimal("100000000.00")));
        assertThat(guarantee.status()).as(guarantee.body()).isEqualTo(200);
    }

    protected void send(String who, byte[] message) {
        ApiClient.Response response = api().postXml("/api/v1/messages", tokens.get(who), message);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }

    /** Adds a code to a blocking rule's list (BLOCKED_BUYER, BLOCKED_ENTERPRISE), as this RISK_ADMIN. */
    protected void block(String riskAdmin, String rule, String code, String reason) {
        String blocked = api().get("/api/v1/customs/risk-rules", riskAdmin).json().get("rules").valueStream()
                .filter(r -> rule.equals(r.get("code").asString())).findFirst().orElseThrow()
                .get("parameter").asString();
        ApiClient.Response changed = api().putJson("/api/v1/customs/risk-rules/" + rule, riskAdmin, Map.of(
                "parameter", blocked.isEmpty() ? code : blocked + "," + code, "reason", reason));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** Blocks a new buyer and sends a parcel of theirs, signed with this key: it goes to review. Its invtNo. */
    protected String heldForReview(String riskAdmin, String id, org.cbec.ceb.sign.KeyMaterial agentKey)
            throws Exception {
        String buyer = "4401011985" + String.format("%08d", System.nanoTime() % 100_000_000L);
        block(riskAdmin, "BLOCKED_BUYER", buyer, "线索布控 " + id);
        sendParcel(Parcels.parcel(id, buyer, "100", "1", agentKey));
        JsonNode review = lastInventoryReceipt("COP" + id);
        assertThat(review.get("returnStatus").asString()).isEqualTo("300");
        assertThat(review.get("returnInfo").asString()).contains("BLOCKED_BUYER: buyer 440101********");
        return review.get("invtNo").asString();
    }

    /** Files an officer with these roles; its login and token. */
    protected String[] officer(String role) {
        String login = role.toLowerCase() + "." + shortId();
        ApiClient.Response filed = api().postJson("/api/v1/officers", ADMIN, Map.of("login", login, "name",
                "关员" + role, "roles", List.of(role)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return new String[] {login, filed.json().get("token").asString()};
    }

    /** Sends the four documents of a parcel. */
    protected void sendParcel(Parcels.Parcel parcel) {
        send("platform", parcel.order());
        send("payer", parcel.payment());
        send("carrier", parcel.waybill());
        send("agent", parcel.inventory());
    }

    /** Every receipt of an enterprise, paged through by cursor. */
    protected List<JsonNode> receipts(String who) {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = api().get("/api/v1/receipts?after=" + after + "&limit=500", tokens.get(who)).json();
            page.get("receipts").forEach(all::add);
            if (page.get("receipts").isEmpty()) {
                return all;
            }
            after = page.get("next").asLong();
        }
    }

    /** The receipts of an enterprise whose field has this value, in order. */
    protected List<JsonNode> receipts(String who, String field, String value) {
        return receipts(who).stream().filter(r -> value.equals(r.get(field).asString())).toList();
    }

    protected List<String> statuses(String who, String field, String value) {
        return receipts(who, field, value).stream().map(r -> r.get("returnStatus").asString()).toList();
    }

    protected JsonNode lastInventoryReceipt(String copNo) {
        List<JsonNode> receipts = receipts("agent", "copNo", copNo);
        return receipts.isEmpty() ? null : receipts.get(receipts.size() - 1);
    }

    /** Every receipt these enterprises hold is read back strictly against its XSD. */
    protected void assertReceiptsPassTheXsd(String... who) {
        for (String enterprise : who) {
            for (JsonNode receipt : receipts(enterprise)) {
                assertThat(new org.cbec.ceb.CebReader().read(receipt.get("xml").asString()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).errors())
                        .as(receipt.get("messageType").asString() + " " + receipt.get("returnStatus").asString())
                        .isEmpty();
            }
        }
    }

    /** copNo is C..20: "COP" and this stay well within it. */
    protected static String shortId() {
        return Long.toString(System.nanoTime() % 100_000_000L);
    }
}
