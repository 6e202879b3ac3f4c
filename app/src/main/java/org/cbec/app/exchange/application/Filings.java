package org.cbec.app.exchange.application;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cbec.app.exchange.domain.Attachment;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.domain.EnterpriseFiling;
import org.cbec.app.exchange.domain.FilingReview;
import org.cbec.app.exchange.persistence.DatasetRepository;
import org.cbec.app.exchange.persistence.FilingRepository;
import org.cbec.app.registry.EnterpriseApproved;
import org.cbec.app.registry.Role;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One filing, shared (一次备案，多部门共享): an enterprise files once and follows it with a token of its own; market
 * regulation, customs, tax and FX each review their part and approve it or return it saying what to correct; the
 * enterprise corrects and the returned parts are reviewed again. Customs' approval files the enterprise in the
 * registry (an event, delivered before the answer).
 */
@Service
public class Filings {

    /** The business licence scan: the attachment market regulation reviews. */
    public static final String BUSINESS_LICENCE = "business-licence";

    private final FilingRepository filings;
    private final ApplicationEventPublisher events;
    private final EventDelivery delivery;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final DatasetRepository records;

    Filings(FilingRepository filings, ApplicationEventPublisher events, EventDelivery delivery,
            TransactionTemplate transactions, Clock clock, DatasetRepository records) {
        this.records = records;
        this.filings = filings;
        this.events = events;
        this.delivery = delivery;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A filing made: its number, and the token its applicant follows it with (shown once). */
    public record Submitted(long id, String token) {
    }

    /** An attachment as listed: what it is, never its content. */
    public record AttachmentView(String kind, String contentType, int sizeBytes, String sha256, Instant addedAt) {
    }

    /** A step of a filing's history. */
    public record Step(String what, String who, String detail, Instant at) {
    }

    /** A filing with each department's review, its attachments and its history. */
    public record View(long id, EnterpriseFiling filing, List<FilingReview> reviews,
                       List<AttachmentView> attachments, List<Step> history, Instant submittedAt,
                       Instant updatedAt) {
    }

    public Submitted submit(EnterpriseFiling filing) {
        check(filing);
        String token = Tokens.generate();
        long id = transactions.execute(status -> {
            Instant now = clock.instant();
            long filed = filings.insert(filing.uscc(), filing.customsCode(), Datasets.JSON.writeValueAsString(filing),
                    Tokens.hash(token), now).orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "filing-exists",
                    "uscc: " + filing.uscc() + " has filed already; its applicant corrects that filing"));
            FilingReview.REVIEWERS.forEach(department -> filings.review(filed, new FilingReview(department,
                    FilingReview.Status.PENDING, null, null, null, now)));
            filings.event(filed, "SUBMITTED", "applicant", filing.name(), now);
            return filed;
        });
        return new Submitted(id, token);
    }

    /** The filing the applicant's token follows. */
    public Optional<Long> ofApplicant(String token) {
        return token == null || token.isBlank() ? Optional.empty() : filings.byTokenHash(Tokens.hash(token));
    }

    public View view(long id) {
        FilingRepository.StoredFiling stored = filings.find(id).orElseThrow(() -> Refusal.notFound("no filing "
                + id));
        return new View(id, Datasets.JSON.readValue(stored.body(), EnterpriseFiling.class), filings.reviews(id),
                filings.attachments(id).stream().map(a -> new AttachmentView(a.kind(), a.contentType(),
                        a.sizeBytes(), a.sha256(), a.addedAt())).toList(),
                filings.events(id).stream().map(e -> new Step(e.what(), e.who(), e.detail(), e.at())).toList(),
                stored.submittedAt(), stored.updatedAt());
    }

    /** Attaches a scan, checked by its content: a PDF, PNG or JPEG as it claims, at most 5 MiB. */
    public AttachmentView attach(long id, String kind, String contentType, byte[] content) {
        if (!BUSINESS_LICENCE.equals(kind)) {
            throw Refusal.notFound("no attachment '" + kind + "'; a filing takes " + BUSINESS_LICENCE);
        }
        Attachment.problem(contentType, content).ifPresent(problem -> {
            throw Refusal.invalid("invalid-attachment", problem);
        });
        String sha256 = sha256(content);
        return transactions.execute(status -> {
            Instant now = clock.instant();
            filings.lock(id).orElseThrow(() -> Refusal.notFound("no filing " + id));
            filings.attachment(id, kind, Attachment.of(content).orElseThrow().contentType(), content, sha256, now);
            filings.event(id, "ATTACHED", "applicant", kind + " sha256 " + sha256, now);
            return new AttachmentView(kind, Attachment.of(content).orElseThrow().contentType(), content.length,
                    sha256, now);
        });
    }

    /** The applicant corrects the filing: the parts returned are reviewed again; the credit code stays. */
    public View correct(long id, EnterpriseFiling corrected) {
        check(corrected);
        transactions.executeWithoutResult(status -> {
            FilingRepository.StoredFiling stored = filings.lock(id).orElseThrow(() -> Refusal.notFound(
                    "no filing " + id));
            if (!stored.uscc().equals(corrected.uscc())) {
                throw Refusal.invalid("invalid-filing", "uscc: a filing keeps its credit code " + stored.uscc()
                        + "; another code files anew");
            }
            Instant now = clock.instant();
            filings.update(id, corrected.customsCode(), Datasets.JSON.writeValueAsString(corrected), now);
            List<String> again = filings.reviews(id).stream()
                    .filter(r -> r.status() == FilingReview.Status.RETURNED).map(FilingReview::department).toList();
            again.forEach(department -> filings.review(id, new FilingReview(department, FilingReview.Status.PENDING,
                    null, null, null, now)));
            filings.event(id, "CORRECTED", "applicant", again.isEmpty() ? null : "reviewed again by " + again, now);
        });
        return view(id);
    }

    /**
     * A department decides its part: only a pending part (409 otherwise: decided already, or by another at the
     * same moment); market regulation needs the business licence attached; customs' approval files the
     * enterprise in the registry.
     */
    public View decide(long id, String department, String decision, String reason, String fxClass,
                       String reviewer) {
        String problem = FilingReview.problem(department, decision, reason, fxClass);
        if (problem != null) {
            throw Refusal.invalid("invalid-review", problem);
        }
        delivery.inTransaction(transactions, () -> {
            FilingRepository.StoredFiling stored = filings.lock(id).orElseThrow(() -> Refusal.notFound(
                    "no filing " + id));
            FilingReview current = filings.reviews(id).stream().filter(r -> r.department().equals(department))
                    .findFirst().orElseThrow();
            if (current.status() != FilingReview.Status.PENDING) {
                throw new Refusal(Refusal.Kind.CONFLICT, "review-decided", department + " has decided filing " + id
                        + " already (" + current.status() + "); a correction by the applicant opens it again");
            }
            boolean approve = "APPROVE".equals(decision);
            if (approve && "MARKET".equals(department) && filings.attachments(id).stream()
                    .noneMatch(a -> BUSINESS_LICENCE.equals(a.kind()))) {
                throw Refusal.invalid("invalid-review", "attachment: market regulation approves the business "
                        + "licence, and none is attached");
            }
            Instant now = clock.instant();
            filings.review(id, new FilingReview(department, approve ? FilingReview.Status.APPROVED
                    : FilingReview.Status.RETURNED, reason, approve && "FX".equals(department) ? fxClass : null,
                    reviewer, now));
            filings.event(id, approve ? "APPROVED" : "RETURNED", department, reason, now);
            if (approve && "CUSTOMS".equals(department)) {
                EnterpriseFiling filing = Datasets.JSON.readValue(stored.body(), EnterpriseFiling.class);
                events.publishEvent(new EnterpriseApproved(filing.customsCode(), filing.name(), filing.roles()
                        .stream().map(Role::valueOf).collect(Collectors.toSet()), filing.uscc()));
                approved(filing, now);
            }
            return null;
        });
        return view(id);
    }

    /** An enterprise customs approved: market regulation's {@code enterprises} dataset (no contact, no account). */
    private void approved(EnterpriseFiling filing, Instant now) {
        java.util.Map<String, Object> record = new java.util.LinkedHashMap<>();
        record.put("customsCode", filing.customsCode());
        record.put("uscc", filing.uscc());
        record.put("name", filing.name());
        record.put("legalRepresentative", filing.legalRepresentative());
        record.put("address", filing.address());
        record.put("businessScope", filing.businessScope());
        record.put("roles", filing.roles().stream().sorted().toList());
        record.put("approvedAt", now.toString());
        records.append(Dataset.ENTERPRISES.wireName(), filing.uscc(), filing.customsCode(), Feeds.json(record), now);
    }

    /** A department's queue: the filings whose part stands in this status, oldest first, a page. */
    public Paging.Shown<View> queue(String department, FilingReview.Status status, Integer page) {
        return Paging.of(page).read((offset, limit) -> filings.queue(department, status, offset, limit).stream()
                .map(f -> view(f.id())).toList());
    }

    private static void check(EnterpriseFiling filing) {
        if (filing == null) {
            throw Refusal.invalid("invalid-filing", "the filing: a JSON object with uscc, customsCode, name ...");
        }
        List<String> problems = filing.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-filing", String.join("; ", problems));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
