package org.cbec.app.registry.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cbec.app.registry.EnterpriseFiling;
import org.cbec.app.registry.Registry;
import org.cbec.app.registry.Role;
import org.cbec.app.registry.Sender;
import org.cbec.app.registry.domain.Enterprise;
import org.cbec.app.registry.persistence.EnterpriseRepository;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.cbec.ceb.sign.Certificates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Filing enterprises, their certificates and tokens; and the {@link Registry} other modules ask. */
@Service
public class EnterpriseService implements Registry {

    private final EnterpriseRepository repository;
    private final Clock clock;
    /*
     * Every message asks for its sender's token, roles and certificate, and every comparison for five codes'
     * roles: the answers are kept for a few seconds. A change on this node forgets them all when it commits;
     * a change on another node of a cluster takes effect here within the time they are kept.
     */
    private final Cache<String, Optional<Sender>> senders;
    private final Cache<String, Set<Role>> roles;
    private final Cache<String, Boolean> certificates;

    public EnterpriseService(EnterpriseRepository repository, Clock clock,
                             @Value("${cbec.registry.cache-for:PT5S}") Duration cacheFor) {
        this.repository = repository;
        this.clock = clock;
        this.senders = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(100_000).build();
        this.roles = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(100_000).build();
        this.certificates = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(100_000).build();
    }

    /** What a filing carries: the JSON body of POST and PUT /api/v1/enterprises. */
    public record Filing(String code, String name, Set<Role> roles, String dxpId, List<String> certificates,
                         String webhookUrl) {
    }

    /** Files an enterprise and returns its new API token (shown once, stored only as a hash). */
    @Transactional
    public String file(Filing filing) {
        check(filing);
        forgetAfterCommit();
        String token = Tokens.generate();
        if (!repository.insert(enterprise(filing), Tokens.hash(token), clock.instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "enterprise-exists", "enterprise " + filing.code()
                    + " is already filed; PUT /api/v1/enterprises/" + filing.code() + " changes it");
        }
        for (String pem : filing.certificates() == null ? List.<String>of() : filing.certificates()) {
            addCertificate(filing.code(), pem);
        }
        return token;
    }

    @Transactional
    public Enterprise change(String code, Filing filing) {
        Filing changed = new Filing(code, filing.name(), filing.roles(), filing.dxpId(), filing.certificates(),
                filing.webhookUrl());
        check(changed);
        find(code);
        forgetAfterCommit();
        repository.update(enterprise(changed), clock.instant());
        for (String pem : filing.certificates() == null ? List.<String>of() : filing.certificates()) {
            addCertificate(code, pem);
        }
        return find(code);
    }

    public boolean exists(String code) {
        return repository.exists(code);
    }

    public Enterprise find(String code) {
        return repository.find(code).orElseThrow(() -> Refusal.notFound("no enterprise " + code));
    }

    @Transactional
    public String newToken(String code) {
        find(code);
        forgetAfterCommit();
        String token = Tokens.generate();
        repository.replaceToken(code, Tokens.hash(token), clock.instant());
        return token;
    }

    @Transactional
    public Enterprise.Certificate addCertificate(String code, String pem) {
        find(code);
        forgetAfterCommit();
        X509Certificate certificate;
        try {
            certificate = Certificates.fromPem(pem);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw Refusal.invalid("certificate", "certificates: not a PEM X.509 certificate ("
                    + e.getMessage() + ")");
        }
        String sha256 = sha256(certificate);
        long id = repository.addCertificate(code, Certificates.serialHex(certificate), sha256,
                toPem(certificate), clock.instant());
        return new Enterprise.Certificate(id, Certificates.serialHex(certificate), sha256, toPem(certificate), false);
    }

    @Transactional
    public void revokeCertificate(String code, long id) {
        forgetAfterCommit();
        if (!repository.revokeCertificate(code, id, clock.instant())) {
            throw Refusal.notFound("enterprise " + code + " has no certificate " + id + " in force");
        }
    }

    @Override
    public Optional<Sender> authenticate(String token) {
        return senders.get(Tokens.hash(token), hash -> repository.codeByTokenHash(hash)
                .flatMap(repository::find).map(e -> new Sender(e.code(), e.name(), e.roles(), e.dxpId())));
    }

    @Override
    public boolean isRegistered(String code, Role role) {
        return code != null && roles.get(code, repository::roles).contains(role);
    }

    @Override
    public java.util.Map<String, String> webhooks() {
        return repository.webhooks();
    }

    @Override
    public boolean holdsCertificate(String code, X509Certificate certificate) {
        String sha256 = sha256(certificate);
        return certificates.get(code + " " + sha256, key -> repository.holdsCertificate(code, sha256));
    }

    @Override
    public Optional<EnterpriseFiling> filing(String code) {
        return repository.find(code).map(EnterpriseService::filing);
    }

    @Override
    public java.util.List<EnterpriseFiling> filings(int offset, int limit) {
        return repository.codes(offset, limit).stream().map(repository::find).flatMap(Optional::stream)
                .map(EnterpriseService::filing).toList();
    }

    private static EnterpriseFiling filing(Enterprise e) {
        return new EnterpriseFiling(e.code(), e.name(), e.roles(), e.dxpId(), e.webhookUrl(), e.certificates()
                .stream().map(c -> new EnterpriseFiling.CertificateOnFile(c.id(), c.serialHex(), c.sha256(),
                        c.revoked())).toList());
    }

    /** A filing changed: what was kept is forgotten once the change is committed (at once outside one). */
    private void forgetAfterCommit() {
        Runnable forget = () -> {
            senders.invalidateAll();
            roles.invalidateAll();
            certificates.invalidateAll();
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forget.run();
            }
        });
    }

    private static void check(Filing filing) {
        List<String> problems = Enterprise.problems(filing.code(), filing.name(), filing.roles(), filing.dxpId(),
                filing.webhookUrl());
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-filing", String.join("; ", problems)).with("errors", problems);
        }
    }

    private static Enterprise enterprise(Filing filing) {
        return new Enterprise(filing.code(), filing.name(), filing.roles(), filing.dxpId(),
                filing.webhookUrl() == null || filing.webhookUrl().isBlank() ? null : filing.webhookUrl(), List.of());
    }

    private static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toPem(X509Certificate certificate) {
        try {
            return Certificates.toPem(certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
