package org.cbec.app.customs.application;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.customs.domain.OfficerRole;
import org.cbec.app.customs.persistence.OfficerRepository;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customs officers: filed by the operator with their roles, signed in by a token of their own. */
@Service
public class Officers {

    private final OfficerRepository officers;
    private final Clock clock;

    Officers(OfficerRepository officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    /** Files an officer and returns the token (shown once, stored as a hash). */
    @Transactional
    public String file(String login, String name, Set<OfficerRole> roles) {
        if (login == null || !login.matches("[A-Za-z0-9._-]{2,60}")) {
            throw Refusal.invalid("invalid-officer", "login: 2 to 60 letters, digits, '.', '_' or '-'");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw Refusal.invalid("invalid-officer", "name: 1 to 100 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw Refusal.invalid("invalid-officer", "roles: one or more of REVIEWER, INSPECTOR, RISK_ADMIN");
        }
        String token = Tokens.generate();
        if (!officers.insert(new Officer(login, name, roles), Tokens.hash(token), clock.instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "officer-exists", "officer " + login + " is already filed");
        }
        return token;
    }

    /** The officer a console person of customs signs in as: the same login. */
    public Optional<Officer> byLogin(String login) {
        return officers.byLogin(login);
    }

    public java.util.List<Officer> list(int offset, int limit) {
        return officers.list(offset, limit);
    }

    public Optional<Officer> authenticate(String token) {
        return token == null ? Optional.empty() : officers.byTokenHash(Tokens.hash(token));
    }
}
