package org.cbec.app.clearance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What customs officers do to an inventory customs has taken in (invtNo): see it as its declarant does, and move
 * it on. Every step is a CEB622 receipt to the declarant and a line of the inventory's history.
 */
public interface InventoryDesk {

    /** Inventory states an officer may put an inventory in. */
    String RELEASED = "RELEASED";
    String REJECTED = "REJECTED";
    String REVIEW = "REVIEW";
    String INSPECTION = "INSPECTION";
    String DETAINED = "DETAINED";
    String RETURNED = "RETURNED";

    /** A status passed through: its receipt code and text. */
    record Step(String returnStatus, String info) {
    }

    /** The inventory's documents, comparison and history; empty when customs never took in that number. */
    Optional<Object> describe(String invtNo);

    /** Whether the number is an export inventory's (which an officer only approves or rejects). */
    boolean export(String invtNo);

    /** Its current state (REVIEW, INSPECTION, RELEASED ...); empty when unknown. */
    Optional<String> state(String invtNo);

    /** Moves the inventory through these steps into {@code state}; released from then on when RELEASED. */
    void advance(String invtNo, List<Step> steps, String state, Instant at);
}
