package org.cbec.ceb.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.apache.xml.security.c14n.Canonicalizer;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.Samples;
import org.cbec.ceb.XsdMessages;
import org.cbec.ceb.xml.SecureXml;
import org.cbec.ceb.xml.SignedParts;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The signature check without a DOM is held to the DOM verifier: its canonical forms equal Santuario's byte for
 * byte, it confirms the plain messages, and it never confirms what the DOM verifier refuses, on crafted messages
 * and thousands of byte-level mutations of signed ones.
 */
class PlainSignatureCheckTest {

    private static final KeyMaterial SM2 = SelfSignedKeys.sm2("plain signer");
    private static final String DSIG_NS = " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"";
    /** A signature of the plain shape whose values are placeholders: enough to compare canonical forms. */
    private static final String PLACEHOLDER = "<ds:Signature" + DSIG_NS + ">\n<ds:SignedInfo>"
            + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>\n"
            + "<ds:SignatureMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3\"/>"
            + "<ds:Reference URI=\"\"><ds:Transforms><ds:Transform "
            + "Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/></ds:Transforms>"
            + "<ds:DigestMethod Algorithm=\"http://www.chinaport.gov.cn/2022/04/xmldsig#sm3\"/>"
            + "<ds:DigestValue>AAAA</ds:DigestValue></ds:Reference></ds:SignedInfo>"
            + "<ds:SignatureValue>AAAA</ds:SignatureValue><ds:KeyInfo><ds:KeyName>k</ds:KeyName><ds:X509Data>"
            + "<ds:X509Certificate>AAAA</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>";
    private static final String[] NASTY = {" ", "\t", "\n", "\r\n", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;",
        "<!-- c -->", " xmlns:x=\"urn:x\"", " xmlns=\"urn:d\"", " xmlns=\"\"", " a=\"1\"", " z=\"&#9;\"", "\"", ">",
        "<", "/", "=", "é", "中", "\uD834\uDD1E", "<![CDATA[x]]>", "&#x41;", "x", "0", "<ds:X/>", "</"};

    private final CebVerifier verifier = new CebVerifier();

    @Test
    void confirmsEverySignedSampleAndMessageTypeAsTheDomVerifierDoesWithTheSameCanonicalForms() throws Exception {
        List<byte[]> signed = signedMessages();
        for (byte[] message : signed) {
            Verification plain = PlainSignatureCheck.confirm(message);
            Verification dom = verifier.verifyOnDom(message);

            assertThat(dom.valid()).isTrue();
            assertThat(plain).isNotNull();
            assertThat(plain.certificate()).isEqualTo(dom.certificate());
            assertThat(plain.algorithm()).isEqualTo(dom.algorithm());
            assertThat(plain.keyName()).isEqualTo(dom.keyName()).isNotNull();
            assertThat(plain.mode()).isEqualTo(Verification.Mode.STRICT);
            assertSameCanonicalFormsAsSantuario(message);
        }
        assertThat(signed).hasSizeGreaterThan(40);
    }

