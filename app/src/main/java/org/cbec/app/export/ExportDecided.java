package org.cbec.app.export;

import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.CustomsDecided;

/**
 * Customs' review of an export inventory: RELEASED (399 海关审结; released, 800, once its waybill has arrived),
 * REVIEW (held at 300 for an officer) or, by an officer, REJECTED (100). Applied once, while the inventory is still
 * at the stage {@code from}.
 */
public record ExportDecided(String invtNo, String agentCode, String copNo, CustomsDecided.Stage from,
                            CustomsDecided.Outcome outcome, List<CustomsDecided.Step> steps, Instant at) {

    public ExportDecided {
        steps = List.copyOf(steps);
    }

    /** The reviews one transaction of customs took: what is published. */
    public record Batch(List<ExportDecided> decisions) {

        public Batch {
            decisions = List.copyOf(decisions);
        }
    }
}
