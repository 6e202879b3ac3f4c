package org.cbec.app.exchange.domain;

import java.time.Instant;

/** A policy notice a department publishes, for every enterprise to read. */
public record Notice(long id, String department, String title, String body, Instant publishedAt) {
}
