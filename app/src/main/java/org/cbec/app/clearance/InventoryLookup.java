package org.cbec.app.clearance;

import java.util.Optional;

/**
 * An inventory customs took in, found by its invtNo and shown as its declarant sees it (documents, comparison,
 * history): a read for officers' pages. Offered by import clearance and by export, each for its own inventories.
 */
public interface InventoryLookup {

    Optional<Object> byInvtNo(String invtNo);
}
