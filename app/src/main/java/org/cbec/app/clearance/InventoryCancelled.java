package org.cbec.app.clearance;

import java.time.Instant;

/** A released inventory was cancelled (CEB623 taken): what customs counted and levied for it is undone. */
public record InventoryCancelled(String agentCode, String copNo, String invtNo, Instant at) {
}
