package org.cbec.app.clearance;

import java.time.Instant;

/** The goods of a return (CEB625) are back at the supervised site (CEB711 names their waybill again). */
public record ReturnedGoodsArrived(String invtNo, String refundGuid, Instant at) {
}