    @Test
    void writesTheCanonicalFormsSantuarioWritesForEveryWayTheSubsetLetsAMessageBeWritten() throws Exception {
        String[] variants = {
            // declaration, BOM, comments around the root, attributes out of order, entities, tabs and line feeds in
            // attribute values (normalised to spaces by the parser), CR LF between elements
            "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- before -->\n<ceb:CEB311Message"
                + " version=\"1.0\" guid=\"a&amp;b&lt;c&gt;d&quot;e&apos;f\" xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" z=\"t\">\r\n"
                + "<ceb:Order><!-- in --><ceb:a>x &amp; y &lt; z &gt; w \"q\" 'a' 中文 \uD834\uDD1E</ceb:a>\r\n"
                + "<ceb:b/><ceb:c></ceb:c></ceb:Order>\r\n" + PLACEHOLDER + "\r\n</ceb:CEB311Message>\n<!-- after -->",
            // a default namespace, declarations repeated, changed and undone further in
            "<CEB311Message xmlns=\"http://www.chinaport.gov.cn/ceb\" xmlns:a=\"urn:a\"><Order"
                + " xmlns=\"http://www.chinaport.gov.cn/ceb\" xmlns:a=\"urn:a\" xmlns:b=\"urn:b\"><x xmlns:a=\"urn:other\""
                + " xmlns=\"\"><y xmlns=\"\"/></x></Order>" + PLACEHOLDER + "</CEB311Message>",
            // the signature in the default namespace, declared on the root, before an element after it
            "<ceb:CEB303Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"
                + "<ceb:Order/>" + PLACEHOLDER.replace("ds:", "").replace(DSIG_NS, "")
                + "<ceb:ExtendMessage><ceb:x>1</ceb:x></ceb:ExtendMessage></ceb:CEB303Message>",
            // declarations of the root the signature inherits, and one of its own
            "<ceb:CEB621Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" xmlns:b=\"urn:b\" xmlns:a=\"urn:a\">"
                + "<ceb:x>1</ceb:x>" + PLACEHOLDER.replace("<ds:SignedInfo>", "<ds:SignedInfo xmlns:c=\"urn:c\">")
                + "</ceb:CEB621Message>",
        };
        for (String variant : variants) {
            byte[] message = variant.getBytes(StandardCharsets.UTF_8);
            assertThat(new SignedParts().read(message)).as(variant).isNotNull();
            assertSameCanonicalFormsAsSantuario(message);
        }
    }

    @Test
    void confirmsNothingTheDomVerifierRefusesAndReadsEveryMutationItTakesAsSantuarioDoes() throws Exception {
        List<byte[]> signed = signedMessages();
        Random random = new Random(20261201);
        int confirmed = 0;
        int read = 0;
        for (int i = 0; i < 6000; i++) {
            byte[] mutated = mutate(signed.get(random.nextInt(signed.size())), random);
            Verification plain = PlainSignatureCheck.confirm(mutated);
            if (plain != null) {
                confirmed++;
                Verification dom = verifier.verifyOnDom(mutated);
                assertThat(dom.valid()).as(new String(mutated, StandardCharsets.UTF_8)).isTrue();
                assertThat(dom.mode()).isEqualTo(Verification.Mode.STRICT);
                assertThat(plain.certificate()).isEqualTo(dom.certificate());
            }
            if (new SignedParts().read(mutated) != null) {
                read++;
                assertSameCanonicalFormsAsSantuario(mutated);
            }
        }
        // whitespace between elements, a comment, a redundant declaration: changes the signature does not cover
        assertThat(confirmed).isGreaterThan(100);
        assertThat(read).isGreaterThan(confirmed);
    }

