package org.cbec.ceb.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;

/** Parsing and naming X.509 certificates, SM2 ones included. */
public final class Certificates {

    private Certificates() {
    }

    /** Parses a DER certificate with BouncyCastle. */
    public static X509Certificate fromDer(byte[] der) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509", XmlSecurity.provider());
        return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
    }

    /** Parses a PEM certificate ({@code -----BEGIN CERTIFICATE-----}), or bare Base64 of its DER. */
    public static X509Certificate fromPem(String pem) throws GeneralSecurityException {
        String text = pem.trim();
        if (!text.startsWith("-----BEGIN")) {
            return fromDer(Base64.getMimeDecoder().decode(text));
        }
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object object = parser.readObject();
            if (object instanceof X509CertificateHolder holder) {
                return fromDer(holder.getEncoded());
            }
        } catch (IOException e) {
            throw new GeneralSecurityException("not a PEM certificate: " + e.getMessage(), e);
        }
        throw new GeneralSecurityException("not a PEM certificate");
    }

    /** The certificate as PEM text. */
    public static String toPem(X509Certificate certificate) throws GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    static X509Certificate toBc(X509Certificate certificate) throws GeneralSecurityException {
        return fromDer(certificate.getEncoded());
    }

    /** CEB certificates hold an RSA or an SM2 key (an elliptic-curve key on sm2p256v1). */
    public static boolean isSm2(X509Certificate certificate) {
        return !"RSA".equals(certificate.getPublicKey().getAlgorithm());
    }

    /** The serial number in lower-case hex with an even number of digits ({@code 01691fe9}). */
    public static String serialHex(X509Certificate certificate) {
        String hex = certificate.getSerialNumber().toString(16);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }
}
