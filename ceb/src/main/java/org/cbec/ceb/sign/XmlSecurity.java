package org.cbec.ceb.sign;

import java.security.Provider;
import java.security.Security;
import org.apache.xml.security.Init;
import org.apache.xml.security.algorithms.JCEMapper;
import org.apache.xml.security.exceptions.AlgorithmAlreadyRegisteredException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Sets Apache Santuario up once: its defaults, plus the SM3 digest and the SM2-with-SM3 signature under the URIs
 * of {@link SignatureAlgorithm}. SM3 digests come from BouncyCastle, added as the last JCA provider so that it
 * changes nothing the JDK already provides.
 */
public final class XmlSecurity {

    private static final Provider BC = bouncyCastle();
    private static volatile boolean initialised;

    private XmlSecurity() {
    }

    private static Provider bouncyCastle() {
        Provider installed = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (installed != null) {
            return installed;
        }
        Provider provider = new BouncyCastleProvider();
        Security.addProvider(provider);
        return provider;
    }

    /** The BouncyCastle provider (SM2, SM3, PKCS#12 with SM2 keys). */
    public static Provider provider() {
        return BC;
    }

    public static synchronized void init() {
        if (initialised) {
            return;
        }
        Init.init();
        JCEMapper.register(SignatureAlgorithm.SM2_SM3.digestMethod(),
                new JCEMapper.Algorithm("", "SM3", "MessageDigest"));
        register(SignatureAlgorithm.SM2_SM3.signatureMethod(), Sm2Sm3Signature.ChinaPort.class);
        register(SignatureAlgorithm.SM2_SM3_W3.signatureMethod(), Sm2Sm3Signature.W3.class);
        initialised = true;
    }

    private static void register(String uri, Class<? extends Sm2Sm3Signature> implementation) {
        JCEMapper.register(uri, new JCEMapper.Algorithm("EC", "SM3withSM2", "Signature"));
        try {
            org.apache.xml.security.algorithms.SignatureAlgorithm.register(uri, implementation);
        } catch (AlgorithmAlreadyRegisteredException e) {
            // registered by an earlier class loader use of this library: same implementation
        } catch (ReflectiveOperationException | org.apache.xml.security.signature.XMLSignatureException e) {
            throw new IllegalStateException("cannot register " + uri, e);
        }
    }
}
