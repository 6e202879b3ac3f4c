package org.cbec.app.customs.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a return undoes the tax and gives the quota back (GACC Announcement 2020 No. 45; cbec-rules.md §A.6): the
 * return is applied for within 30 days of release and its goods are back at the site within 45 days of release.
 * Clearance refuses applications after the 30 days; customs waits for the goods.
 */
public final class ReturnWindow {

    public static final Duration APPLY_WITHIN = Duration.ofDays(30);
    public static final Duration GOODS_BACK_WITHIN = Duration.ofDays(45);

    private ReturnWindow() {
    }

    /** Whether goods back at {@code arrivedAt} undo the tax of an inventory released at {@code releasedAt}. */
    public static boolean goodsBackInTime(Instant releasedAt, Instant arrivedAt) {
        return !arrivedAt.isAfter(releasedAt.plus(GOODS_BACK_WITHIN));
    }

    /** The moment after which goods not back leave the tax standing. */
    public static Instant lapsesAfter(Instant releasedAt) {
        return releasedAt.plus(GOODS_BACK_WITHIN);
    }
}
