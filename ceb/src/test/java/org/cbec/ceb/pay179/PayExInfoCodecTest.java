package org.cbec.ceb.pay179;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.cbec.ceb.Samples;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayExInfoCodecTest {

    private final PayExInfoCodec codec = new PayExInfoCodec();

    private static String sample(String name) {
        return new String(Samples.resourceBytes("/samples/179/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void signSourceIsExactlyTheSamples() {
        PayExchangeInfo info = codec.parse(sample("payExInfoStr-sample.json"));

        assertThat(codec.signSource(info)).isEqualTo(sample("sign-source-sample.txt"));
        assertThat(info.payExchangeInfoHead().totalAmount()).isEqualByComparingTo("2000");
        assertThat(info.payExchangeInfoLists()).singleElement().extracting(PayExchangeInfo.Line::orderNo)
                .isEqualTo("ord201808030001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa", "sm2"})
    void signedPayExInfoStrVerifies(String algorithm) throws Exception {
        KeyMaterial key = algorithm.equals("rsa") ? SelfSignedKeys.rsa("platform") : SelfSignedKeys.sm2("platform");
        PayExchangeInfo info = codec.parse(sample("payExInfoStr-sample.json"));

        String payExInfoStr = codec.payExInfoStr(info, key);

        assertThat(payExInfoStr).startsWith("{\"sessionID\":\"fe2374-8fnejf97-32839218\",\"payExchangeInfoHead\":{")
                .contains("\"certNo\":\"" + key.keyName() + "\"").doesNotContain("\n");
        assertThat(codec.verify(payExInfoStr, key.certificate())).isNull();
        assertThat(codec.parse(payExInfoStr)).isEqualTo(info);
    }

    @Test
    void changedAmountFailsVerification() throws Exception {
        KeyMaterial key = SelfSignedKeys.sm2("platform");
        String payExInfoStr = codec.payExInfoStr(codec.parse(sample("payExInfoStr-sample.json")), key);

        String tampered = payExInfoStr.replace("\"totalAmount\":2000", "\"totalAmount\":20");

        assertThat(codec.verify(tampered, key.certificate())).startsWith("signValue does not verify");
    }

    @Test
    void certNoMustBeTheRegisteredCertificate() throws Exception {
        KeyMaterial key = SelfSignedKeys.rsa("platform");
        String payExInfoStr = codec.payExInfoStr(codec.parse(sample("payExInfoStr-sample.json")), key);

        assertThat(codec.verify(payExInfoStr, SelfSignedKeys.rsa("other").certificate())).startsWith("certNo ");
        assertThat(codec.verify("{", key.certificate())).startsWith("payExInfoStr is not JSON");
        assertThat(codec.verify("{\"sessionID\":\"1\"}", key.certificate())).isEqualTo(
                "payExInfoStr lacks payExchangeInfoHead");
    }

    @Test
    void verificationUsesTheTextAsSent() throws Exception {
        KeyMaterial key = SelfSignedKeys.rsa("platform");
        PayExchangeInfo info = new PayExchangeInfo("s1", new PayExchangeInfo.Head("9D55BA71-22DE-41F4-8B50-C36C83B3B530",
                "req", "resp", "44069679AS", "4403160BUF", "T1", new BigDecimal("88.80"), "142", "3", "1",
                "20180705133320", "备注"), java.util.List.of(), "1533282603450");

        String payExInfoStr = codec.payExInfoStr(info, key);

        assertThat(payExInfoStr).contains("\"totalAmount\":88.80").contains("备注");
        assertThat(codec.verify(payExInfoStr, key.certificate())).isNull();
    }
}
