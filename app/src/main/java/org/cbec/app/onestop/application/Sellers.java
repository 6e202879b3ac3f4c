package org.cbec.app.onestop.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.onestop.domain.Review;
import org.cbec.app.onestop.domain.SellerApplication;
import org.cbec.app.onestop.persistence.SellerRepository;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sellers of the comprehensive service platform: a company or an individual signs up (checked field by field,
 * accepting the service agreement) and gets a token to follow its sign-up with; the platform's reviewers approve
 * it or return it with a reason; an approved seller works with the same token, and sees only its own data.
 */
@Service
public class Sellers {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final SellerRepository sellers;
    private final Clock clock;

    Sellers(SellerRepository sellers, Clock clock) {
        this.sellers = sellers;
        this.clock = clock;
    }

    /** A sign-up made: the seller's number and its token (shown once). */
    public record SignedUp(long id, String token) {
    }

    /** A seller as shown: its application, where its review stands. */
    public record View(long id, SellerApplication application, Review status, String reason, String reviewer,
                       Instant submittedAt, Instant decidedAt) {
    }

    public SignedUp signUp(SellerApplication application) {
        if (application == null) {
            throw Refusal.invalid("invalid-seller", "the sign-up: a JSON object with kind, uscc or idNumber, name ...");
        }
        List<String> problems = application.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-seller", String.join("; ", problems));
        }
        String token = Tokens.generate();
        long id = sellers.insert(application.kind().name(), application.identity(), JSON.writeValueAsString(
                application), Tokens.hash(token), clock.instant()).orElseThrow(() -> new Refusal(
                Refusal.Kind.CONFLICT, "seller-exists", application.identity() + " has signed up already"));
        return new SignedUp(id, token);
    }

    public Optional<View> byToken(String token) {
        return token == null ? Optional.empty() : sellers.byToken(Tokens.hash(token)).map(Sellers::view);
    }

    /** The approved seller behind a token: 401 for no seller's token, 403 while its sign-up is not approved. */
    public View approved(String token) {
        return requireApproved(byToken(token).orElseThrow(() -> Refusal.unauthenticated("a seller's token is "
                + "required")));
    }

    /** 403 while a seller's sign-up is not approved. */
    View requireApproved(View seller) {
        if (seller.status() != Review.APPROVED) {
            throw Refusal.forbidden("seller-not-approved", "the sign-up of seller " + seller.id() + " is "
                    + seller.status() + (seller.reason() == null ? "" : " (" + seller.reason() + ")")
                    + "; the platform works for approved sellers");
        }
        return seller;
    }

    public View view(long id) {
        return sellers.find(id).map(Sellers::view).orElseThrow(() -> Refusal.notFound("no seller " + id));
    }

    public Paging.Shown<View> queue(Review status, Integer page) {
        return Paging.of(page).read((offset, limit) -> sellers.inStatus(status.name(), offset, limit).stream()
                .map(Sellers::view).toList());
    }

    /** A new token for a seller (the old one stops working): a lost token, or the demo's start. */
    public String newToken(long id) {
        String token = Tokens.generate();
        if (!sellers.token(id, Tokens.hash(token))) {
            throw Refusal.notFound("no seller " + id);
        }
        return token;
    }

    /** The seller of a credit code or identity number. */
    public Optional<View> byIdentity(String identity) {
        return sellers.byIdentity(identity).map(Sellers::view);
    }

    /** A reviewer approves or returns a pending sign-up; 409 when it was decided already. */
    public View decide(long id, String decision, String reason, String reviewer) {
        return Reviewing.decide("seller", id, decision, reason, this::view, status -> sellers.decide(id,
                status.name(), reason, reviewer, clock.instant()));
    }

    private static View view(SellerRepository.StoredSeller s) {
        return new View(s.id(), JSON.readValue(s.body(), SellerApplication.class), Review.valueOf(s.status()),
                s.reason(), s.reviewer(), s.submittedAt(), s.decidedAt());
    }
}
