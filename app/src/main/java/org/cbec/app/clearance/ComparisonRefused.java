package org.cbec.app.clearance;

import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.domain.Transition;

/**
 * An inventory the comparison refused before customs saw it (100 退单: a mismatch between the documents, or
 * documents that never came), import (I) or export (E): the enterprises it names, the rule that failed and the
 * receipt's text. Published by clearance and export in the transaction that refused it, for whoever keeps records
 * of refusals; customs never hears of it.
 */
public record ComparisonRefused(String direction, String agentCode, String copNo, String orderNo, String ebpCode,
                                String ebcCode, String rule, String returnStatus, String returnInfo, Instant at) {

    /** A refusal from the comparison's first step (its 100 and text). */
    public static ComparisonRefused of(String direction, String agentCode, String copNo, String orderNo,
                                       String ebpCode, String ebcCode, String rule, Transition.Step refused,
                                       Instant at) {
        return new ComparisonRefused(direction, agentCode, copNo, orderNo, ebpCode, ebcCode, rule,
                refused.returnStatus(), refused.info(), at);
    }

    /** The refusals one transaction made: what is published. */
    public record Batch(List<ComparisonRefused> refusals) {

        public Batch {
            refusals = List.copyOf(refusals);
        }
    }
}
