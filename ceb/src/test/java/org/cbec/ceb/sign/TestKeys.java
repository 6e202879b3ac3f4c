package org.cbec.ceb.sign;

import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and self-signed certificates made by the tests themselves: RSA 2048 and SM2 (sm2p256v1). */
public final class TestKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    public static KeyMaterial rsa(String commonName) {
        return generate("RSA", null, "SHA256withRSA", commonName);
    }

    public static KeyMaterial sm2(String commonName) {
        return generate("EC", new ECGenParameterSpec("sm2p256v1"), "SM3withSM2", commonName);
    }

    private static KeyMaterial generate(String algorithm, ECGenParameterSpec curve, String certSignature,
                                        String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, XmlSecurity.provider());
            if (curve != null) {
                generator.initialize(curve, RANDOM);
            } else {
                generator.initialize(2048, RANDOM);
            }
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName + ",O=cbec test,C=CN");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(32, RANDOM).setBit(24), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), name, pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(XmlSecurity.provider())
                    .getCertificate(builder.build(new JcaContentSignerBuilder(certSignature)
                            .setProvider(XmlSecurity.provider()).build(pair.getPrivate())));
            return new KeyMaterial(pair.getPrivate(), certificate);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test key", e);
        }
    }

    public static Path writePkcs12(KeyMaterial key, Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12", XmlSecurity.provider());
        store.load(null, null);
        store.setKeyEntry("signer", key.privateKey(), password, new X509Certificate[] {key.certificate()});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
        return file;
    }

    public static String pem(Object object) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }
}
