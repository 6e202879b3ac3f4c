package org.cbec.app.onestop.domain;

import java.time.Instant;

/**
 * A line of an export declaration (CEB792) that is of a seller's order: the declaration, the inventory goods line,
 * the order.
 */
public record DeclaredGoods(String entryId, String sumNo, String invtNo, int gnum, String gcode, long orderId,
                            Instant receivedAt) {
}
