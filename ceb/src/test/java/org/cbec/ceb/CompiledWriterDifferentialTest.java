package org.cbec.ceb;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.cbec.ceb.schema.import202205.CEB312Message;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.schema.import202205.OrderReturn;
import org.cbec.ceb.xml.CompiledWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiled writer must write what JAXB writes, byte for byte: on every official sample and a message of every
 * type made from the XSD (their signatures taken off: a signed message is the marshaller's), and on text that
 * needs escaping. A message with its signature on is left to JAXB.
 */
class CompiledWriterDifferentialTest {

    private static final String TRICKY = "a & b < c > d \" e ' f \t g \n h \r i 漢字 \uD83D\uDE00 &amp; ]]> end";

    private final CebWriter writer = new CebWriter(false);

    static Stream<String> validSamples() {
        return Samples.valid();
    }

    @ParameterizedTest(name = "CEB{0}")
    @MethodSource("validSamples")
    void everyOfficialSampleIsWrittenAsJaxbWritesIt(String number) {
        Object body = unsigned(new CebReader().read(Samples.bytes(number)).orThrow().body());
        assertSameAsJaxb(body);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MessageType.class, names = {"DXP_MSG", "DXP_MSG_SV", "DXP_REP"},
            mode = EnumSource.Mode.EXCLUDE)
    void messageOfEveryTypeFromTheXsdIsWrittenAsJaxbWritesIt(MessageType type) {
        Object body = unsigned(new CebReader().read(XsdMessages.valid(type)).orThrow().body());
        assertSameAsJaxb(body);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Side.class, names = {"IMPORT", "EXPORT"})
    void messageOfTheTrialSchemaIsWrittenAsJaxbWritesIt(Side side) {
        for (String root : List.of(side == Side.IMPORT ? "CEB312Message" : "CEB304Message",
                side == Side.IMPORT ? "CEB622Message" : "CEB604Message")) {
            byte[] xml = XsdMessageGenerator.trial2018(side).generate(root).getBytes(StandardCharsets.UTF_8);
            Object body = unsigned(new CebReader(ReadOptions.strict().withVersion(SchemaVersion.V2018)).read(xml)
                    .orThrow().body());
            assertThat(CompiledWriter.write(body, SchemaVersion.V2018, side)).isNotNull();
            assertThat(new String(writer.write(body), StandardCharsets.UTF_8))
                    .isEqualTo(new String(writer.marshalWithJaxb(body), StandardCharsets.UTF_8));
        }
    }

    @Test
    void textThatNeedsEscapingIsEscapedAsJaxbEscapesIt() {
        CEB312Message receipt = new CEB312Message();
        receipt.setGuid(TRICKY);
        receipt.setVersion("1.0");
        OrderReturn entity = new OrderReturn();
        entity.setGuid("4CDE1CFD-EDED-46B1-946C-B8022E42FC94");
        entity.setEbpCode("");
        entity.setOrderNo(TRICKY);
        entity.setReturnInfo(TRICKY);
        receipt.getOrderReturn().add(entity);
        assertSameAsJaxb(receipt);
        assertThat(new String(writer.write(receipt), StandardCharsets.UTF_8)).contains("<ceb:ebpCode></ceb:ebpCode>")
                .contains("a &amp; b &lt; c &gt; d \" e");
    }

    @Test
    void decimalsArePrintedPlainAsJaxbPrintsThem() {
        CEB621Message inventory = (CEB621Message) unsigned(new CebReader().read(Samples.bytes("621")).orThrow().body());
        inventory.getInventory().get(0).getInventoryHead().setFreight(new BigDecimal("1E+3"));
        inventory.getInventory().get(0).getInventoryHead().setInsuredFee(new BigDecimal("0.000"));
        assertSameAsJaxb(inventory);
    }

    @Test
    void aSignedMessageIsLeftToJaxb() {
        Object signed = new CebReader().read(Samples.bytes("311")).orThrow().body();
        assertThat(signature(signed)).isNotNull();
        assertThat(CompiledWriter.write(signed, SchemaVersion.V202205, Side.IMPORT)).isNull();
        assertThat(writer.write(signed)).isEqualTo(writer.marshalWithJaxb(signed));
    }

    private void assertSameAsJaxb(Object message) {
        Side side = MessageType.byRootElement(message.getClass().getSimpleName()).orElseThrow().side();
        assertThat(CompiledWriter.write(message, SchemaVersion.V202205, side)).as("the compiled path is taken")
                .isNotNull();
        assertThat(new String(writer.write(message), StandardCharsets.UTF_8))
                .isEqualTo(new String(writer.marshalWithJaxb(message), StandardCharsets.UTF_8));
    }

    private static Object unsigned(Object message) {
        try {
            Field field = signatureField(message);
            if (field != null) {
                field.set(message, null);
            }
            return message;
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Object signature(Object message) {
        try {
            return signatureField(message).get(message);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Field signatureField(Object message) {
        for (Field field : message.getClass().getDeclaredFields()) {
            if (field.getName().equals("signature")) {
                field.setAccessible(true);
                return field;
            }
        }
        return null;
    }
}
