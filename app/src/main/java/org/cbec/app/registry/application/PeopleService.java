package org.cbec.app.registry.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.registry.persistence.EnterpriseRepository;
import org.cbec.app.registry.persistence.PersonRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Files the console's people (the operator does) and keeps their sign-in count. Passwords are hashed with Argon2id
 * (an adaptive hash: memory-hard, its cost stored with each hash).
 */
@Service
public class PeopleService implements People {

    /** The shortest password a person may choose. */
    public static final int MIN_PASSWORD = 10;

    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final EnterpriseRepository enterprises;
    private final Clock clock;

    PeopleService(PersonRepository people, PasswordEncoder passwords, EnterpriseRepository enterprises,
                  Clock clock) {
        this.people = people;
        this.passwords = passwords;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    @Override
    public Person file(Filing filing) {
        if (filing.login() == null || !filing.login().matches("[A-Za-z0-9._@-]{3,64}")) {
            throw Refusal.invalid("invalid-person", "login: 3 to 64 letters, digits or . _ @ -");
        }
        checkPassword(filing.password());
        Person.Kind kind;
        try {
            kind = Person.Kind.valueOf(filing.kind() == null ? "" : filing.kind());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-person", "kind: ENTERPRISE, DEPARTMENT, CUSTOMS or OPERATOR, not '"
                    + filing.kind() + "'");
        }
        if (kind == Person.Kind.ENTERPRISE && (filing.orgCode() == null
                || enterprises.find(filing.orgCode()).isEmpty())) {
            throw Refusal.invalid("invalid-person", "orgCode: an enterprise person belongs to a filed enterprise; "
                    + filing.orgCode() + " is not filed");
        }
        if (filing.role() == null || filing.role().isBlank() || filing.displayName() == null
                || filing.displayName().isBlank()) {
            throw Refusal.invalid("invalid-person", "role and displayName: both are given");
        }
        Person person = new Person(filing.login(), passwords.encode(filing.password()), kind,
                kind == Person.Kind.ENTERPRISE || kind == Person.Kind.DEPARTMENT ? filing.orgCode() : null,
                filing.role(), filing.displayName(), 0, null);
        if (!people.insert(person, clock.instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "person-exists", "login " + filing.login() + " is taken");
        }
        return person;
    }

    /** Sets a person's password without the current one: what the operator (or the demo option) does. */
    public void setPassword(String login, String password) {
        checkPassword(password);
        people.password(login, passwords.encode(password));
        people.signedIn(login);
    }

    @Override
    public void changePassword(String login, String current, String next) {
        Person person = people.find(login).orElseThrow(() -> Refusal.notFound("no person " + login));
        if (!passwords.matches(current, person.passwordHash())) {
            throw Refusal.invalid("wrong-password", "current password: it is not this person's password");
        }
        checkPassword(next);
        people.password(login, passwords.encode(next));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw Refusal.invalid("invalid-password", "password: at least " + MIN_PASSWORD + " characters");
        }
    }

    @Override
    public Optional<Person> find(String login) {
        return people.find(login);
    }

    @Override
    public List<Person> list(int offset, int limit) {
        return people.list(offset, limit);
    }

    @Override
    public void signedIn(String login) {
        people.signedIn(login);
    }

    @Override
    public void failed(String login) {
        people.failed(login, MAX_FAILURES, clock.instant().plus(Duration.ofMinutes(LOCK_MINUTES)));
    }
}
