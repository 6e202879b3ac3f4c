package org.cbec.ceb.sign;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.cbec.ceb.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks the enveloped signature of a CEB message, and says why when it does not hold. Only the shape of
 * CEB-SPEC.md §6 is accepted: one {@code ds:Signature}, a child of the root, with one reference to the whole
 * document ({@code URI=""}) and no transform but enveloped-signature and C14N, so that a signature over some other
 * part of the message cannot be passed off as a signature over it. Thread-safe.
 *
 * <p>Widely used E-Port signing clients digest and sign the document and SignedInfo without the whitespace-only
 * text they then send (a newline after the signature, an indented SignedInfo signed in compact form). CEB content
 * is element-only, so such text between elements carries nothing: a signature that fails strictly is checked once
 * more with whitespace-only text between elements removed from the whole document, SignedInfo included, and the
 * outcome says which {@link Verification.Mode} held.
 *
 * <p>Most messages are plain XML signed in the plain shape: their signature is first checked without a DOM
 * ({@link PlainSignatureCheck}), which confirms it or leaves the message to the checks below.
 */
public final class CebVerifier {

    private static final Set<String> ALLOWED_TRANSFORMS = Set.of(Transforms.TRANSFORM_ENVELOPED_SIGNATURE,
            Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS);

    public CebVerifier() {
        XmlSecurity.init();
    }

    public Verification verify(byte[] xml) {
        Verification plain = PlainSignatureCheck.confirm(xml);
        return plain != null ? plain : verifyOnDom(xml);
    }

    /** The check on a DOM, which explains a refusal; the plain check is held to it. */
    Verification verifyOnDom(byte[] xml) {
        Document document;
        try {
            document = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            return Verification.failed("the message is not well-formed XML: " + e.getMessage());
        }
        Verification strict = verify(document);
        if (strict.valid() || strict.certificate() == null) {
            return strict;
        }
        try {
            Document compact = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            if (!SecureXml.removeWhitespaceBetweenElements(compact.getDocumentElement())) {
                return strict;
            }
            Verification normalised = verify(compact);
            return normalised.valid() ? normalised.withMode(Verification.Mode.WHITESPACE_BETWEEN_ELEMENTS_REMOVED)
                    : strict;
        } catch (Exception e) {
            return strict;
        }
    }

    private Verification verify(Document document) {
        List<Element> signatures = new ArrayList<>();
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && CebSigner.DSIG.equals(e.getNamespaceURI())
                    && "Signature".equals(e.getLocalName())) {
                signatures.add(e);
            }
        }
        if (signatures.isEmpty()) {
            return Verification.failed("the message carries no ds:Signature under its root element");
        }
        if (signatures.size() > 1) {
            return Verification.failed("the message carries " + signatures.size() + " signatures; one is expected");
        }
        return verify(signatures.get(0));
    }

    private Verification verify(Element element) {
        XMLSignature signature;
        try {
            signature = new XMLSignature(element, "", true);
        } catch (XMLSecurityException e) {
            return Verification.failed("the ds:Signature element is malformed: " + e.getMessage());
        }
        SignedInfo signedInfo = signature.getSignedInfo();
        String method = signedInfo.getSignatureMethodURI();
        SignatureAlgorithm algorithm = SignatureAlgorithm.bySignatureMethod(method).orElse(null);
        if (algorithm == null) {
            return Verification.failed("SignatureMethod " + method + " is not one of rsa-sha1 or sm2-sm3");
        }
        String keyName = keyName(signature);
        X509Certificate certificate;
        try {
            certificate = certificate(element);
        } catch (GeneralSecurityException e) {
            return Verification.failed("the X509Certificate in KeyInfo cannot be read: " + e.getMessage(),
                    null, algorithm, keyName);
        }
        if (certificate == null) {
            return Verification.failed("KeyInfo holds no X509Certificate", null, algorithm, keyName);
        }
        String shape = checkShape(signedInfo);
        if (shape != null) {
            return Verification.failed(shape, certificate, algorithm, keyName);
        }
        try {
            if (signature.checkSignatureValue(certificate.getPublicKey())) {
                return new Verification(true, null, certificate, algorithm, keyName);
            }
            boolean digestsHold = signedInfo.verify(false);
            return Verification.failed(digestsHold
                    ? "SignatureValue does not verify with the key of the certificate in KeyInfo (serial "
                            + Certificates.serialHex(certificate) + "): SignedInfo or SignatureValue was changed, "
                            + "or another key signed"
                    : "DigestValue does not match the message: its content was changed after it was signed",
                    certificate, algorithm, keyName);
        } catch (XMLSecurityException e) {
            return Verification.failed("the signature cannot be checked: " + e.getMessage(), certificate,
                    algorithm, keyName);
        }
    }

    private static String checkShape(SignedInfo signedInfo) {
        try {
            if (signedInfo.getLength() != 1) {
                return "SignedInfo must hold exactly one Reference, found " + signedInfo.getLength();
            }
            Reference reference = signedInfo.item(0);
            if (!"".equals(reference.getURI())) {
                return "the Reference must cover the whole message (URI=\"\"), found URI=\"" + reference.getURI()
                        + "\"";
            }
            Transforms transforms = reference.getTransforms();
            for (int i = 0; transforms != null && i < transforms.getLength(); i++) {
                String uri = transforms.item(i).getURI();
                if (!ALLOWED_TRANSFORMS.contains(uri)) {
                    return "Transform " + uri + " is not allowed in a CEB signature";
                }
            }
            return null;
        } catch (XMLSecurityException e) {
            return "SignedInfo is malformed: " + e.getMessage();
        }
    }

    private static String keyName(XMLSignature signature) {
        try {
            if (signature.getKeyInfo() != null && signature.getKeyInfo().lengthKeyName() > 0) {
                return signature.getKeyInfo().itemKeyName(0).getKeyName();
            }
        } catch (XMLSecurityException e) {
            return null;
        }
        return null;
    }

    /** Read with BouncyCastle: the JDK cannot parse SM2 certificates. */
    private static X509Certificate certificate(Element signature) throws GeneralSecurityException {
        var nodes = signature.getElementsByTagNameNS(CebSigner.DSIG, "X509Certificate");
        if (nodes.getLength() == 0) {
            return null;
        }
        return Certificates.fromDer(Base64.getMimeDecoder().decode(nodes.item(0).getTextContent().trim()));
    }
}
