package org.cbec.ceb.sign;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.AlgorithmParameterSpec;
import org.apache.xml.security.algorithms.SignatureAlgorithmSpi;
import org.apache.xml.security.signature.XMLSignatureException;

/**
 * SM2 signatures over SM3 (GB/T 32918, default user id) for Santuario. The {@code SignatureValue} is the raw
 * 64-byte r||s that E-Port's UKey and signing server produce; a DER-encoded value is accepted when verifying.
 */
public abstract class Sm2Sm3Signature extends SignatureAlgorithmSpi {

    private Signature signature;

    protected Sm2Sm3Signature() {
        try {
            signature = Signature.getInstance("SM3withSM2", XmlSecurity.provider());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BouncyCastle lacks SM3withSM2", e);
        }
    }

    /** Under the 202205 spec's URI. */
    public static final class ChinaPort extends Sm2Sm3Signature {
        @Override
        protected String engineGetURI() {
            return SignatureAlgorithm.SM2_SM3.signatureMethod();
        }
    }

    /** Under the {@code xmldsig#sm2-sm3} URI of some signing clients. */
    public static final class W3 extends Sm2Sm3Signature {
        @Override
        protected String engineGetURI() {
            return SignatureAlgorithm.SM2_SM3_W3.signatureMethod();
        }
    }

    @Override
    protected String engineGetJCEAlgorithmString() {
        return "SM3withSM2";
    }

    @Override
    protected String engineGetJCEProviderName() {
        return XmlSecurity.provider().getName();
    }

    @Override
    protected void engineUpdate(byte[] input) throws XMLSignatureException {
        engineUpdate(input, 0, input.length);
    }

    @Override
    protected void engineUpdate(byte input) throws XMLSignatureException {
        engineUpdate(new byte[] {input}, 0, 1);
    }

    @Override
    protected void engineUpdate(byte[] buf, int offset, int len) throws XMLSignatureException {
        try {
            signature.update(buf, offset, len);
        } catch (GeneralSecurityException e) {
            throw new XMLSignatureException(e);
        }
    }

    @Override
    protected void engineInitSign(Key key) throws XMLSignatureException {
        engineInitSign(key, (SecureRandom) null);
    }

    @Override
    protected void engineInitSign(Key key, SecureRandom random) throws XMLSignatureException {
        if (!(key instanceof PrivateKey privateKey)) {
            throw new XMLSignatureException("empty", new Object[] {"SM2 signing needs a private key"});
        }
        try {
            if (random == null) {
                signature.initSign(privateKey);
            } else {
                signature.initSign(privateKey, random);
            }
        } catch (GeneralSecurityException e) {
            throw new XMLSignatureException(e);
        }
    }

    @Override
    protected void engineInitSign(Key key, AlgorithmParameterSpec spec) throws XMLSignatureException {
        engineInitSign(key, (SecureRandom) null);
    }

    @Override
    protected byte[] engineSign() throws XMLSignatureException {
        try {
            return Sm2Signatures.derToRaw(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new XMLSignatureException(e);
        }
    }

    @Override
    protected void engineInitVerify(Key key) throws XMLSignatureException {
        if (!(key instanceof PublicKey publicKey)) {
            throw new XMLSignatureException("empty", new Object[] {"SM2 verification needs a public key"});
        }
        try {
            signature.initVerify(publicKey);
        } catch (GeneralSecurityException e) {
            throw new XMLSignatureException(e);
        }
    }

    @Override
    protected boolean engineVerify(byte[] value) throws XMLSignatureException {
        try {
            return signature.verify(Sm2Signatures.toVerify(value));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    protected void engineSetParameter(AlgorithmParameterSpec params) {
        // SM2 takes the default user id 1234567812345678, as E-Port's clients do
    }

    @Override
    protected void engineSetHMACOutputLength(int length) throws XMLSignatureException {
        throw new XMLSignatureException("empty", new Object[] {"SM2 is not an HMAC"});
    }
}
