package org.cbec.app.onestop.application;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cbec.app.onestop.domain.AgencyDeclaration;
import org.cbec.app.onestop.persistence.LinkRepository;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.sign.CebSigner;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The platform as an enterprise of the clearance platform: its SM2 key and certificate (from
 * {@code cbec.onestop.key-file} and {@code cbec.onestop.certificate-file} when set; else made at the first start and
 * kept in the database), the code, name and token it was filed with there (set by the staff once the e-port's
 * operator filed it with this certificate), and how it signs what it sends.
 */
@Service
public class ClearanceLink {

    private static final CebWriter WRITER = new CebWriter();

    private final LinkRepository links;
    private final Clock clock;
    private final String keyFile;
    private final String certificateFile;
    private final CebSigner signer = new CebSigner();
    private volatile KeyMaterial key;

    ClearanceLink(LinkRepository links, Clock clock, @Value("${cbec.onestop.key-file:}") String keyFile,
                  @Value("${cbec.onestop.certificate-file:}") String certificateFile) {
        this.links = links;
        this.clock = clock;
        this.keyFile = keyFile;
        this.certificateFile = certificateFile;
    }

    /** The platform's standing as the staff set it: who it is at the clearance platform and where it declares. */
    public record Settings(String code, String name, String token, String dxpId, String customsCode,
                           String portCode) {

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (code == null || !code.matches("[0-9A-Z]{10,18}")) {
                problems.add("code: the platform's filed code, 10 to 18 digits or capitals");
            }
            if (name == null || name.isBlank() || name.length() > 100) {
                problems.add("name: required, at most 100 characters");
            }
            if (token == null || token.isBlank() || token.length() > 200) {
                problems.add("token: the platform's API token at the clearance platform, required");
            }
            if (dxpId == null || !dxpId.matches("[0-9A-Z]{1,30}")) {
                problems.add("dxpId: the platform's DXP id, 1 to 30 capitals or digits");
            }
            if (customsCode == null || !customsCode.matches("\\d{4}")) {
                problems.add("customsCode: the 4-digit customs office it declares at (关区代码)");
            }
            if (portCode == null || !portCode.matches("\\d{4}")) {
                problems.add("portCode: the 4-digit port customs of export (口岸海关)");
            }
            return problems;
        }
    }

    /** What the staff see: the settings (never the token), the certificate to file, the webhook's path. */
    public record View(String code, String name, String dxpId, String customsCode, String portCode,
                       boolean linked, String certificate, String certificateSerial, String webhookPath) {
    }

    public View view() {
        Optional<LinkRepository.Link> link = links.link();
        KeyMaterial material = key();
        try {
            return new View(link.map(LinkRepository.Link::code).orElse(null),
                    link.map(LinkRepository.Link::name).orElse(null), link.map(LinkRepository.Link::dxpId)
                    .orElse(null), link.map(LinkRepository.Link::customsCode).orElse(null),
                    link.map(LinkRepository.Link::portCode).orElse(null), link.isPresent(),
                    Certificates.toPem(material.certificate()), Certificates.serialHex(material.certificate()),
                    "/api/v1/onestop/clearance/receipts/" + identity().webhookSecret());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the platform's certificate cannot be written as PEM", e);
        }
    }

    public View set(Settings settings) {
        if (settings == null) {
            throw Refusal.invalid("invalid-link", "the settings: a JSON object with code, name, token ...");
        }
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-link", String.join("; ", problems));
        }
        links.putLink(new LinkRepository.Link(settings.code(), settings.name(), settings.token(), settings.dxpId(),
                settings.customsCode(), settings.portCode(), clock.instant()));
        return view();
    }

    /** The platform at the clearance platform; 409 until the staff set it. */
    public LinkRepository.Link link() {
        return links.link().orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "not-linked", "the platform is "
                + "not yet linked to the clearance platform (PUT /api/v1/onestop/clearance)"));
    }

    public Optional<LinkRepository.Link> linked() {
        return links.link();
    }

    public AgencyDeclaration.Declarant declarant() {
        LinkRepository.Link link = link();
        return new AgencyDeclaration.Declarant(link.code(), link.name(), link.dxpId(), link.customsCode(),
                link.portCode());
    }

    /** Whether a webhook call carries the platform's secret. */
    public boolean webhookSecret(String secret) {
        return Tokens.matches(secret, identity().webhookSecret());
    }

    /** A message written and signed with the platform's key (SM2-SM3, enveloped). */
    public byte[] signed(Object message) {
        try {
            return signer.sign(WRITER.write(message), key());
        } catch (org.cbec.ceb.sign.SigningException e) {
            throw new IllegalStateException("the platform cannot sign " + message.getClass().getSimpleName(), e);
        }
    }

    KeyMaterial key() {
        KeyMaterial known = key;
        if (known == null) {
            try {
                known = keyFile.isBlank() ? KeyMaterial.fromPem(identity().keyPem(), identity().certificatePem())
                        : KeyMaterial.fromPem(Path.of(keyFile), Path.of(certificateFile));
            } catch (java.io.IOException | GeneralSecurityException e) {
                throw new IllegalStateException("the platform's signing key cannot be read", e);
            }
            key = known;
        }
        return known;
    }

    private LinkRepository.Identity identity() {
        return links.identity().orElseGet(() -> {
            KeyMaterial made = SelfSignedKeys.sm2("cbec onestop");
            try {
                links.insertIdentity(new LinkRepository.Identity(SelfSignedKeys.pem(made.privateKey()),
                        Certificates.toPem(made.certificate()), Tokens.generate()), clock.instant());
            } catch (java.io.IOException | GeneralSecurityException e) {
                throw new IllegalStateException("the platform's key cannot be written as PEM", e);
            }
            return links.identity().orElseThrow();
        });
    }
}
