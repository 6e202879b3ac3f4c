package org.cbec.app.registry;

import java.util.Optional;

/** The console's people as the sign-in sees them: found by login, and told of each attempt. */
public interface People {

    /** After this many failed attempts in a row, sign-in is locked for {@link #LOCK_MINUTES} minutes. */
    int MAX_FAILURES = 5;
    int LOCK_MINUTES = 15;

    Optional<Person> find(String login);

    /** A sign-in succeeded: the count of failures starts again. */
    void signedIn(String login);

    /** A sign-in failed with a wrong password: the fifth in a row locks the login. */
    void failed(String login);

    /** A person changes their own password, giving the current one (refused, naming why, otherwise). */
    void changePassword(String login, String current, String next);
}
