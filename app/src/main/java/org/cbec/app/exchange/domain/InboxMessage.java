package org.cbec.app.exchange.domain;

import java.time.Instant;

/** A department's result in an enterprise's inbox, at its cursor. */
public record InboxMessage(long cursor, String department, String kind, String reference, String outcome,
                           String detail, Instant at) {
}
