package org.cbec.app.exchange.domain;

import java.time.Instant;

/** A department's read of an enterprise's records, as the enterprise sees it in its access log. */
public record DataAccess(String department, String dataset, int records, String purpose, Instant at) {
}
