package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cbec.ceb.dxp.DxpEnvelope;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.cbec.ceb.sign.UkeyClientStyle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Intake as a crashing machine and real E-Port clients meet it: the same message racing itself, duplicates kept as
 * references, double-wrapped deliveries, signatures of clients that sign the compact form, a complete set left
 * waiting by a crash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeResilienceApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("resilience agent");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.cbec.app.clearance.application.StrandedSets stranded;

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
    }

    @Test
    void theSameMessageRacingItselfIsTakenOnceAndAnsweredAsDuplicates() throws Exception {
        byte[] order = Parcels.order("RACE" + shortId());
        int taken = 0;
        int duplicates = 0;
        for (ApiClient.Response response : AtOnce.times(8, () -> api().postXml("/api/v1/messages",
                tokens.get("platform"), order))) {
            assertThat(response.status()).as(response.body()).isEqualTo(202);
            taken += response.json().get("records").asInt();
            duplicates += response.json().get("duplicates").asInt();
        }

        assertThat(taken).isEqualTo(1);
        assertThat(duplicates).isEqualTo(7);
    }

    @Test
    void theSameBytesSentAgainAreStoredAsAReferenceToTheFirstCopy() {
        byte[] order = Parcels.order("DUP" + shortId());
        String first = api().postXml("/api/v1/messages", tokens.get("platform"), order).json().get("intakeId")
                .asString();
        JsonNode again = api().postXml("/api/v1/messages", tokens.get("platform"), order).json();

        assertThat(again.get("duplicates").asInt()).isEqualTo(1);
        String second = again.get("intakeId").asString();
        assertThat(jdbc.sql("select body is null from raw_message where id = ?").param(second)
                .query(Boolean.class).single()).isTrue();
        assertThat(api().get("/api/v1/messages/" + second, tokens.get("platform")).json().get("duplicateOf")
                .asString()).isEqualTo(first);
    }

    @Test
    void aDoubleWrappedDeliveryIsOpenedAndTaken() {
        DxpEnvelope dxp = new DxpEnvelope();
        byte[] transport = dxp.wrapForTransport(dxp.wrap(Parcels.order("SV" + shortId()), "DXPENT0000000001",
                List.of(), null, null), "DXPNODE120261130000000000000001", "DXPNODE1", "DXPNODE2");

        ApiClient.Response response = api().postXml("/api/v1/messages", tokens.get("platform"), transport);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().get("messageType").asString()).isEqualTo("CEB311Message");
    }

    @Test
    void anInventorySignedByAUkeyClientOverItsCompactFormIsTakenAndTheModeRecorded() throws Exception {
        String id = "UK" + shortId();
        String signed = new String(Parcels.parcel(id, AGENT_KEY, m -> { }).inventory(), StandardCharsets.UTF_8)
                .replaceAll("(?s)<ds:Signature.*</ds:Signature>\\s*", "");
        byte[] sent = UkeyClientStyle.sign(signed.getBytes(StandardCharsets.UTF_8), AGENT_KEY);

        ApiClient.Response response = api().postXml("/api/v1/messages", tokens.get("agent"), sent);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        JsonNode message = api().get("/api/v1/messages/" + response.json().get("intakeId").asString(),
                tokens.get("agent")).json();
        assertThat(message.get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(message.get("signatureMode").asString()).isEqualTo("WHITESPACE_BETWEEN_ELEMENTS_REMOVED");
        assertThat(statuses("agent", "copNo", "COP" + id)).doesNotContain("-621029");
    }

    @Test
    void aCompleteSetLeftWaitingByACrashIsDecidedByTheSweeper() throws Exception {
        // parcel A is sent whole; parcel B lacks its waybill, which is then put in place as intake stores it but
        // without the comparison that follows a commit: what a crash between the two leaves behind
        String a = "SA" + shortId();
        String b = "SB" + shortId();
        sendParcel(Parcels.parcel(a, AGENT_KEY, m -> { }));
        Parcels.Parcel parcelB = Parcels.parcel(b, AGENT_KEY, m -> { });
        send("platform", parcelB.order());
        send("payer", parcelB.payment());
        send("agent", parcelB.inventory());
        assertThat(lastInventoryReceipt("COP" + b).get("returnStatus").asString()).isEqualTo("3");
        jdbc.sql("insert into parcel_document (doc_type, key_a, key_b, record_guid, sender_code, body, received_at) "
                        + "select doc_type, key_a, ?, ?, sender_code, replace(body, ?, ?), received_at "
                        + "from parcel_document where doc_type = 'WAYBILL' and key_b = ?")
                .params("LN" + b, Parcels.guid(), "LN" + a, "LN" + b, "LN" + a).update();
        assertThat(lastInventoryReceipt("COP" + b).get("returnStatus").asString()).as("nothing woke it")
                .isEqualTo("3");

        int found = stranded.sweep(Instant.now().plusSeconds(1));

        assertThat(found).isGreaterThanOrEqualTo(1);
        assertThat(lastInventoryReceipt("COP" + b).get("returnStatus").asString()).isEqualTo("800");
        assertThat(stranded.sweep(Instant.now().plusSeconds(1))).as("decided once").isZero();
    }
}
