package org.cbec.app.clearance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Import parcels as an enterprise's people look for them in the console: by any number they know, and the refused
 * ones by why. An enterprise reads the inventories it declared (as agent or sender) and those declaring its
 * platform's orders, as the API's order view shows them.
 */
public interface ParcelSearch {

    /** The reason of an inventory rejected by an officer after customs took it in. */
    String OFFICER_REJECTED = "officer-rejected";

    /** A refused parcel in a list: its keys, why, and when. */
    record Refused(String copNo, String orderNo, String logisticsNo, String reason, Instant at) {
    }

    /** The copNos of the inventories the enterprise reads whose copNo, orderNo or logisticsNo is this number. */
    List<String> copNos(String callerCode, String number);

    /** How many of the enterprise's parcels are refused, by reason (the most frequent first). */
    Map<String, Long> refusalReasons(String callerCode);

    /** The enterprise's refused parcels, newest first, of one reason or (null) of all. */
    List<Refused> refused(String callerCode, String reason, int offset, int limit);
}
