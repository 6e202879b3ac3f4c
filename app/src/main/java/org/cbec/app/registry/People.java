package org.cbec.app.registry;

import java.util.List;
import java.util.Optional;

/** The console's people as the sign-in sees them: found by login, and told of each attempt. */
public interface People {

    /** After this many failed attempts in a row, sign-in is locked for {@link #LOCK_MINUTES} minutes. */
    int MAX_FAILURES = 5;
    int LOCK_MINUTES = 15;

    /** What the operator files: a login, a first password, whom the person works for and as what. */
    record Filing(String login, String password, String kind, String orgCode, String role, String displayName) {
    }

    /** Files a person, refused (naming the field) when the filing is wrong or the login is taken. */
    Person file(Filing filing);

    Optional<Person> find(String login);

    /** People by login, a page of them. */
    List<Person> list(int offset, int limit);

    /** A sign-in succeeded: the count of failures starts again. */
    void signedIn(String login);

    /** A sign-in failed with a wrong password: the fifth in a row locks the login. */
    void failed(String login);

    /** A person changes their own password, giving the current one (refused, naming why, otherwise). */
    void changePassword(String login, String current, String next);
}
