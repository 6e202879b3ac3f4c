package org.cbec.app.onestop.application;

import java.util.List;

/**
 * The clearance platform as the platform reaches it: its public HTTP API, as any enterprise (the adapter in
 * {@code onestop.clearance}); nothing else of it.
 */
public interface ClearancePort {

    /** How a message fared: taken (202), refused for what it is (4xx: resending it cannot help), or to be retried. */
    enum Result { TAKEN, REFUSED, RETRY }

    /** The outcome of a send: the result, the HTTP status (0 when none came) and what was said. */
    record Sent(Result result, int status, String detail) {
    }

    /** One receipt as pulled: its cursor, message type and XML. */
    record Receipt(long cursor, String messageType, String xml) {
    }

    Sent send(String token, byte[] xml);

    /** An account's receipts after a cursor, oldest first; empty when the clearance platform cannot be reached. */
    List<Receipt> receipts(String token, long after, int limit);
}
