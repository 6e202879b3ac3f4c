package org.cbec.app.onestop.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cbec.app.onestop.domain.SellerRole;
import org.cbec.app.onestop.persistence.SellerUserRepository;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.springframework.stereotype.Service;

/**
 * Who calls for a seller: the owner (the sign-up's token) or one of the users the owner filed, each with a role and
 * a token of its own; a disabled user's token stops working at once. Every seller endpoint asks for the roles it
 * serves.
 */
@Service
public class SellerUsers {

    private final SellerUserRepository users;
    private final Sellers sellers;
    private final Clock clock;

    SellerUsers(SellerUserRepository users, Sellers sellers, Clock clock) {
        this.users = users;
        this.sellers = sellers;
        this.clock = clock;
    }

    /** The caller: its seller, its role, and which user it is (null for the owner). */
    public record Caller(long sellerId, SellerRole role, Long userId) {
    }

    /** A user as shown (never its token). */
    public record View(long id, String login, String name, SellerRole role, Instant createdAt, Instant disabledAt) {
    }

    /** A user filed: the user and its token (shown once). */
    public record Filed(View user, String token) {
    }

    /** A user the owner files. */
    public record Filing(String login, String name, SellerRole role) {
    }

    /**
     * The caller of an approved seller in one of {@code roles}: 401 for no seller's or user's token, 403 while the
     * seller is not approved or when the role may not do this.
     */
    public Caller require(String token, SellerRole... roles) {
        Caller caller = caller(token);
        if (!Arrays.asList(roles).contains(caller.role())) {
            throw Refusal.forbidden("role", "a seller's " + caller.role() + " may not do this; it takes "
                    + Arrays.toString(roles));
        }
        return caller;
    }

    private Caller caller(String token) {
        Optional<SellerUserRepository.StoredUser> user = token == null ? Optional.empty()
                : users.byToken(Tokens.hash(token));
        if (user.isPresent()) {
            Sellers.View seller = sellers.view(user.get().sellerId());
            sellers.requireApproved(seller);
            return new Caller(seller.id(), SellerRole.valueOf(user.get().role()), user.get().id());
        }
        return new Caller(sellers.approved(token).id(), SellerRole.OWNER, null);
    }

    public Filed file(long sellerId, Filing filing) {
        if (filing == null || filing.login() == null || !filing.login().matches("[a-z0-9._-]{3,64}")) {
            throw Refusal.invalid("invalid-user", "login: 3 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (filing.name() == null || filing.name().isBlank() || filing.name().length() > 100) {
            throw Refusal.invalid("invalid-user", "name: required, at most 100 characters");
        }
        if (filing.role() == null || filing.role() == SellerRole.OWNER) {
            throw Refusal.invalid("invalid-user", "role: CLERK or FINANCE (the owner is the sign-up)");
        }
        String token = Tokens.generate();
        long id = users.insert(sellerId, filing.login(), filing.name(), filing.role().name(), Tokens.hash(token),
                clock.instant()).orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "user-exists", "login "
                + filing.login() + " is filed already"));
        return new Filed(view(users.find(sellerId, id).orElseThrow()), token);
    }

    public List<View> ofSeller(long sellerId) {
        return users.ofSeller(sellerId).stream().map(SellerUsers::view).toList();
    }

    public View disable(long sellerId, long id) {
        mine(sellerId, id);
        if (!users.disable(sellerId, id, clock.instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "user-disabled", "user " + id + " is disabled already");
        }
        return view(mine(sellerId, id));
    }

    public String newToken(long sellerId, long id) {
        mine(sellerId, id);
        String token = Tokens.generate();
        if (!users.token(sellerId, id, Tokens.hash(token))) {
            throw new Refusal(Refusal.Kind.CONFLICT, "user-disabled", "user " + id + " is disabled");
        }
        return token;
    }

    private SellerUserRepository.StoredUser mine(long sellerId, long id) {
        return users.find(sellerId, id).orElseThrow(() -> Refusal.notFound("no user " + id + " of yours"));
    }

    private static View view(SellerUserRepository.StoredUser u) {
        return new View(u.id(), u.login(), u.name(), SellerRole.valueOf(u.role()), u.createdAt(), u.disabledAt());
    }
}
