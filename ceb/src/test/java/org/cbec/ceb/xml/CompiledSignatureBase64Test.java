package org.cbec.ceb.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** xs:base64Binary as the XSD validator takes it, checked and decoded in one pass by the compiled reader. */
class CompiledSignatureBase64Test {

    @Test
    void decodesWhatTheJdkDecodesWhateverTheLengthAndTheWhiteSpace() throws Exception {
        Random random = new Random(7);
        for (int length = 0; length < 200; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            // line breaks every 76 characters, as certificates in signatures are written
            String text = Base64.getMimeEncoder().encodeToString(bytes);
            assertThat(CompiledSignature.base64(text)).as("length %d", length).isEqualTo(bytes);
            assertThat(CompiledSignature.base64(" \t" + text.replace("", " ").trim() + "\n"))
                    .isEqualTo(bytes);
        }
    }

    @Test
    void refusesWhatTheSchemaRefuses() {
        for (String invalid : new String[] {"QQ", "QQ=", "QUJD=", "QQ==QQ==", "QUI=QUJD", "Q===", "====", "QR==",
            "QUK=", "QU*D", "QUJDé==="}) {
            assertThatThrownBy(() -> CompiledSignature.base64(invalid)).as(invalid)
                    .isSameAs(CompiledReader.NOT_SURE);
        }
    }

    @Test
    void takesPaddingWhoseUnusedBitsAreZero() throws Exception {
        assertThat(CompiledSignature.base64("QQ==")).containsExactly('A');
        assertThat(CompiledSignature.base64("QUI=")).containsExactly('A', 'B');
        assertThat(CompiledSignature.base64("")).isEmpty();
    }
}
