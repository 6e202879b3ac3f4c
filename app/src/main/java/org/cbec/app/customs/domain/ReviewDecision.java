package org.cbec.app.customs.domain;

import java.time.Instant;

/** A decision on a review case: who took which action with which code, when and why. */
public record ReviewDecision(String officer, String action, String returnStatus, String reason, Instant decidedAt) {
}
