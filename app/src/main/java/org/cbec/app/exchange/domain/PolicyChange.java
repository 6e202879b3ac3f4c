package org.cbec.app.exchange.domain;

import java.time.Instant;

/** One audited change of a sharing policy: who, what it was, what it became, why, when. */
public record PolicyChange(String changedBy, String before, String after, String reason, Instant changedAt) {
}
