package org.cbec.ceb.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** The certificates a reader decoded last: recognised again by their text, each reader given a copy of its own. */
class RecentCertificatesTest {

    private final CompiledSignature.RecentCertificates recent = new CompiledSignature.RecentCertificates();

    @Test
    void aCertificateSeenAgainDecodesAlikeAndEachCallerGetsItsOwnCopy() throws Exception {
        byte[] certificate = randomBytes(new Random(1), 900);
        byte[] first = decode(Base64.getMimeEncoder().encodeToString(certificate));
        first[0] ^= 1;
        byte[] second = decode(Base64.getMimeEncoder().encodeToString(certificate));
        assertThat(second).isEqualTo(certificate).isNotSameAs(first);
    }

    @Test
    void moreSignersThanItKeepsAllDecodeRight() throws Exception {
        Random random = new Random(2);
        byte[][] certificates = new byte[40][];
        for (int i = 0; i < certificates.length; i++) {
            certificates[i] = randomBytes(random, 600 + i);
        }
        for (int round = 0; round < 3; round++) {
            for (byte[] certificate : certificates) {
                assertThat(decode(Base64.getMimeEncoder().encodeToString(certificate))).isEqualTo(certificate);
            }
        }
    }

    @Test
    void aTextThatIsNotBase64IsNeverTakenEvenAfterAValidOne() throws Exception {
        byte[] certificate = randomBytes(new Random(3), 300);
        String text = Base64.getEncoder().encodeToString(certificate);
        decode(text);
        assertThatThrownBy(() -> decode(text.substring(1))).isSameAs(CompiledReader.NOT_SURE);
        assertThatThrownBy(() -> decode(text + "*")).isSameAs(CompiledReader.NOT_SURE);
    }

    private byte[] decode(String text) throws Exception {
        XMLStreamReader reader = SecureXml.newStaxFactory().createXMLStreamReader(new ByteArrayInputStream(
                ("<X509Certificate>" + text + "</X509Certificate>").getBytes(StandardCharsets.UTF_8)));
        reader.nextTag();
        return recent.decode(reader);
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
