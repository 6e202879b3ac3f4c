package org.cbec.app.clearance;

import java.util.Map;
import java.util.Optional;
import org.cbec.app.clearance.domain.InventorySummary;

/**
 * An inventory customs took in, found by its invtNo, as officers' pages show it: where it stands with its history,
 * and, for an import list, the documents of its parcel and their comparison. Offered by import clearance and by
 * export, each for its own inventories.
 */
public interface InventoryLookup {

    /** What is found: the comparison is null and the documents empty for an export list. */
    record Found(InventorySummary inventory, Map<String, Object> documents, Object comparison) {
    }

    Optional<Found> byInvtNo(String invtNo);

    /** An inventory by its copNo, as the enterprise that declared it (its agent or its sender) sees it. */
    Optional<Found> byCopNo(String callerCode, String copNo);
}
