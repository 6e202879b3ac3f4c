package org.cbec.app.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A return of goods of a released inventory was applied for (CEB625 taken), line by line; when its goods are back
 * ({@link ReturnedGoodsArrived}) in time, their quota and tax are undone.
 */
public record GoodsReturned(String agentCode, String copNo, String invtNo, String refundGuid, List<Returned> lines,
                            Instant at) {

    /** A returned line: the inventory line (gnum) and the quantity going back. */
    public record Returned(int gnum, BigDecimal qty) {
    }
}
