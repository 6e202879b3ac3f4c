package org.cbec.ceb.sign;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.transforms.Transforms;
import org.cbec.ceb.xml.SignedParts;

/**
 * The signature of a message in plain XML signed in the plain shape, checked from the canonical forms
 * {@link SignedParts} reads in one pass, without building a DOM: for the SM2 methods, inclusive C14N without
 * comments for SignedInfo, and the enveloped-signature transform alone or followed by that C14N. It only ever
 * confirms a signature: whatever it does not take, or finds not to hold, the DOM verifier checks again and
 * explains. One a thread.
 */
final class PlainSignatureCheck {

    /** Declarants' certificates, by their text in KeyInfo: about as many as sign at a peak, and then some. */
    private static final int CERTIFICATES_KEPT = 4096;
    private static final Map<String, Signer> SIGNERS = new ConcurrentHashMap<>();
    private static final ThreadLocal<PlainSignatureCheck> PER_THREAD = ThreadLocal.withInitial(
            PlainSignatureCheck::new);
    private static final String C14N = Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS;
    private static final List<List<String>> PLAIN_TRANSFORMS = List.of(
            List.of(Transforms.TRANSFORM_ENVELOPED_SIGNATURE),
            List.of(Transforms.TRANSFORM_ENVELOPED_SIGNATURE, C14N));

    /**
     * A certificate read once, with its key: BouncyCastle keeps what it precomputes for an SM2 verification on
     * the key's point, so a declarant's next message is checked with less work than its first.
     */
    private record Signer(X509Certificate certificate, PublicKey key) {
    }

    private final SignedParts reader = new SignedParts();
    private final MessageDigest sm3;
    private final MessageDigest sha1;
    private final Signature sm2;

    private PlainSignatureCheck() {
        try {
            sm3 = MessageDigest.getInstance("SM3", XmlSecurity.provider());
            sha1 = MessageDigest.getInstance("SHA-1");
            sm2 = Signature.getInstance("SM3withSM2", XmlSecurity.provider());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM2, SM3 or SHA-1 is missing", e);
        }
    }

    /** The verdict when the signature certainly holds, else null. */
    static Verification confirm(byte[] message) {
        return PER_THREAD.get().check(message);
    }

    private Verification check(byte[] message) {
        SignedParts.Parts parts = reader.read(message);
        if (parts == null || parts.certificate() == null || !C14N.equals(parts.canonicalizationMethod())
                || !PLAIN_TRANSFORMS.contains(parts.transforms())) {
            return null;
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.bySignatureMethod(parts.signatureMethod()).orElse(null);
        MessageDigest digest = SignatureAlgorithm.SM2_SM3.digestMethod().equals(parts.digestMethod()) ? sm3
                : SignatureAlgorithm.RSA_SHA1.digestMethod().equals(parts.digestMethod()) ? sha1 : null;
        if (algorithm == null || !algorithm.isSm2() || digest == null) {
            return null;
        }
        try {
            Base64.Decoder base64 = Base64.getMimeDecoder();
            if (!MessageDigest.isEqual(digest.digest(parts.document()), base64.decode(parts.digestValue()))) {
                return null;
            }
            Signer signer = signer(parts.certificate());
            sm2.initVerify(signer.key());
            sm2.update(parts.signedInfo());
            if (!sm2.verify(Sm2Signatures.toVerify(base64.decode(parts.signatureValue())))) {
                return null;
            }
            return new Verification(true, null, signer.certificate(), algorithm, parts.keyName());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        } finally {
            digest.reset();
        }
    }

    private static Signer signer(String text) throws GeneralSecurityException {
        Signer known = SIGNERS.get(text);
        if (known == null) {
            X509Certificate certificate = Certificates.fromDer(Base64.getMimeDecoder().decode(text.trim()));
            known = new Signer(certificate, certificate.getPublicKey());
            if (SIGNERS.size() >= CERTIFICATES_KEPT) {
                SIGNERS.clear();
            }
            SIGNERS.put(text, known);
        }
        return known;
    }
}
