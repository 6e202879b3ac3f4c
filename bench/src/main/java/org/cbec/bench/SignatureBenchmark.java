package org.cbec.bench;

import java.util.concurrent.TimeUnit;
import org.cbec.ceb.sign.CebSigner;
import org.cbec.ceb.sign.CebVerifier;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.cbec.ceb.sign.SignatureAlgorithm;
import org.cbec.ceb.sign.SigningException;
import org.cbec.ceb.sign.Verification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Sign and verify one CEB621 with 5 goods lines, RSA-SHA1 (2048-bit key) and SM2-SM3. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {

    @Param({"rsa-sha1", "sm2-sm3"})
    public String algorithm;

    private final CebSigner signer = new CebSigner();
    private final CebVerifier verifier = new CebVerifier();
    private SignatureAlgorithm alg;
    private KeyMaterial key;
    private byte[] unsigned;
    private byte[] signed;

    @Setup
    public void setUp() throws SigningException {
        alg = SignatureAlgorithm.byCliName(algorithm).orElseThrow();
        key = alg.isSm2() ? SelfSignedKeys.sm2("bench") : SelfSignedKeys.rsa("bench");
        unsigned = BenchMessages.bytes("CEB621-5");
        signed = signer.sign(unsigned, key, alg);
        if (!verifier.verify(signed).valid()) {
            throw new IllegalStateException("benchmark input does not verify");
        }
    }

    @Benchmark
    public byte[] sign() throws SigningException {
        return signer.sign(unsigned, key, alg);
    }

    @Benchmark
    public Verification verify() {
        return verifier.verify(signed);
    }
}
