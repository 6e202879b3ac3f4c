package org.cbec.ceb.sign;

import java.util.Arrays;
import java.util.Optional;

/**
 * The signature algorithms of CEB messages (CEB-SPEC.md §6), with the URIs written into {@code SignedInfo}.
 * SM2 appears under two URIs in practice: the spec's own (with the SM3 digest URI), and the
 * {@code xmldsig#sm2-sm3} form some signing clients write, with a SHA-1 reference digest.
 */
public enum SignatureAlgorithm {
    /** Older E-Port certificates. */
    RSA_SHA1("rsa-sha1", "http://www.w3.org/2000/09/xmldsig#rsa-sha1", "http://www.w3.org/2000/09/xmldsig#sha1"),
    /** The 202205 spec's URIs; mandatory for certificates issued from 2022-07-01. */
    SM2_SM3("sm2-sm3", "http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3",
            "http://www.chinaport.gov.cn/2022/04/xmldsig#sm3"),
    /** The URIs some E-Port signing clients write for SM2: an XML-DSig-namespaced method and a SHA-1 digest. */
    SM2_SM3_W3("sm2-sm3-w3", "http://www.w3.org/2000/09/xmldsig#sm2-sm3", "http://www.w3.org/2000/09/xmldsig#sha1");

    private final String cliName;
    private final String signatureMethod;
    private final String digestMethod;

    SignatureAlgorithm(String cliName, String signatureMethod, String digestMethod) {
        this.cliName = cliName;
        this.signatureMethod = signatureMethod;
        this.digestMethod = digestMethod;
    }

    /** The name on the command line: {@code rsa-sha1}, {@code sm2-sm3}, {@code sm2-sm3-w3}. */
    public String cliName() {
        return cliName;
    }

    public String signatureMethod() {
        return signatureMethod;
    }

    public String digestMethod() {
        return digestMethod;
    }

    public boolean isSm2() {
        return this != RSA_SHA1;
    }

    public static Optional<SignatureAlgorithm> byCliName(String name) {
        return Arrays.stream(values()).filter(a -> a.cliName.equalsIgnoreCase(name)).findFirst();
    }

    public static Optional<SignatureAlgorithm> bySignatureMethod(String uri) {
        return Arrays.stream(values()).filter(a -> a.signatureMethod.equals(uri)).findFirst();
    }

    /** The algorithm that suits a key: SM2 for an SM2 key, RSA-SHA1 for RSA. */
    public static SignatureAlgorithm forKey(KeyMaterial key) {
        return key.isSm2() ? SM2_SM3 : RSA_SHA1;
    }
}
