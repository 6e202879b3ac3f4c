package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * What follows a released parcel, over HTTP: the customs inventory number, sign-for (CEB513 → 514, 899),
 * cancellation (CEB623 → 624), return (CEB625 → 626) and entry to the supervised site (CEB711 → 712).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("follow-up agent");
    private static final KeyMaterial SITE_KEY = SelfSignedKeys.sm2("follow-up site");
    private static final KeyMaterial STRANGER_KEY = SelfSignedKeys.sm2("not filed");
    private static final String SITE = "1101110326";
    /** The sample inventory's customsCode, then the year, I for import and a 9-digit serial. */
    private static final String INVT_NO = "3700\\d{4}I\\d{9}";

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
        tokens.put("site", EnterpriseFixtures.token(this, SITE, List.of("SITE"),
                List.of(Certificates.toPem(SITE_KEY.certificate()))));
    }

    /** Sends a clean parcel and returns the invtNo customs gave its inventory. */
    private String released(String id) throws Exception {
        sendParcel(Parcels.parcel(id, AGENT_KEY, message -> { }));
        JsonNode released = lastInventoryReceipt("COP" + id);
        assertThat(released.get("returnStatus").asString()).isEqualTo("800");
        return released.get("invtNo").asString();
    }

    private JsonNode last(String who, String field, String value) {
        List<JsonNode> receipts = receipts(who, field, value);
        return receipts.get(receipts.size() - 1);
    }

    /** The declarant's receipts of one type about one inventory. */
    private List<JsonNode> receiptsOf(String messageType, String invtNo) {
        return receipts("agent", "invtNo", invtNo).stream()
                .filter(r -> messageType.equals(r.get("messageType").asString())).toList();
    }

    @Test
    void customsNumbersTheInventoryAt120AndEveryLaterReceiptCarriesIt() throws Exception {
        String id = "N" + shortId();
        String invtNo = released(id);

        assertThat(invtNo).matches(INVT_NO);
        List<JsonNode> receipts = receipts("agent", "copNo", "COP" + id);
        assertThat(receipts).extracting(r -> r.get("returnStatus").asString()).containsExactly("2", "3", "120",
                "399", "800");
        assertThat(receipts.subList(0, 2)).allMatch(r -> r.get("invtNo").isNull());
        assertThat(receipts.subList(2, 5)).allMatch(r -> invtNo.equals(r.get("invtNo").asString())
                && r.get("xml").asString().contains("<ceb:invtNo>" + invtNo + "</ceb:invtNo>"));
        JsonNode view = api().get("/api/v1/inventories/COP" + id, tokens.get("agent")).json();
        assertThat(view.get("state").get("invtNo").asString()).isEqualTo(invtNo);
    }

    @Test
    void signForClosesTheReleasedInventoryWith899AndIsTakenOnce() throws Exception {
        String id = "S" + shortId();
        String invtNo = released(id);

        send("carrier", Parcels.signedFor("LN" + id));

        assertThat(statuses("carrier", "logisticsNo", "LN" + id)).containsExactly("2", "3", "120", "2", "3", "399");
        assertThat(last("carrier", "logisticsNo", "LN" + id).get("messageType").asString()).isEqualTo("CEB514");
        JsonNode closed = lastInventoryReceipt("COP" + id);
        assertThat(closed.get("returnStatus").asString()).isEqualTo("899");
        assertThat(closed.get("invtNo").asString()).isEqualTo(invtNo);

        send("carrier", Parcels.signedFor("LN" + id));
        assertThat(last("carrier", "logisticsNo", "LN" + id).get("returnStatus").asString()).isEqualTo("-505012");
    }

    @Test
    void aStatusOtherThanSignedForIsRefusedWith505011() throws Exception {
        String id = "SR" + shortId();
        released(id);
        String xml = new String(Parcels.signedFor("LN" + id), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<ceb:logisticsStatus>S<", "<ceb:logisticsStatus>R<");

        send("carrier", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        JsonNode refused = last("carrier", "logisticsNo", "LN" + id);
        assertThat(refused.get("returnStatus").asString()).isEqualTo("-505011");
        assertThat(refused.get("returnInfo").asString()).contains("logisticsStatus 'R': the only status is S");
        assertThat(lastInventoryReceipt("COP" + id).get("returnStatus").asString()).isEqualTo("800");
    }

    @Test
    void signForOfAnUnknownWaybillIsRefusedWith505014() {
        String id = "U" + shortId();
        send("carrier", Parcels.signedFor("LN" + id));

        JsonNode refused = last("carrier", "logisticsNo", "LN" + id);
        assertThat(refused.get("returnStatus").asString()).isEqualTo("-505014");
        assertThat(refused.get("returnInfo").asString()).contains("no waybill CEB511 on file");
    }

    @Test
    void releasedInventoryIsCancelledOnceAndThenShowsCancelled() throws Exception {
        String id = "C" + shortId();
        String invtNo = released(id);

        send("agent", Parcels.cancellation(invtNo, id, AGENT_KEY));

        assertThat(receiptsOf("CEB624", invtNo)).extracting(r -> r.get("returnStatus").asString())
                .containsExactly("2", "3", "120", "399");
        JsonNode view = api().get("/api/v1/inventories/COP" + id, tokens.get("agent")).json();
        assertThat(view.get("state").get("status").asString()).isEqualTo("CANCELLED");
        assertThat(view.get("history").toString()).contains("消费者取消订单");

        send("agent", Parcels.cancellation(invtNo, id, AGENT_KEY));
        assertThat(last("agent", "invtNo", invtNo).get("returnStatus").asString()).isEqualTo("-623009");
    }

    @Test
    void cancellationIsRefusedForAnUnknownNumberA_closedInventoryAndABadSignature() throws Exception {
        String id = "CX" + shortId();
        String invtNo = released(id);
        send("carrier", Parcels.signedFor("LN" + id));

        send("agent", Parcels.cancellation(invtNo, id, AGENT_KEY));
        JsonNode closed = last("agent", "invtNo", invtNo);
        assertThat(closed.get("returnStatus").asString()).isEqualTo("-623005");
        assertThat(closed.get("returnInfo").asString()).contains("the inventory is CLOSED");

        String unknown = "37002026I999999999";
        send("agent", Parcels.cancellation(unknown, id, AGENT_KEY));
        assertThat(last("agent", "invtNo", unknown).get("returnStatus").asString()).isEqualTo("-623003");

        send("agent", Parcels.cancellation(invtNo, id, STRANGER_KEY));
        JsonNode unsigned = last("agent", "invtNo", invtNo);
        assertThat(unsigned.get("returnStatus").asString()).isEqualTo("-623029");
        assertThat(unsigned.get("returnInfo").asString()).startsWith("验签失败！");
    }

    @Test
    void partOfAnInventoryIsReturnedAndNeverMoreThanWasDeclared() throws Exception {
        String id = "R" + shortId();
        String invtNo = released(id);
        String gcode = "4202221000";

        send("agent", Parcels.refund(invtNo, id, 1, gcode, "1", AGENT_KEY));
        assertThat(receiptsOf("CEB626", invtNo)).extracting(r -> r.get("returnStatus").asString()).containsExactly("2", "3", "120", "399");

        // the parcel declared 2 of line 1: one went back, so 2 more cannot
        send("agent", Parcels.refund(invtNo, id, 1, gcode, "2", AGENT_KEY));
        JsonNode tooMany = last("agent", "invtNo", invtNo);
        assertThat(tooMany.get("returnStatus").asString()).isEqualTo("-625209");
        assertThat(tooMany.get("returnInfo").asString()).contains("gnum 1: qty 2 is more than the 1 left to return "
                + "of the 2 declared");

        send("agent", Parcels.refund(invtNo, id, 9, gcode, "1", AGENT_KEY));
        assertThat(last("agent", "invtNo", invtNo).get("returnInfo").asString())
                .contains("gnum 9: the inventory has no such line");

        send("agent", Parcels.refund(invtNo, id, 1, "0000000000", "1", AGENT_KEY));
        assertThat(last("agent", "invtNo", invtNo).get("returnInfo").asString())
                .contains("gcode '0000000000' differs from the inventory's '" + gcode + "'");

        send("agent", Parcels.refund(invtNo, id, 1, gcode, "1", AGENT_KEY));
        assertThat(last("agent", "invtNo", invtNo).get("returnStatus").asString()).isEqualTo("399");
        JsonNode view = api().get("/api/v1/inventories/COP" + id, tokens.get("agent")).json();
        assertThat(view.get("history").toString()).contains("退货 (CEB625").contains("gnum 1 × 1");
    }

    @Test
    void returnOfAnUnknownInventoryIsRefusedWith625204() throws Exception {
        String unknown = "37002026I888888888";
        send("agent", Parcels.refund(unknown, "X" + shortId(), 1, "4202221000", "1", AGENT_KEY));
        assertThat(last("agent", "invtNo", unknown).get("returnStatus").asString()).isEqualTo("-625204");
    }

    @Test
    void siteOperatorEntersParcelsOnceAndOnlyKnownOnes() throws Exception {
        String a = "E" + shortId();
        String b = "F" + shortId();
        released(a);
        send("carrier", Parcels.waybill("LN" + b));

        send("site", Parcels.delivery(SITE, "BILL" + a, List.of("LN" + a, "LN" + b), SITE_KEY));
        assertThat(statuses("site", "messageType", "CEB712")).endsWith("2", "3", "120", "399");
        assertThat(last("site", "messageType", "CEB712").get("returnInfo").asString()).contains("2 parcels");

        send("site", Parcels.delivery(SITE, "BILL2" + a, List.of("LN" + a), SITE_KEY));
        JsonNode again = last("site", "messageType", "CEB712");
        assertThat(again.get("returnStatus").asString()).isEqualTo("-800003");
        assertThat(again.get("returnInfo").asString()).contains("LN" + a);

        send("site", Parcels.delivery(SITE, "BILL3" + a, List.of("LN-NONE-" + a), SITE_KEY));
        JsonNode unknown = last("site", "messageType", "CEB712");
        assertThat(unknown.get("returnStatus").asString()).isEqualTo("-800001");
        assertThat(unknown.get("returnInfo").asString()).contains("LN-NONE-" + a);
        assertReceiptsPassTheXsd("site", "carrier", "agent");
    }

    @Test
    void onlyASiteOperatorSendsWarehouseEntries() throws Exception {
        ApiClient.Response response = api().postXml("/api/v1/messages", tokens.get("agent"),
                Parcels.delivery(Parcels.AGENT, "BILL", List.of("LN1"), AGENT_KEY));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("CEB711Message is sent by an enterprise filed as SITE");
    }
}
