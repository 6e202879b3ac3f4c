package org.cbec.ceb.sign;

import java.security.cert.X509Certificate;

/**
 * The outcome of checking a message's signature.
 *
 * @param valid       the signature holds over the message as received
 * @param reason      why it does not hold (null when valid)
 * @param certificate the certificate from {@code KeyInfo}, when one could be read: the caller decides whether it
 *                    trusts it (the clearance platform checks it is registered to the sender)
 * @param algorithm   the algorithm named in {@code SignatureMethod}, when known
 * @param keyName     the {@code KeyInfo/KeyName}, or null
 * @param mode        how the message was read when the signature held
 */
public record Verification(boolean valid, String reason, X509Certificate certificate, SignatureAlgorithm algorithm,
                           String keyName, Mode mode) {

    /** How the signed content was taken when the signature was checked. */
    public enum Mode {
        /** byte for byte as received (canonicalised) */
        STRICT,
        /** with whitespace-only text between elements removed, as some E-Port signing clients sign */
        WHITESPACE_BETWEEN_ELEMENTS_REMOVED
    }

    public Verification(boolean valid, String reason, X509Certificate certificate, SignatureAlgorithm algorithm,
                        String keyName) {
        this(valid, reason, certificate, algorithm, keyName, Mode.STRICT);
    }

    Verification withMode(Mode newMode) {
        return new Verification(valid, reason, certificate, algorithm, keyName, newMode);
    }

    static Verification failed(String reason) {
        return new Verification(false, reason, null, null, null);
    }

    static Verification failed(String reason, X509Certificate certificate, SignatureAlgorithm algorithm,
                               String keyName) {
        return new Verification(false, reason, certificate, algorithm, keyName);
    }
}
