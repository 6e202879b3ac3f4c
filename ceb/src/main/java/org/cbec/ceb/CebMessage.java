package org.cbec.ceb;

import java.util.List;

/**
 * A message read and validated: its type, the schema version it validated against, the typed binding object
 * (a generated class such as {@code org.cbec.ceb.schema.import202205.CEB621Message}), and what lenient reading
 * repaired, if anything.
 */
public record CebMessage(MessageType type, SchemaVersion version, Object body, List<Repair> repairs) {

    public CebMessage {
        repairs = List.copyOf(repairs);
    }

    /** The body as its binding class; fails if the message is of another type. */
    public <T> T body(Class<T> bindingClass) {
        return bindingClass.cast(body);
    }

    public boolean repaired() {
        return !repairs.isEmpty();
    }
}
