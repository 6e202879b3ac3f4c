package org.cbec.app.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the platform will not carry out, and why: what kind of refusal it is, a short type, and a sentence
 * that names the field and the rule. Thrown by any layer; only the web layer turns it into an HTTP answer (the
 * kind decides the status), so application code knows nothing of HTTP.
 */
public class Refusal extends RuntimeException {

    /** The kinds of refusal, each of which the web layer answers with its own status. */
    public enum Kind {
        /** the request breaks a rule of its fields (400) */
        INVALID,
        /** no valid credentials (401) */
        UNAUTHENTICATED,
        /** the caller may not do this (403) */
        FORBIDDEN,
        /** nothing of that name for this caller (404) */
        NOT_FOUND,
        /** the request did not arrive whole in time (408) */
        TIMEOUT,
        /** the thing is in a state that does not allow it (409) */
        CONFLICT,
        /** the body is over the size limit (413) */
        TOO_LARGE,
        /** the body is of a kind not taken (415) */
        UNSUPPORTED,
        /** understood but not taken (422) */
        UNPROCESSABLE,
        /** the caller sends faster than its rate (429) */
        RATE_LIMITED,
        /** the platform cannot take it now; send again (503) */
        BUSY
    }

    private final Kind kind;
    private final String type;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Long retryAfterSeconds;

    public Refusal(Kind kind, String type, String detail) {
        super(detail);
        this.kind = kind;
        this.type = type;
    }

    public static Refusal invalid(String type, String detail) {
        return new Refusal(Kind.INVALID, type, detail);
    }

    public static Refusal unauthenticated(String detail) {
        return new Refusal(Kind.UNAUTHENTICATED, "unauthorized", detail);
    }

    public static Refusal forbidden(String type, String detail) {
        return new Refusal(Kind.FORBIDDEN, type, detail);
    }

    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, "not-found", detail);
    }

    /** An extra member of the answer, such as a CEB900 receipt. */
    public Refusal with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** When to send again, for refusals that pass. */
    public Refusal retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String type() {
        return type;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** Seconds to wait before sending again, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
