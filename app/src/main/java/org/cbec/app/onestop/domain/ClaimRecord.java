package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund claim as submitted: its declaration, status (SUBMITTED, APPROVED, REFUSED, PAID), base, claimed and
 * approved amounts, lines (JSON).
 */
public record ClaimRecord(long id, long sellerId, String entryId, String status, BigDecimal base,
                          BigDecimal claimed, BigDecimal approved, String reason, String lines,
                          Instant submittedAt, Instant decidedAt, Instant paidAt) {
}
