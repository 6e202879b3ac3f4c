package org.cbec.app.customs.domain;

import java.time.Instant;

/** An inventory held for review, as the queue lists it: the rules it hit and where its case stands. */
public record ReviewQueueEntry(String invtNo, String agentCode, String copNo, String hits, ReviewCase.Status status,
                               Instant openedAt, Instant updatedAt) {
}
