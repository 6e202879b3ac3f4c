package org.cbec.app.shared;

import java.util.UUID;

/**
 * A failure of the platform's own (never the caller's), with the id under which it is logged: the caller is
 * answered 5xx with this id, and whatever it sent stays stored.
 */
public class Incident extends RuntimeException {

    private final String id;

    public Incident(String id, Throwable cause) {
        super("incident " + id, cause);
        this.id = id;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public String id() {
        return id;
    }
}
