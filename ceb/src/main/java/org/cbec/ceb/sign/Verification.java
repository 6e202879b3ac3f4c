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
 */
public record Verification(boolean valid, String reason, X509Certificate certificate, SignatureAlgorithm algorithm,
                           String keyName) {

    static Verification failed(String reason) {
        return new Verification(false, reason, null, null, null);
    }

    static Verification failed(String reason, X509Certificate certificate, SignatureAlgorithm algorithm,
                               String keyName) {
        return new Verification(false, reason, certificate, algorithm, keyName);
    }
}
