package org.cbec.app.registry;

import java.time.Instant;

/**
 * A person who signs in to the console: who they are, the organisation they belong to (an enterprise by its
 * customs code, a department by its code, customs, or the operator) and their role there. The password is only
 * ever a hash.
 */
public record Person(String login, String passwordHash, Kind kind, String orgCode, String role, String displayName,
                     int failedAttempts, Instant lockedUntil) {

    /** Whom a person works for. */
    public enum Kind { ENTERPRISE, DEPARTMENT, CUSTOMS, OPERATOR }

    /** The code of the enterprise the person works for; empty for customs, a department or the operator. */
    public java.util.Optional<String> enterpriseCode() {
        return kind == Kind.ENTERPRISE ? java.util.Optional.ofNullable(orgCode) : java.util.Optional.empty();
    }

    /** The code of the department (MARKET, TAX, FX, COMMERCE, CUSTOMS) the person works for; empty otherwise. */
    public java.util.Optional<String> departmentCode() {
        return kind == Kind.DEPARTMENT ? java.util.Optional.ofNullable(orgCode) : java.util.Optional.empty();
    }

    /** Whether sign-in is locked at {@code now} after repeated failures. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
