package org.cbec.ceb.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cbec.ceb.CebError;
import org.cbec.ceb.CebFormatException;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.ReadOptions;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.Repair;
import org.cbec.ceb.SchemaVersion;
import org.cbec.ceb.dxp.DxpEnvelope;
import org.cbec.ceb.sign.CebSigner;
import org.cbec.ceb.sign.CebVerifier;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SignatureAlgorithm;
import org.cbec.ceb.sign.SigningException;
import org.cbec.ceb.sign.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code java -jar ceb-cli.jar}: validate, round-trip, sign, verify, wrap and unwrap CEB messages. */
@Command(name = "ceb-cli", mixinStandardHelpOptions = true, version = "ceb-cli 0.1.0",
        description = "China Customs cross-border e-commerce (CEB) messages: validate, sign, wrap.",
        subcommands = {CebCli.Validate.class, CebCli.Roundtrip.class, CebCli.Sign.class, CebCli.Verify.class,
                CebCli.Wrap.class, CebCli.Unwrap.class})
public final class CebCli {

    /** Exit code of a file that fails its check. */
    static final int FAILED = 1;

    public static void main(String[] args) {
        // messages hold Chinese text: print UTF-8 whatever the platform's default
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Santuario's own warnings (a digest it expected, ...) would repeat on stderr what the command says. */
    private static final java.util.logging.Logger SANTUARIO =
            java.util.logging.Logger.getLogger("org.apache.xml.security");

    static int run(PrintWriter out, PrintWriter err, String... args) {
        SANTUARIO.setLevel(java.util.logging.Level.SEVERE);
        return new CommandLine(new CebCli()).setOut(out).setErr(err).execute(args);
    }

    abstract static class ReadingCommand {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--lenient", description = "repair the known defects of the official samples")
        boolean lenient;

        @Option(names = "--schema", defaultValue = "2022-05",
                description = "schema version: 2022-05 (default), 2018-trial, or any (202205, then 2018)")
        String schema;

        CebReader reader() {
            SchemaVersion version = switch (schema) {
                case "2022-05" -> SchemaVersion.V202205;
                case "2018-trial", "2018" -> SchemaVersion.V2018;
                case "any" -> null;
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        "--schema must be 2022-05, 2018-trial or any");
            };
            return new CebReader(ReadOptions.strict().withLenient(lenient).withVersion(version));
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /** Prints a message to standard output: success. */
        int print(byte[] xml) {
            out().print(new String(xml, StandardCharsets.UTF_8));
            out().flush();
            return 0;
        }

        /** Says why a file failed, on standard error: failure. */
        int fail(Path file, String reason) {
            err().println("ERROR " + file + ": " + reason);
            return FAILED;
        }

        static String errors(List<CebError> errors) {
            return errors.stream().map(CebError::toString).collect(Collectors.joining("; "));
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks each file against the XSD: OK <file> <type> or ERROR <file>: <errors>.")
    static final class Validate extends ReadingCommand implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        @Override
        public Integer call() {
            CebReader reader = reader();
            int exit = 0;
            for (Path file : files) {
                ReadResult result;
                try {
                    result = reader.read(Files.readAllBytes(file));
                } catch (IOException e) {
                    out().println("ERROR " + file + ": cannot read the file: " + e.getMessage());
                    exit = FAILED;
                    continue;
                }
                if (result.isOk()) {
                    out().println("OK " + file + " " + result.message().type());
                    for (Repair repair : result.message().repairs()) {
                        err().println("REPAIRED " + file + ": " + repair);
                    }
                } else {
                    out().println("ERROR " + file + ": " + errors(result.errors()));
                    exit = FAILED;
                }
            }
            return exit;
        }
    }

    @Command(name = "roundtrip", mixinStandardHelpOptions = true,
            description = "Reads a message and prints it as this library writes it.")
    static final class Roundtrip extends ReadingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            ReadResult result = reader().read(Files.readAllBytes(file));
            if (!result.isOk()) {
                return fail(file, errors(result.errors()));
            }
            return print(new CebWriter().write(result.message().body()));
        }
    }

    @Command(name = "sign", mixinStandardHelpOptions = true,
            description = "Signs a message (enveloped XML-DSig) and prints it.")
    static final class Sign extends ReadingCommand implements Callable<Integer> {
        @Option(names = "--key", required = true,
                description = "PKCS#12 file, or a PEM private key (then --cert names the certificate)")
        Path key;

        @Option(names = "--password", description = "password of the PKCS#12 file", defaultValue = "")
        String password;

        @Option(names = "--cert", description = "PEM certificate, with a PEM --key")
        Path certificate;

        @Option(names = "--alg", description = "rsa-sha1, sm2-sm3 or sm2-sm3-w3 (default: by the key)")
        String algorithm;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            KeyMaterial keyMaterial;
            try {
                keyMaterial = certificate != null ? KeyMaterial.fromPem(key, certificate)
                        : KeyMaterial.fromPkcs12(key, password.toCharArray());
            } catch (GeneralSecurityException | IOException e) {
                return fail(key, "cannot load the key: " + e.getMessage());
            }
            SignatureAlgorithm alg = algorithm == null ? SignatureAlgorithm.forKey(keyMaterial)
                    : SignatureAlgorithm.byCliName(algorithm).orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), "--alg must be rsa-sha1, sm2-sm3 or sm2-sm3-w3"));
            try {
                byte[] signed = new CebSigner().sign(Files.readAllBytes(file), keyMaterial, alg);
                return print(signed);
            } catch (SigningException e) {
                return fail(file, e.getMessage());
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks the signature of a message: exit 0 only if it holds.")
    static final class Verify extends ReadingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            Verification verification = new CebVerifier().verify(Files.readAllBytes(file));
            if (verification.valid()) {
                out().println("VALID " + file + " " + verification.algorithm().cliName() + " certificate "
                        + Certificates.serialHex(verification.certificate()) + " "
                        + verification.certificate().getSubjectX500Principal().getName());
                return 0;
            }
            out().println("INVALID " + file + ": " + verification.reason());
            return FAILED;
        }
    }

    @Command(name = "wrap", mixinStandardHelpOptions = true,
            description = "Wraps a message in a DXP envelope (DxpMsg) and prints it.")
    static final class Wrap extends ReadingCommand implements Callable<Integer> {
        @Option(names = "--sender", required = true, description = "sender DXP id")
        String sender;

        @Option(names = "--receiver", description = "receiver DXP id (default: the customs id of the message's side)")
        List<String> receivers = List.of();

        @Option(names = "--cop-msg-id", description = "the sender's message id (default: a new UUID)")
        String copMsgId;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            try {
                byte[] envelope = new DxpEnvelope(reader()).wrap(Files.readAllBytes(file), sender, receivers, copMsgId,
                        file.getFileName().toString());
                return print(envelope);
            } catch (CebFormatException e) {
                return fail(file, errors(e.errors()));
            }
        }
    }

    @Command(name = "unwrap", mixinStandardHelpOptions = true,
            description = "Prints the business message of a DXP envelope; transport data to stderr.")
    static final class Unwrap extends ReadingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            try {
                DxpEnvelope.Unwrapped opened = new DxpEnvelope(reader()).unwrap(Files.readAllBytes(file));
                err().println("CopMsgId=" + opened.copMsgId() + " SenderId=" + opened.senderId() + " ReceiverIds="
                        + String.join(",", opened.receiverIds()) + " MsgType=" + opened.msgType() + " CreatTime="
                        + opened.createTime());
                return print(opened.data());
            } catch (CebFormatException e) {
                return fail(file, errors(e.errors()));
            }
        }
    }
}
