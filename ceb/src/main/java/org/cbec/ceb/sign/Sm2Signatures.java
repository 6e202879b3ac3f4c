package org.cbec.ceb.sign;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * SM2 signature encodings. JCA providers give and take DER ({@code SEQUENCE {r, s}}); E-Port's UKeys and signing
 * servers give the raw 64 bytes r||s, which is what goes on the wire here.
 */
public final class Sm2Signatures {

    public static final int RAW_LENGTH = 64;
    private static final int COMPONENT = RAW_LENGTH / 2;

    private Sm2Signatures() {
    }

    public static byte[] derToRaw(byte[] der) throws GeneralSecurityException {
        try {
            ASN1Sequence sequence = ASN1Sequence.getInstance(der);
            byte[] raw = new byte[RAW_LENGTH];
            copyUnsigned(ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue(), raw, 0);
            copyUnsigned(ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue(), raw, COMPONENT);
            return raw;
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not a DER SM2 signature", e);
        }
    }

    public static byte[] rawToDer(byte[] raw) throws GeneralSecurityException {
        if (raw.length != RAW_LENGTH) {
            throw new GeneralSecurityException("a raw SM2 signature has " + RAW_LENGTH + " bytes, not " + raw.length);
        }
        ASN1EncodableVector vector = new ASN1EncodableVector();
        vector.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, COMPONENT))));
        vector.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, COMPONENT, RAW_LENGTH))));
        try {
            return new DERSequence(vector).getEncoded();
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /** A SignatureValue as the JCA verifies it: the raw r||s of E-Port's clients, or DER as it came. */
    static byte[] toVerify(byte[] value) throws GeneralSecurityException {
        return value.length == RAW_LENGTH ? rawToDer(value) : value;
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > COMPONENT ? bytes.length - COMPONENT : 0;
        int length = bytes.length - start;
        System.arraycopy(bytes, start, target, offset + COMPONENT - length, length);
    }
}
