package org.cbec.app.clearance.intake;

/** The key of a stored document a transaction touched (its type and its two keys), to look at again after commit. */
public record Touched(String type, String keyA, String keyB) {
}
