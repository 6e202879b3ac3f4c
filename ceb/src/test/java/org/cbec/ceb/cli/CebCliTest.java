package org.cbec.ceb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cbec.ceb.Samples;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CebCliTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CebCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path sample(String number) throws Exception {
        return Files.write(dir.resolve("CEB" + number + "Message.xml"), Samples.bytes(number));
    }

    @Test
    void validatePrintsOneLinePerFileAndFailsIfAnyFails() throws Exception {
        Path good = sample("311");
        Path bad = sample("303");

        Run run = cli("validate", good.toString(), bad.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out.lines()).containsExactly("OK " + good + " CEB311",
                run.out.lines().toList().get(1));
        assertThat(run.out.lines().toList().get(1)).startsWith("ERROR " + bad + ": line ")
                .contains("/CEB303Message/BaseTransfer[2] [cvc-complex-type.2.4.a]");
    }

    @Test
    void validateAllGoodExitsZeroAndLenientSaysWhatItRepaired() throws Exception {
        Path bad = sample("303");

        Run run = cli("validate", "--lenient", sample("622").toString(), bad.toString());

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("OK " + bad + " CEB303");
        assertThat(run.err).contains("REPAIRED " + bad + ": /CEB303Message/BaseTransfer[2]");
    }

    @Test
    void roundtripPrintsTheWrittenMessage() throws Exception {
        Run run = cli("roundtrip", sample("411").toString());

        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ceb:CEB411Message");
    }

    @Test
    void signThenVerifyWithBothAlgorithms() throws Exception {
        KeyMaterial sm2 = SelfSignedKeys.sm2("cli");
        Path p12 = SelfSignedKeys.writePkcs12(sm2, dir.resolve("sm2.p12"), "pw".toCharArray());
        KeyMaterial rsa = SelfSignedKeys.rsa("cli");
        Path rsaP12 = SelfSignedKeys.writePkcs12(rsa, dir.resolve("rsa.p12"), "pw".toCharArray());
        Path message = sample("311");

        Run signedSm2 = cli("sign", "--key", p12.toString(), "--password", "pw", "--alg", "sm2-sm3", message.toString());
        Run signedRsa = cli("sign", "--key", rsaP12.toString(), "--password", "pw", message.toString());
        Path sm2File = Files.writeString(dir.resolve("sm2.xml"), signedSm2.out);
        Path rsaFile = Files.writeString(dir.resolve("rsa.xml"), signedRsa.out);

        assertThat(signedSm2.exit).as(signedSm2.err).isZero();
        assertThat(cli("verify", sm2File.toString()).out).startsWith("VALID " + sm2File + " sm2-sm3 certificate "
                + sm2.keyName());
        assertThat(cli("verify", rsaFile.toString()).out).startsWith("VALID " + rsaFile + " rsa-sha1");

        Path tampered = Files.writeString(dir.resolve("tampered.xml"),
                signedSm2.out.replaceFirst("<ceb:qty>\\d+</ceb:qty>", "<ceb:qty>999</ceb:qty>"));
        Run refused = cli("verify", tampered.toString());
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.out).startsWith("INVALID " + tampered + ": DigestValue does not match");
    }

    @Test
    void signWithAWrongPasswordSaysSo() throws Exception {
        Path p12 = SelfSignedKeys.writePkcs12(SelfSignedKeys.rsa("cli"), dir.resolve("rsa.p12"), "pw".toCharArray());

        Run run = cli("sign", "--key", p12.toString(), "--password", "wrong", sample("311").toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).startsWith("ERROR " + p12 + ": cannot load the key");
    }

    @Test
    void wrapThenUnwrapGivesTheMessageBack() throws Exception {
        Path message = sample("511");

        Run wrapped = cli("wrap", "--sender", "DXPENT0000458763", "--receiver", "DXPEDCCEB0000002",
                message.toString());
        Path envelope = Files.writeString(dir.resolve("envelope.xml"), wrapped.out);
        Run unwrapped = cli("unwrap", envelope.toString());

        assertThat(wrapped.exit).isZero();
        assertThat(wrapped.out).contains("<dxp:DxpMsg").contains("<dxp:SenderId>DXPENT0000458763</dxp:SenderId>");
        assertThat(unwrapped.exit).isZero();
        assertThat(unwrapped.out.getBytes(StandardCharsets.UTF_8)).isEqualTo(Samples.bytes("511"));
        assertThat(unwrapped.err).contains("SenderId=DXPENT0000458763").contains("MsgType=CEB511Message");
    }

    @Test
    void unwrapOpensADoubleWrappedTransportEnvelope() throws Exception {
        org.cbec.ceb.dxp.DxpEnvelope dxp = new org.cbec.ceb.dxp.DxpEnvelope();
        byte[] transport = dxp.wrapForTransport(dxp.wrap(Samples.bytes("511"), "DXPENT0000458763",
                java.util.List.of(), "COP-9", null), "DXPNODE120261130160000000000009", "DXPNODE1", "DXPNODE2");
        Path envelope = Files.write(dir.resolve("sv.xml"), transport);

        Run unwrapped = cli("unwrap", envelope.toString());

        assertThat(unwrapped.exit).as(unwrapped.err).isZero();
        assertThat(unwrapped.out.getBytes(StandardCharsets.UTF_8)).isEqualTo(Samples.bytes("511"));
        assertThat(unwrapped.err).contains("CopMsgId=COP-9");
    }

    @Test
    void everyCommandAnswersHelpWithExitZero() {
        for (String command : new String[] {"validate", "roundtrip", "sign", "verify", "wrap", "unwrap"}) {
            Run run = cli(command, "--help");
            assertThat(run.exit).as(command + " --help: " + run.err).isZero();
            assertThat(run.out).as(command).contains("Usage: ceb-cli " + command);
        }
    }

    @Test
    void verifyPrintsNoLibraryWarningsToStandardError() throws Exception {
        KeyMaterial key = SelfSignedKeys.sm2("cli");
        Path p12 = SelfSignedKeys.writePkcs12(key, dir.resolve("sm2.p12"), "pw".toCharArray());
        Run signed = cli("sign", "--key", p12.toString(), "--password", "pw", sample("311").toString());
        Path tampered = Files.writeString(dir.resolve("tampered.xml"),
                signed.out.replaceFirst("<ceb:goodsValue>\\d+</ceb:goodsValue>", "<ceb:goodsValue>1</ceb:goodsValue>"));
        // Santuario logs through the JDK's logging, whose console handler writes to standard error
        java.util.logging.Logger santuario = java.util.logging.Logger.getLogger("org.apache.xml.security");
        java.util.List<java.util.logging.LogRecord> published = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler recorder = new java.util.logging.Handler() {
            @Override public void publish(java.util.logging.LogRecord record) { published.add(record); }
            @Override public void flush() { }
            @Override public void close() { }
        };
        santuario.addHandler(recorder);
        try {
            Run refused = cli("verify", tampered.toString());

            assertThat(refused.out).startsWith("INVALID " + tampered + ": DigestValue does not match");
            assertThat(published).extracting(java.util.logging.LogRecord::getMessage).isEmpty();
        } finally {
            santuario.removeHandler(recorder);
        }
    }
}
