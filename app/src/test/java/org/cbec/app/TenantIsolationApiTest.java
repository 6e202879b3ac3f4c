package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.sign.CebSigner;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The authorization table of the README, row by row, over HTTP: another enterprise tries each write and read of a
 * parcel's documents, guarantees and follow-ups, and is refused without learning anything of the owner's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TenantIsolationApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("isolation agent");
    private static final KeyMaterial INTRUDER_KEY = SelfSignedKeys.sm2("intruding declarant");
    private static final String OTHER_PLATFORM = "3301960001";
    private static final String OTHER_PAYER = "3301960002";
    private static final String OTHER_AGENT = "3301960003";
    private static final String GUARANTOR = "3301960004";
    private static final String OTHER_CARRIER = "3301960005";

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
        tokens.put("otherPlatform", EnterpriseFixtures.token(this, OTHER_PLATFORM, List.of("EBP", "EBC"), List.of()));
        tokens.put("otherPayer", EnterpriseFixtures.token(this, OTHER_PAYER, List.of("PAY"), List.of()));
        // a declarant that is also an e-commerce enterprise: it may name itself as ebcCode
        tokens.put("otherAgent", EnterpriseFixtures.token(this, OTHER_AGENT, List.of("AGENT", "EBC"),
                List.of(Certificates.toPem(INTRUDER_KEY.certificate()))));
        tokens.put("guarantor", EnterpriseFixtures.token(this, GUARANTOR, List.of("ASSURE"), List.of()));
        tokens.put("otherCarrier", EnterpriseFixtures.token(this, OTHER_CARRIER, List.of("LOGISTICS"), List.of()));
    }

    /** The message as another enterprise would send it: its codes changed, then (re)signed with its key. */
    private static byte[] as(byte[] xml, KeyMaterial key, UnaryOperator<String> change) throws Exception {
        String unsigned = new String(xml, StandardCharsets.UTF_8)
                .replaceAll("(?s)<ds:Signature.*</ds:Signature>\\s*", "");
        byte[] changed = change.apply(unsigned).getBytes(StandardCharsets.UTF_8);
        return key == null ? changed : new CebSigner().sign(changed, key);
    }

    private static UnaryOperator<String> modifyAs(String copCode, String field, String value) {
        return xml -> xml.replaceFirst("<ceb:copCode>[^<]*</ceb:copCode>", "<ceb:copCode>" + copCode
                        + "</ceb:copCode>")
                .replaceFirst("<ceb:" + field + ">[^<]*</ceb:" + field + ">", "<ceb:" + field + ">" + value + "</ceb:"
                        + field + ">")
                .replaceFirst("<ceb:appType>1</ceb:appType>", "<ceb:appType>2</ceb:appType>")
                .replaceAll("<ceb:guid>[^<]*</ceb:guid>", "<ceb:guid>" + Parcels.guid() + "</ceb:guid>")
                .replaceFirst("guid=\"[^\"]*\"", "guid=\"" + Parcels.guid() + "\"");
    }

    private JsonNode lastReceipt(String who, String field, String value) {
        List<JsonNode> receipts = receipts(who, field, value);
        assertThat(receipts).as(who + " receipts for " + value).isNotEmpty();
        return receipts.get(receipts.size() - 1);
    }

    @Test
    void anotherPlatformCannotModifyAnOrderNorReadItOrItsPayment() throws Exception {
        String id = "TI" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, m -> { });
        send("platform", parcel.order());
        send("payer", parcel.payment());

        send("otherPlatform", as(parcel.order(), null, modifyAs(OTHER_PLATFORM, "ebcCode", OTHER_PLATFORM)));

        JsonNode refused = lastReceipt("otherPlatform", "orderNo", "ORD" + id);
        assertThat(refused.get("returnStatus").asString()).isEqualTo("-10102");
        assertThat(refused.get("returnInfo").asString()).contains("订单 ORD" + id).doesNotContain(Parcels.PLATFORM);
        assertThat(api().get("/api/v1/orders/" + Parcels.PLATFORM + "/ORD" + id, tokens.get("otherPlatform"))
                .status()).isEqualTo(404);
        JsonNode own = api().get("/api/v1/orders/" + Parcels.PLATFORM + "/ORD" + id, tokens.get("platform")).json();
        assertThat(own.get("order").get("document").get("ebcCode").asString()).isEqualTo(Parcels.PLATFORM);
    }

    @Test
    void anotherPayerCannotReplaceAPayment() throws Exception {
        String id = "TP" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, m -> { });
        send("platform", parcel.order());
        send("payer", parcel.payment());

        send("otherPayer", as(parcel.payment(), null, modifyAs(OTHER_PAYER, "payCode", OTHER_PAYER)));

        assertThat(lastReceipt("otherPayer", "orderNo", "ORD" + id).get("returnStatus").asString())
                .isEqualTo("-10102");
        JsonNode own = api().get("/api/v1/orders/" + Parcels.PLATFORM + "/ORD" + id, tokens.get("platform")).json();
        assertThat(own.get("payment").get("document").get("payCode").asString()).isEqualTo(Parcels.PAYER);
    }

    @Test
    void aCodeCountsOnlyInTheRoleItNames() throws Exception {
        String id = "TR" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, m -> { });
        // the payment company is not an e-commerce enterprise: naming itself as ebcCode of an order is not enough
        byte[] order = as(parcel.order(), null, xml -> xml.replaceFirst("<ceb:copCode>[^<]*</ceb:copCode>",
                "<ceb:copCode>" + Parcels.PAYER + "</ceb:copCode>").replaceFirst("<ceb:ebcCode>[^<]*</ceb:ebcCode>",
                "<ceb:ebcCode>" + Parcels.PAYER + "</ceb:ebcCode>"));

        ApiClient.Response response = api().postXml("/api/v1/messages", tokens.get("payer"), order);

        assertThat(response.status()).as(response.body()).isEqualTo(403);
    }

    @Test
    void anotherDeclarantCannotReplaceAWaitingInventoryNorReadIt() throws Exception {
        String id = "TD" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, m -> { });
        send("agent", parcel.inventory());

        send("otherAgent", as(parcel.inventory(), INTRUDER_KEY, modifyAs(OTHER_AGENT, "ebcCode", OTHER_AGENT)));

        JsonNode refused = lastReceipt("otherAgent", "copNo", "COP" + id);
        assertThat(refused.get("returnStatus").asString()).isEqualTo("-10102");
        assertThat(api().get("/api/v1/inventories/COP" + id, tokens.get("otherAgent")).status()).isEqualTo(404);
        JsonNode own = api().get("/api/v1/inventories/COP" + id, tokens.get("agent")).json();
        assertThat(own.get("documents").get("inventory").get("document").get("ebcCode").asString())
                .isEqualTo(Parcels.PLATFORM);
    }

    @Test
    void anotherEnterpriseCannotCancelAReleasedInventory() throws Exception {
        String id = "TC" + shortId();
        sendParcel(Parcels.parcel(id, AGENT_KEY, m -> { }));
        JsonNode released = lastInventoryReceipt("COP" + id);
        assertThat(released.get("returnStatus").asString()).isEqualTo("800");
        String invtNo = released.get("invtNo").asString();

        send("otherAgent", as(Parcels.cancellation(invtNo, id, AGENT_KEY), INTRUDER_KEY, xml -> xml
                .replaceFirst("<ceb:copCode>[^<]*</ceb:copCode>", "<ceb:copCode>" + OTHER_AGENT + "</ceb:copCode>")
                .replaceFirst("<ceb:ebcCode>[^<]*</ceb:ebcCode>", "<ceb:ebcCode>" + OTHER_AGENT + "</ceb:ebcCode>")));

        assertThat(lastReceipt("otherAgent", "copNo", "COP" + id).get("returnStatus").asString())
                .isEqualTo("-10102");
        assertThat(lastInventoryReceipt("COP" + id).get("returnStatus").asString()).as("still released")
                .isEqualTo("800");
        assertThat(api().get("/api/v1/tax-bills/" + invtNo, tokens.get("otherAgent")).status()).isEqualTo(404);
    }

    @Test
    void aGuarantorBacksOnlyWhomItAgreedToBack() throws Exception {
        assertThat(api().putJson("/api/v1/customs/guarantees/" + GUARANTOR, ADMIN, Map.of("amount",
                new java.math.BigDecimal("1000.00"))).status()).isEqualTo(200);
        String id = "TG" + shortId();
        sendParcel(Parcels.parcel(id, AGENT_KEY, m -> {
            if (m instanceof CEB621Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setAssureCode(GUARANTOR);
            }
        }));
        JsonNode refused = lastInventoryReceipt("COP" + id);
        assertThat(refused.get("returnStatus").asString()).isEqualTo("100");
        assertThat(refused.get("returnInfo").asString()).contains("has not agreed to back")
                .doesNotContain("1000");

        // nobody but the guarantor (or the operator) says whom it backs, or sees its guarantee
        assertThat(api().putJson("/api/v1/customs/guarantees/" + GUARANTOR + "/backed/" + Parcels.AGENT,
                tokens.get("agent"), Map.of()).status()).isEqualTo(403);
        assertThat(api().get("/api/v1/customs/guarantees/" + GUARANTOR, tokens.get("agent")).status())
                .isEqualTo(403);
        ApiClient.Response backs = api().putJson("/api/v1/customs/guarantees/" + GUARANTOR + "/backed/"
                + Parcels.AGENT, tokens.get("guarantor"), Map.of());
        assertThat(backs.status()).as(backs.body()).isEqualTo(200);
        assertThat(api().get("/api/v1/customs/guarantees/" + GUARANTOR, tokens.get("guarantor")).json()
                .get("owed").decimalValue()).isZero();

        String again = "TH" + shortId();
        sendParcel(Parcels.parcel(again, AGENT_KEY, m -> {
            if (m instanceof CEB621Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setAssureCode(GUARANTOR);
            }
        }));
        assertThat(lastInventoryReceipt("COP" + again).get("returnStatus").asString()).isEqualTo("800");
        assertThat(api().get("/api/v1/customs/guarantees/" + GUARANTOR + "/backed", tokens.get("guarantor")).json()
                .get("backed").get(0).asString()).isEqualTo(Parcels.AGENT);
    }

    @Test
    void messagesAndReceiptsAreTheSendersOnly() throws Exception {
        String id = "TM" + shortId();
        ApiClient.Response sent = api().postXml("/api/v1/messages", tokens.get("platform"),
                Parcels.parcel(id, AGENT_KEY, m -> { }).order());
        String intakeId = sent.json().get("intakeId").asString();

        assertThat(api().get("/api/v1/messages/" + intakeId, tokens.get("platform")).json().get("outcome")
                .asString()).isEqualTo("ACCEPTED");
        assertThat(api().get("/api/v1/messages/" + intakeId, tokens.get("otherPlatform")).status()).isEqualTo(404);
        assertThat(receipts("otherPlatform")).noneMatch(r -> ("ORD" + id).equals(r.get("orderNo").asString()));
    }

    @Test
    void anExportInventoryIsSeenByItsDeclarantOnly() throws Exception {
        String id = "TE" + shortId();
        send("agent", ExportParcels.parcel(id, m -> { }).inventory());

        assertThat(api().get("/api/v1/export-inventories/ECOP" + id, tokens.get("agent")).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/export-inventories/ECOP" + id, tokens.get("otherAgent")).status())
                .isEqualTo(404);
    }

    @Test
    void anotherCarrierCannotReplaceAWaybill() throws Exception {
        String id = "TW" + shortId();
        send("carrier", Parcels.waybill("LN" + id));

        // a waybill is keyed by its carrier's code: another carrier can only name ours, and is refused
        ApiClient.Response sent = api().postXml("/api/v1/messages", tokens.get("otherCarrier"), as(
                Parcels.waybill("LN" + id), null, modifyAs(OTHER_CARRIER, "consignee", "某人")));

        assertThat(sent.status()).as(sent.body()).isEqualTo(403);
        assertThat(sent.body()).contains("logisticsCode " + Parcels.CARRIER + " (as LOGISTICS)");
    }

    @Test
    void anotherEnterpriseCannotReturnAReleasedInventory() throws Exception {
        String id = "TF" + shortId();
        sendParcel(Parcels.parcel(id, AGENT_KEY, m -> { }));
        String invtNo = lastInventoryReceipt("COP" + id).get("invtNo").asString();

        send("otherAgent", as(Parcels.refund(invtNo, id, 1, "4202221000", "1", AGENT_KEY), INTRUDER_KEY, xml -> xml
                .replaceFirst("<ceb:copCode>[^<]*</ceb:copCode>", "<ceb:copCode>" + OTHER_AGENT + "</ceb:copCode>")
                .replaceFirst("<ceb:ebcCode>[^<]*</ceb:ebcCode>", "<ceb:ebcCode>" + OTHER_AGENT + "</ceb:ebcCode>")));

        assertThat(lastReceipt("otherAgent", "copNo", "COP" + id).get("returnStatus").asString())
                .isEqualTo("-10102");
    }

    @Test
    void anotherDeclarantCannotReplaceOrCancelAnExportInventory() throws Exception {
        String id = "TX" + shortId();
        ExportParcels.Parcel parcel = ExportParcels.parcel(id, m -> { });
        send("agent", parcel.inventory());

        send("otherAgent", as(parcel.inventory(), null, modifyAs(OTHER_AGENT, "ebcCode", OTHER_AGENT)));
        assertThat(lastReceipt("otherAgent", "copNo", "ECOP" + id).get("returnStatus").asString())
                .isEqualTo("-10102");

        send("platform", parcel.order());
        send("payer", parcel.receipt());
        send("carrier", parcel.waybill());
        String invtNo = lastReceipt("agent", "copNo", "ECOP" + id).get("invtNo").asString();
        assertThat(invtNo).isNotBlank();
        send("otherAgent", as(ExportParcels.cancellation(invtNo, id), null, xml -> xml
                .replaceFirst("<ceb:copCode>[^<]*</ceb:copCode>", "<ceb:copCode>" + OTHER_AGENT + "</ceb:copCode>")
                .replaceFirst("<ceb:ebcCode>[^<]*</ceb:ebcCode>", "<ceb:ebcCode>" + OTHER_AGENT + "</ceb:ebcCode>")));
        assertThat(lastReceipt("otherAgent", "copNo", "ECOP" + id).get("returnStatus").asString())
                .isEqualTo("-10102");
        assertThat(statuses("agent", "copNo", "ECOP" + id)).doesNotContain("-10102");
    }

    @Test
    void siteAndCarrierMessagesNeedTheirRole() throws Exception {
        ApiClient.Response delivery = api().postXml("/api/v1/messages", tokens.get("carrier"),
                Parcels.delivery(Parcels.CARRIER, "BL" + shortId(), List.of("LN1"), AGENT_KEY));
        ApiClient.Response signFor = api().postXml("/api/v1/messages", tokens.get("agent"),
                as(Parcels.signedFor("LN1"), null, xml -> xml.replaceFirst("<ceb:copCode>[^<]*</ceb:copCode>",
                        "<ceb:copCode>" + Parcels.AGENT + "</ceb:copCode>")));

        assertThat(delivery.status()).as("CEB711 by a carrier").isEqualTo(403);
        assertThat(signFor.status()).as("CEB513 by a declarant").isEqualTo(403);
    }

    @Test
    void aNewGuaranteeFiledSixTimesAtOnceIsOneGuarantee() throws Exception {
        String assureCode = "G" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        for (ApiClient.Response response : AtOnce.times(6, () -> api().putJson("/api/v1/customs/guarantees/"
                + assureCode, ADMIN, Map.of("amount", new java.math.BigDecimal("500.00"))))) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
        }

        assertThat(api().get("/api/v1/customs/guarantees/" + assureCode, ADMIN).json().get("amount")
                .decimalValue()).isEqualByComparingTo("500.00");
    }

    @Test
    void aGuarantorFilingWhomItBacksRacingItselfFilesItOnce() throws Exception {
        int added = 0;
        for (ApiClient.Response response : AtOnce.times(6, () -> api().putJson("/api/v1/customs/guarantees/"
                + GUARANTOR + "/backed/" + OTHER_AGENT, tokens.get("guarantor"), Map.of()))) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            added += response.json().get("added").asBoolean() ? 1 : 0;
        }

        assertThat(added).isEqualTo(1);
    }

    @Test
    void anEnterpriseTokenOpensNoOperatorOrOfficerEndpoint() {
        String token = tokens.get("otherPlatform");
        record Call(String method, String path) {
        }
        List<Call> calls = List.of(new Call("GET", "/api/v1/enterprises/" + Parcels.PLATFORM),
                new Call("PUT", "/api/v1/enterprises/" + Parcels.PLATFORM),
                new Call("POST", "/api/v1/enterprises/" + Parcels.PLATFORM + "/token"),
                new Call("POST", "/api/v1/enterprises/" + Parcels.PLATFORM + "/certificates"),
                new Call("DELETE", "/api/v1/enterprises/" + Parcels.PLATFORM + "/certificates/1"),
                new Call("POST", "/api/v1/enterprises"),
                new Call("POST", "/api/v1/officers"),
                new Call("GET", "/api/v1/customs/reviews"),
                new Call("GET", "/api/v1/customs/reviews/X"),
                new Call("POST", "/api/v1/customs/reviews/X/decisions"),
                new Call("GET", "/api/v1/customs/risk-rules"),
                new Call("PUT", "/api/v1/customs/risk-rules/RANDOM_REVIEW"),
                new Call("GET", "/api/v1/customs/risk-rules/RANDOM_REVIEW/changes"),
                new Call("PUT", "/api/v1/customs/guarantees/" + Parcels.PLATFORM),
                new Call("POST", "/api/v1/customs/tax-payments"),
                new Call("POST", "/api/v1/customs/tax-payments/X/paid"),
                new Call("PUT", "/api/v1/customs/account-books/X"),
                new Call("POST", "/api/v1/export-summaries?month=2026-10"));
        for (Call call : calls) {
            ApiClient.Response response = switch (call.method()) {
                case "GET" -> api().get(call.path(), token);
                case "PUT" -> api().putJson(call.path(), token, Map.of());
                case "DELETE" -> api().delete(call.path(), token);
                default -> api().postJson(call.path(), token, Map.of());
            };
            assertThat(response.status()).as(call.method() + " " + call.path() + ": " + response.body())
                    .isIn(401, 403);
        }
        // and the guarantee of a platform is its own: not another platform's to read
        assertThat(api().get("/api/v1/customs/guarantees/" + Parcels.PLATFORM, token).status()).isEqualTo(403);
    }
}
