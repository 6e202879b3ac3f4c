package org.cbec.app.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Customs' decision on an import inventory: the steps it passes through, each a CEB622 receipt to its declarant
 * (120 海关入库, 399 海关审结, 800 放行 ...), the outcome, and the tax levied. Published by customs on an
 * {@link InventoryCompared} and on every officer's decision; clearance applies it to the inventory, once: only
 * while the inventory is still at the stage {@code from} it was decided at.
 *
 * @param from the stage of customs' handling the decision was taken at: the first on a compared inventory, an
 *             officer's on one under review, inspection or detention
 * @param tax  the tax levied (duty, consumption tax and VAT), null when the inventory was not taken in
 */
public record CustomsDecided(String invtNo, String agentCode, String copNo, Stage from, Outcome outcome,
                             List<Step> steps, BigDecimal tax, Instant at) {

    /** Where an inventory is in customs' hands when a decision is taken on it. */
    public enum Stage { COMPARED, REVIEW, INSPECTION, DETAINED }

    /** Where customs leaves the inventory. */
    public enum Outcome {
        /** Not taken in (-621005, -621018, 100 ...): rejected without an invtNo. */
        REFUSED,
        /** Taken in and held for an officer (300 人工审核). */
        REVIEW,
        INSPECTION,
        DETAINED,
        RELEASED,
        /** Rejected by an officer after it was taken in (100). */
        REJECTED,
        RETURNED
    }

    /** A status the inventory passes through: its receipt code and text. */
    public record Step(String returnStatus, String info) {
    }

    public CustomsDecided {
        steps = List.copyOf(steps);
    }

    /** The decisions one transaction of customs took: what is published. */
    public record Batch(List<CustomsDecided> decisions) {

        public Batch {
            decisions = List.copyOf(decisions);
        }
    }
}
