package org.cbec.ceb.sign;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Self-signed RSA 2048 and SM2 keys and certificates, for tests, demos and benchmarks. Real signing keys are issued
 * by China E-Port on an IC card, UKey or signing server; these only stand in for them.
 */
public final class SelfSignedKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SelfSignedKeys() {
    }

    public static KeyMaterial rsa(String commonName) {
        return generate(false, commonName);
    }

    public static KeyMaterial sm2(String commonName) {
        return generate(true, commonName);
    }

    private static KeyMaterial generate(boolean sm2, String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(sm2 ? "EC" : "RSA", XmlSecurity.provider());
            if (sm2) {
                generator.initialize(new ECGenParameterSpec("sm2p256v1"), RANDOM);
            } else {
                generator.initialize(2048, RANDOM);
            }
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName + ",O=cbec self-signed,C=CN");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(32, RANDOM).setBit(24), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), name, pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(XmlSecurity.provider())
                    .getCertificate(builder.build(new JcaContentSignerBuilder(sm2 ? "SM3withSM2" : "SHA256withRSA")
                            .setProvider(XmlSecurity.provider()).build(pair.getPrivate())));
            return new KeyMaterial(pair.getPrivate(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a self-signed key", e);
        }
    }

    /** Stores a key and its certificate in a PKCS#12 file. */
    public static Path writePkcs12(KeyMaterial key, Path file, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12", XmlSecurity.provider());
        store.load(null, null);
        store.setKeyEntry("signer", key.privateKey(), password, new X509Certificate[] {key.certificate()});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    /** A private key (or any object BouncyCastle writes) as PEM text. */
    public static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }
}
