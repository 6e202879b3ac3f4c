package org.cbec.ceb.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.Side;
import org.cbec.ceb.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Signs a CEB message as CEB-SPEC.md §6 says: an enveloped XML-DSig signature over the whole document
 * ({@code Reference URI=""}, enveloped-signature transform, inclusive C14N without comments), with the
 * certificate serial as {@code KeyName} and the certificate in {@code X509Data}. The signature is the root's last
 * child in import messages and comes before {@code ExtendMessage} in export messages (the XSDs differ there).
 * A signature already present is replaced. Thread-safe.
 */
public final class CebSigner {

    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    private static final Base64.Encoder LF_BASE64 = Base64.getMimeEncoder(76, new byte[] {'\n'});

    public CebSigner() {
        XmlSecurity.init();
    }

    public byte[] sign(byte[] xml, KeyMaterial key) throws SigningException {
        return sign(xml, key, SignatureAlgorithm.forKey(key));
    }

    public byte[] sign(byte[] xml, KeyMaterial key, SignatureAlgorithm algorithm) throws SigningException {
        if (algorithm.isSm2() != key.isSm2()) {
            throw new SigningException("a " + (key.isSm2() ? "SM2" : "RSA") + " key cannot sign with "
                    + algorithm.cliName());
        }
        Document document;
        try {
            document = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new SigningException("the message is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        removeSignatures(root);
        try {
            XMLSignature signature = new XMLSignature(document, "", algorithm.signatureMethod(),
                    Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS);
            root.insertBefore(signature.getElement(), signaturePosition(root));
            Transforms transforms = new Transforms(document);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            signature.addDocument("", transforms, algorithm.digestMethod());
            signature.getKeyInfo().addKeyName(key.keyName());
            X509Data x509 = new X509Data(document);
            x509.addCertificate(key.certificate());
            signature.getKeyInfo().add(x509);
            signature.sign(key.privateKey());
            rewrapBase64(signature.getElement());
        } catch (XMLSecurityException e) {
            throw new SigningException("signing failed: " + e.getMessage(), e);
        }
        return SecureXml.toBytes(document);
    }

    /**
     * Santuario wraps Base64 with CR LF, which a serialiser writes as {@code &#13;}. The samples wrap at 76
     * characters with LF only. Neither value is covered by the digest or the signature, so rewrapping is safe.
     */
    private static void rewrapBase64(Element signature) {
        for (String name : new String[] {"SignatureValue", "X509Certificate"}) {
            var nodes = signature.getElementsByTagNameNS(DSIG, name);
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                byte[] value = Base64.getMimeDecoder().decode(node.getTextContent());
                node.setTextContent("\n" + LF_BASE64.encodeToString(value) + "\n");
            }
        }
    }

    private static void removeSignatures(Element root) {
        for (Node n = root.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element e && DSIG.equals(e.getNamespaceURI()) && "Signature".equals(e.getLocalName())) {
                root.removeChild(n);
            }
            n = next;
        }
    }

    /** Export messages put the signature before ExtendMessage; import ones (and envelopes) last. */
    private static Node signaturePosition(Element root) {
        boolean export = MessageType.byRootElement(root.getLocalName())
                .map(type -> type.side() == Side.EXPORT).orElse(false);
        if (export) {
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "ExtendMessage".equals(e.getLocalName())) {
                    return n;
                }
            }
        }
        return null;
    }
}
