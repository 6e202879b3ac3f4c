package org.cbec.ceb.dxp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cbec.ceb.CebFormatException;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.Samples;
import org.cbec.ceb.sign.CebSigner;
import org.cbec.ceb.sign.CebVerifier;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.Test;

class DxpEnvelopeTest {

    private final DxpEnvelope dxp = new DxpEnvelope();

    @Test
    void signedMessageTravelsInAnEnvelopeByteForByte() throws Exception {
        KeyMaterial key = SelfSignedKeys.sm2("declarant");
        byte[] unsigned = new String(Samples.bytes("621"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<ds:Signature.*</ds:Signature>\\s*", "").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new CebSigner().sign(unsigned, key);

        byte[] envelope = dxp.wrap(signed, "DXPENT0000458763", List.of(), "COP-1", "CEB621.xml");
        DxpEnvelope.Unwrapped opened = dxp.unwrap(envelope);

        assertThat(new CebReader().read(envelope).message().type()).isEqualTo(MessageType.DXP_MSG);
        assertThat(new String(envelope, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<dxp:MsgType>CEB621Message</dxp:MsgType>")
                .contains("<dxp:ReceiverId>DXPEDCCEB0000002</dxp:ReceiverId>")
                .containsPattern("<dxp:CreatTime>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d</dxp:CreatTime>");
        assertThat(opened.data()).isEqualTo(signed);
        assertThat(opened.copMsgId()).isEqualTo("COP-1");
        assertThat(opened.senderId()).isEqualTo("DXPENT0000458763");
        assertThat(opened.receiverIds()).containsExactly("DXPEDCCEB0000002");
        assertThat(opened.msgType()).isEqualTo("CEB621Message");
        assertThat(new CebVerifier().verify(opened.data()).valid()).isTrue();
    }

    @Test
    void doubleWrappedTransportEnvelopeIsOpenedToTheBusinessMessage() {
        byte[] order = Samples.bytes("311");
        byte[] terminal = dxp.wrap(order, "DXPENT0000458763", List.of(), "COP-2", null);
        byte[] transport = dxp.wrapForTransport(terminal, "DXPNODE120261130160000000000001", "DXPNODE1", "DXPNODE2");

        assertThat(new CebReader().read(transport).message().type()).isEqualTo(MessageType.DXP_MSG_SV);
        DxpEnvelope.Unwrapped opened = dxp.unwrap(transport);
        assertThat(opened.data()).isEqualTo(order);
        assertThat(opened.copMsgId()).isEqualTo("COP-2");
        assertThat(opened.msgType()).isEqualTo("CEB311Message");
    }

    @Test
    void exportMessagesGoToTheExportReceiver() {
        byte[] envelope = dxp.wrap(Samples.bytes("304"), "DXPENT0000458763", List.of(), null, null);

        assertThat(dxp.unwrap(envelope).receiverIds()).containsExactly("DXPEDCCEB0000003");
        assertThat(dxp.unwrap(envelope).copMsgId()).hasSize(36);
    }

    @Test
    void senderIdLongerThanTheXsdAllowsIsRefusedWithItsPath() {
        assertThatThrownBy(() -> dxp.wrap(Samples.bytes("311"), "DXPENT00004587630000", List.of(), "1", null))
                .isInstanceOf(CebFormatException.class)
                .satisfies(e -> assertThat(((CebFormatException) e).errors()).anySatisfy(error ->
                        assertThat(error.path()).isEqualTo("/DxpMsg/TransInfo[1]/SenderId[1]")));
    }

    @Test
    void invalidBusinessMessageIsNotWrapped() {
        assertThatThrownBy(() -> dxp.wrap("<x/>".getBytes(StandardCharsets.UTF_8), "DXPENT0000458763", List.of(),
                "1", null)).isInstanceOf(CebFormatException.class).hasMessageContaining("unknown-message-type");
    }

    @Test
    void unwrappingSomethingElseIsRefused() {
        assertThatThrownBy(() -> dxp.unwrap(Samples.bytes("311"))).isInstanceOf(CebFormatException.class)
                .hasMessageContaining("expected a DxpMsg or DxpMsgSv envelope");
    }
}
