package org.cbec.ceb.sign;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import org.apache.xml.security.c14n.Canonicalizer;
import org.cbec.ceb.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Messages signed the way widely used E-Port UKey clients sign them, for tests of the lenient verification. */
public final class UkeyClientStyle {

    private UkeyClientStyle() {
    }

    /**
     * What a widely used E-Port UKey client sends: the document digested and SignedInfo signed in compact form
     * (no whitespace between elements), then sent indented, with a newline after the signature.
     */
    public static byte[] sign(byte[] unsigned, KeyMaterial key) throws Exception {
        Document compact = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(unsigned));
        SecureXml.removeWhitespaceBetweenElements(compact.getDocumentElement());
        byte[] signed = new CebSigner().sign(SecureXml.toBytes(compact), key, SignatureAlgorithm.SM2_SM3);
        Document document = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(signed));
        SecureXml.removeWhitespaceBetweenElements(document.getDocumentElement());
        Element signedInfo = (Element) document.getElementsByTagNameNS(CebSigner.DSIG, "SignedInfo").item(0);
        Signature sm2 = Signature.getInstance("SM3withSM2", XmlSecurity.provider());
        sm2.initSign(key.privateKey());
        java.io.ByteArrayOutputStream canonical = new java.io.ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS).canonicalizeSubtree(signedInfo, canonical);
        sm2.update(canonical.toByteArray());
        document.getElementsByTagNameNS(CebSigner.DSIG, "SignatureValue").item(0)
                .setTextContent(Base64.getEncoder().encodeToString(Sm2Signatures.derToRaw(sm2.sign())));
        String xml = new String(SecureXml.toBytes(document), StandardCharsets.UTF_8)
                // a line break and a tab before every start tag and before an end tag that follows an end tag
                .replaceAll("(?<=>)(?=<[A-Za-z])", "\n\t").replaceAll("(?<=</[^>]{1,80}>)(?=</)", "\n")
                .replace("</ds:Signature>", "</ds:Signature>\n");
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
