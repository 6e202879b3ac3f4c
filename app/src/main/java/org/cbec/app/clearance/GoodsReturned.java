package org.cbec.app.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Goods of a released inventory go back (CEB625 taken), line by line: their quota and tax are undone. */
public record GoodsReturned(String agentCode, String copNo, String invtNo, List<Returned> lines, Instant at) {

    /** A returned line: the inventory line (gnum) and the quantity going back. */
    public record Returned(int gnum, BigDecimal qty) {
    }
}
