package org.cbec.ceb.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * A signing key and its certificate, from a PKCS#12 file or PEM files. Keys are read with BouncyCastle, which,
 * unlike the JDK, knows the SM2 curve.
 */
public record KeyMaterial(PrivateKey privateKey, X509Certificate certificate) {

    /** The first key entry of a PKCS#12 file. */
    public static KeyMaterial fromPkcs12(Path file, char[] password) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromPkcs12(in, password);
        }
    }

    public static KeyMaterial fromPkcs12(InputStream in, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12", XmlSecurity.provider());
        store.load(in, password);
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                PrivateKey key = (PrivateKey) store.getKey(alias, password);
                X509Certificate cert = Certificates.toBc((X509Certificate) store.getCertificate(alias));
                return new KeyMaterial(key, cert);
            }
        }
        throw new GeneralSecurityException("the PKCS#12 file holds no private key");
    }

    /** A PEM private key (PKCS#8 or traditional) and a PEM certificate. */
    public static KeyMaterial fromPem(Path keyFile, Path certificateFile) throws IOException, GeneralSecurityException {
        return fromPem(Files.readString(keyFile, StandardCharsets.US_ASCII),
                Files.readString(certificateFile, StandardCharsets.US_ASCII));
    }

    public static KeyMaterial fromPem(String keyPem, String certificatePem) throws IOException, GeneralSecurityException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(XmlSecurity.provider());
        PrivateKey key;
        try (Reader reader = new java.io.StringReader(keyPem); PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            if (object instanceof PEMKeyPair pair) {
                key = converter.getKeyPair(pair).getPrivate();
            } else if (object instanceof PrivateKeyInfo info) {
                key = converter.getPrivateKey(info);
            } else {
                throw new GeneralSecurityException("the key file holds no unencrypted PEM private key");
            }
        }
        return new KeyMaterial(key, Certificates.fromPem(certificatePem));
    }

    /** The certificate serial in hex, as E-Port writes it into {@code KeyInfo/KeyName} (the "certNo"). */
    public String keyName() {
        return Certificates.serialHex(certificate);
    }

    public boolean isSm2() {
        return Certificates.isSm2(certificate);
    }
}
