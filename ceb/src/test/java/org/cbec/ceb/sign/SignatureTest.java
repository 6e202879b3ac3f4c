package org.cbec.ceb.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignatureTest {

    static final KeyMaterial RSA = SelfSignedKeys.rsa("rsa signer");
    static final KeyMaterial SM2 = SelfSignedKeys.sm2("sm2 signer");

    private final CebSigner signer = new CebSigner();
    private final CebVerifier verifier = new CebVerifier();
    private final CebReader reader = new CebReader();

    static byte[] unsigned(String number) {
        String xml = new String(Samples.bytes(number), StandardCharsets.UTF_8);
        return xml.replaceAll("(?s)<ds:Signature.*</ds:Signature>\\s*", "").getBytes(StandardCharsets.UTF_8);
    }

    static KeyMaterial keyFor(SignatureAlgorithm algorithm) {
        return algorithm.isSm2() ? SM2 : RSA;
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signedInventoryVerifiesAndValidatesAgainstTheXsd(SignatureAlgorithm algorithm) throws Exception {
        byte[] signed = signer.sign(unsigned("621"), keyFor(algorithm), algorithm);

        Verification verification = verifier.verify(signed);
        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(verification.algorithm()).isEqualTo(algorithm);
        assertThat(verification.keyName()).isEqualTo(keyFor(algorithm).keyName());
        assertThat(verification.certificate()).isEqualTo(keyFor(algorithm).certificate());

        ReadResult read = reader.read(signed);
        assertThat(read.errors()).isEmpty();
        assertThat(read.message().type()).isEqualTo(MessageType.CEB621);

        String xml = new String(signed, StandardCharsets.UTF_8);
        assertThat(xml).contains("<ds:SignatureMethod Algorithm=\"" + algorithm.signatureMethod() + "\"")
                .contains("<ds:DigestMethod Algorithm=\"" + algorithm.digestMethod() + "\"")
                .contains("<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"")
                .contains("<ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"")
                .contains("<ds:Reference URI=\"\">")
                .containsPattern("(?s)<ds:KeyInfo>\\s*<ds:KeyName>" + keyFor(algorithm).keyName()
                        + "</ds:KeyName>\\s*<ds:X509Data>\\s*<ds:X509Certificate>");
        // import messages: the signature is the root's last child
        assertThat(xml.substring(xml.indexOf("</ds:Signature>")).trim())
                .isEqualTo("</ds:Signature></ceb:CEB621Message>");
    }

    @Test
    void sm2SignatureValueIsTheRaw64ByteRAndS() throws Exception {
        String xml = new String(signer.sign(unsigned("311"), SM2, SignatureAlgorithm.SM2_SM3), StandardCharsets.UTF_8);

        Matcher value = Pattern.compile("(?s)<ds:SignatureValue>(.*?)</ds:SignatureValue>").matcher(xml);
        assertThat(value.find()).isTrue();
        assertThat(Base64.getMimeDecoder().decode(value.group(1).trim())).hasSize(64);
    }

    @Test
    void exportSignatureGoesBeforeExtendMessage() throws Exception {
        // a minimal export declaration with an ExtendMessage: the 303 sample with its duplicate BaseTransfer removed
        String order = new String(Samples.bytes("303"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<ds:Signature.*</ds:Signature>\\s*", "")
                .replaceFirst("(?s)(<ceb:BaseTransfer>.*?</ceb:BaseTransfer>)\\s*<ceb:BaseTransfer>.*?</ceb:BaseTransfer>",
                        "$1<ceb:ExtendMessage><ceb:name>x</ceb:name><ceb:version>1</ceb:version>"
                                + "<ceb:Message><any>1</any></ceb:Message></ceb:ExtendMessage>");

        String signed = new String(signer.sign(order.getBytes(StandardCharsets.UTF_8), RSA), StandardCharsets.UTF_8);

        assertThat(signed.indexOf("</ds:Signature>")).isLessThan(signed.indexOf("<ceb:ExtendMessage>"));
        assertThat(verifier.verify(signed.getBytes(StandardCharsets.UTF_8)).valid()).isTrue();
    }

    @Test
    void ukeyClientSignatureOverCompactFormVerifiesWithWhitespaceRemovedAndSaysSo() throws Exception {
        byte[] sent = UkeyClientStyle.sign(unsigned("311"), SM2);
        String xml = new String(sent, StandardCharsets.UTF_8);
        assertThat(xml).contains("</ds:Signature>\n").containsPattern("<ds:SignedInfo>\\n\\t<ds:Canonicalization");

        Verification verification = verifier.verify(sent);

        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(verification.mode()).isEqualTo(Verification.Mode.WHITESPACE_BETWEEN_ELEMENTS_REMOVED);
        assertThat(reader.read(sent).errors()).isEmpty();
        // a signature that holds as sent says so
        assertThat(verifier.verify(signer.sign(unsigned("311"), SM2)).mode()).isEqualTo(Verification.Mode.STRICT);
    }

    @Test
    void whitespaceModeStillRefusesChangedContent() throws Exception {
        String sent = new String(UkeyClientStyle.sign(unsigned("311"), SM2), StandardCharsets.UTF_8);

        Verification verification = verifier.verify(sent.replaceFirst("<ceb:goodsValue>[^<]*</ceb:goodsValue>",
                "<ceb:goodsValue>1</ceb:goodsValue>").getBytes(StandardCharsets.UTF_8));

        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).startsWith("DigestValue does not match the message");
    }

    /** Signs an inventory, changes the signed text, and returns the verifier's refusal. */
    private Verification refusalAfter(KeyMaterial key, UnaryOperator<String> tamper) throws Exception {
        String signed = new String(signer.sign(unsigned("621"), key), StandardCharsets.UTF_8);
        Verification verification = verifier.verify(tamper.apply(signed).getBytes(StandardCharsets.UTF_8));
        assertThat(verification.valid()).isFalse();
        return verification;
    }

    @Test
    void changedContentFailsOnTheDigest() throws Exception {
        Verification verification = refusalAfter(SM2,
                xml -> xml.replaceFirst("<ceb:price>20</ceb:price>", "<ceb:price>2</ceb:price>"));

        assertThat(verification.reason()).startsWith("DigestValue does not match the message");
    }

    @Test
    void changedSignatureValueFailsOnTheSignature() throws Exception {
        Verification verification = refusalAfter(RSA, xml -> {
            Matcher value = Pattern.compile("(?s)<ds:SignatureValue>(.*?)</ds:SignatureValue>").matcher(xml);
            assertThat(value.find()).isTrue();
            byte[] bytes = Base64.getMimeDecoder().decode(value.group(1).trim());
            bytes[10] ^= 1;
            return xml.substring(0, value.start(1)) + Base64.getEncoder().encodeToString(bytes)
                    + xml.substring(value.end(1));
        });

        assertThat(verification.reason()).startsWith("SignatureValue does not verify");
    }

    @Test
    void certificateOfAnotherKeyFails() throws Exception {
        KeyMaterial other = SelfSignedKeys.rsa("someone else");
        String otherCertificate = Base64.getEncoder().encodeToString(other.certificate().getEncoded());

        Verification verification = refusalAfter(RSA, xml -> xml.replaceFirst(
                "(?s)<ds:X509Certificate>.*?</ds:X509Certificate>",
                "<ds:X509Certificate>" + otherCertificate + "</ds:X509Certificate>"));

        assertThat(verification.reason()).startsWith("SignatureValue does not verify");
        assertThat(verification.certificate()).isEqualTo(other.certificate());
    }

    @Test
    void referenceToPartOfTheMessageIsRefused() throws Exception {
        Verification verification = refusalAfter(RSA,
                xml -> xml.replace("<ds:Reference URI=\"\">", "<ds:Reference URI=\"#part\">"));

        assertThat(verification.reason()).contains("URI=\"\"");
    }

    @Test
    void unsignedMessageAndGarbageAreAnsweredNotThrown() {
        assertThat(verifier.verify(unsigned("311")).reason()).contains("no ds:Signature");
        assertThat(verifier.verify("not xml".getBytes(StandardCharsets.UTF_8)).reason()).contains("not well-formed");
        assertThat(verifier.verify(new byte[0]).valid()).isFalse();
    }

    @Test
    void officialSampleSignatureIsReportedNotThrown() {
        // the sample's certificate holds an RSA key while its SignatureMethod says sm2-sm3: it cannot verify
        Verification verification = verifier.verify(Samples.bytes("621"));

        assertThat(verification.valid()).isFalse();
        assertThat(verification.reason()).isNotBlank();
        assertThat(verification.keyName()).isEqualTo("0001");
    }

    @Test
    void keyMustFitTheAlgorithm() {
        assertThatThrownBy(() -> signer.sign(unsigned("311"), RSA, SignatureAlgorithm.SM2_SM3))
                .isInstanceOf(SigningException.class).hasMessageContaining("RSA key cannot sign with sm2-sm3");
    }

    @Test
    void keysLoadFromPkcs12AndPem(@TempDir Path dir) throws Exception {
        char[] password = "secret".toCharArray();
        KeyMaterial fromP12 = KeyMaterial.fromPkcs12(SelfSignedKeys.writePkcs12(SM2, dir.resolve("sm2.p12"), password),
                password);
        Path keyPem = Files.writeString(dir.resolve("rsa.key"), SelfSignedKeys.pem(RSA.privateKey()));
        Path certPem = Files.writeString(dir.resolve("rsa.crt"), Certificates.toPem(RSA.certificate()));
        KeyMaterial fromPem = KeyMaterial.fromPem(keyPem, certPem);

        assertThat(fromP12.certificate()).isEqualTo(SM2.certificate());
        assertThat(fromPem.certificate()).isEqualTo(RSA.certificate());
        assertThat(verifier.verify(signer.sign(unsigned("411"), fromP12)).valid()).isTrue();
        assertThat(verifier.verify(signer.sign(unsigned("411"), fromPem)).valid()).isTrue();
    }
}