    @Test
    void aSignersCertificateIsReadOnceAndAnotherSignersIsNotMistakenForIt() throws Exception {
        CebSigner signer = new CebSigner();
        byte[] unsigned = XsdMessages.unsigned(MessageType.CEB621);
        Verification first = PlainSignatureCheck.confirm(signer.sign(unsigned, SM2));
        Verification second = PlainSignatureCheck.confirm(signer.sign(unsigned, SM2));
        KeyMaterial other = SelfSignedKeys.sm2("another signer");
        Verification third = PlainSignatureCheck.confirm(signer.sign(unsigned, other));

        assertThat(second.certificate()).isSameAs(first.certificate());
        assertThat(third.certificate()).isEqualTo(other.certificate()).isNotEqualTo(first.certificate());
        // the other signer's certificate with this signer's signature: the key of the certificate sent decides
        String forged = new String(signer.sign(unsigned, SM2), StandardCharsets.UTF_8).replaceAll(
                "(?s)<ds:X509Certificate>.*</ds:X509Certificate>", "<ds:X509Certificate>"
                        + Base64.getEncoder().encodeToString(other.certificate().getEncoded())
                        + "</ds:X509Certificate>");
        assertThat(PlainSignatureCheck.confirm(forged.getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(verifier.verify(forged.getBytes(StandardCharsets.UTF_8)).valid()).isFalse();
    }

    @Test
    void leavesToTheDomVerifierWhatIsNotPlainAndItStillExplains() throws Exception {
        byte[] message = XsdMessages.valid(MessageType.CEB621);
        String xml = new String(message, StandardCharsets.UTF_8);
        String[] notPlain = {
            xml.replace("<ds:SignatureValue>", "<ds:SignatureValue><!-- x -->x"),
            xml.replace("</ds:Signature>", "</ds:Signature>" + PLACEHOLDER),
            xml.replace("<ds:Reference URI=\"\">", "<ds:Reference URI=\"#x\">"),
            xml.replace("</ds:SignedInfo>", "<ds:Reference URI=\"\"/></ds:SignedInfo>"),
            xml.replace("</ds:KeyInfo>", "</ds:KeyInfo><ds:Object>x</ds:Object>"),
            xml.replace("enveloped-signature\"/>", "enveloped-signature\"/><ds:Transform "
                + "Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>"),
        };
        for (String variant : notPlain) {
            byte[] bytes = variant.getBytes(StandardCharsets.UTF_8);
            assertThat(PlainSignatureCheck.confirm(bytes)).as(variant).isNull();
            assertThat(verifier.verify(bytes)).isEqualTo(verifier.verifyOnDom(bytes));
        }
        byte[] changed = xml.replaceFirst(" guid=\"", " guid=\"X").getBytes(StandardCharsets.UTF_8);
        assertThat(changed).isNotEqualTo(message);
        assertThat(PlainSignatureCheck.confirm(changed)).isNull();
        assertThat(verifier.verify(changed).reason()).contains("DigestValue does not match");
    }

    private static List<byte[]> signedMessages() throws Exception {
        List<byte[]> signed = new ArrayList<>();
        CebSigner signer = new CebSigner();
        for (String number : Samples.valid().toList()) {
            signed.add(signer.sign(Samples.bytes(number), SM2));
        }
        for (MessageType type : MessageType.values()) {
            signed.add(signer.sign(XsdMessages.unsigned(type), SM2, SignatureAlgorithm.SM2_SM3_W3));
        }
        return signed;
    }

    private static void assertSameCanonicalFormsAsSantuario(byte[] message) throws Exception {
        SignedParts.Parts parts = new SignedParts().read(message);
        assertThat(parts).isNotNull();
        Document document = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(message));
        Element signature = null;
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && CebSigner.DSIG.equals(e.getNamespaceURI())
                    && "Signature".equals(e.getLocalName())) {
                signature = e;
            }
        }
        assertThat(signature).isNotNull();
        Element signedInfo = (Element) signature.getElementsByTagNameNS(CebSigner.DSIG, "SignedInfo").item(0);
        Canonicalizer c14n = Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS);
        ByteArrayOutputStream signedInfoForm = new ByteArrayOutputStream();
        c14n.canonicalizeSubtree(signedInfo, signedInfoForm);
        signature.getParentNode().removeChild(signature);
        ByteArrayOutputStream documentForm = new ByteArrayOutputStream();
        c14n.canonicalizeSubtree(document, documentForm);

        String text = new String(message, StandardCharsets.UTF_8);
        assertThat(new String(parts.signedInfo(), StandardCharsets.UTF_8)).as(text)
                .isEqualTo(signedInfoForm.toString(StandardCharsets.UTF_8));
        assertThat(new String(parts.document(), StandardCharsets.UTF_8)).as(text)
                .isEqualTo(documentForm.toString(StandardCharsets.UTF_8));
    }

    private static byte[] mutate(byte[] original, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int edits = 1 + random.nextInt(3);
        int last = 0;
        int at = random.nextInt(original.length);
        for (int e = 0; e < edits && at < original.length; e++) {
            out.write(original, last, at - last);
            if (random.nextInt(4) > 0) {
                out.writeBytes(NASTY[random.nextInt(NASTY.length)].getBytes(StandardCharsets.UTF_8));
            }
            last = Math.min(original.length, at + (random.nextBoolean() ? random.nextInt(3) : 0));
            at = Math.min(original.length, last + random.nextInt(300));
        }
        out.write(original, last, original.length - last);
        return out.toByteArray();
    }
}
