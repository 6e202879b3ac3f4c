package org.cbec.ceb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cbec.ceb.sign.CebSigner;
import org.cbec.ceb.sign.CebVerifier;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A message of every type, made from the XSD, is read, written back and validates against the XSD. */
class EveryMessageTypeTest {

    private static final KeyMaterial KEY = SelfSignedKeys.sm2("every type");

    private final CebReader reader = new CebReader();
    private final CebWriter writer = new CebWriter();

    @ParameterizedTest(name = "{0}")
    @EnumSource(MessageType.class)
    void generatedMessageReadsWritesAndValidates(MessageType type) throws Exception {
        byte[] generated = XsdMessageGenerator.forType(type).generate(type.rootElement())
                .getBytes(StandardCharsets.UTF_8);
        if (type.signatureRequired()) {
            ReadResult unsigned = reader.read(generated);
            assertThat(unsigned.errors()).singleElement().satisfies(error ->
                    assertThat(error.message()).contains("Signature"));
            generated = new CebSigner().sign(generated, KEY);
        }

        CebMessage message = reader.read(generated).orThrow();
        byte[] written = writer.write(message.body());
        CebMessage again = reader.read(written).orThrow();

        assertThat(message.type()).isEqualTo(type);
        assertThat(message.body().getClass()).isEqualTo(type.bindingClass(SchemaVersion.V202205));
        assertThat(again.body()).usingRecursiveComparison().isEqualTo(message.body());
        if (type.signatureRequired()) {
            assertThat(new CebVerifier().verify(generated).valid()).isTrue();
        }
    }
}
