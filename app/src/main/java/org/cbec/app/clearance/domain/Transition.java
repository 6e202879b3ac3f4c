package org.cbec.app.clearance.domain;

import java.util.List;

/**
 * What a transition of an inventory does: the steps it passes through, each a receipt to its declarant (CEB622,
 * CEB604) and a line of its history, then the state it is left in.
 */
public record Transition(List<Step> steps, InventoryStatus to) {

    /** A status passed through: its receipt code and text. */
    public record Step(String returnStatus, String info) {
    }

    public Transition {
        steps = List.copyOf(steps);
    }

    /** A transition of one step. */
    public static Transition of(String returnStatus, String info, InventoryStatus to) {
        return new Transition(List.of(new Step(returnStatus, info)), to);
    }
}
