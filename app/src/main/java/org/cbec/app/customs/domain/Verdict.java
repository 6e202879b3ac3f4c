package org.cbec.app.customs.domain;

import java.util.List;

/**
 * What customs' checks say of a compared inventory. Refused: not taken in, with the receipt code ({@code -621005},
 * {@code -621018}, {@code 100} ...) and the reason. Taken: 120 海关入库, then either 399 → 800 at once or, with
 * hits, 300 人工审核 for an officer.
 */
public record Verdict(boolean taken, String returnStatus, String returnInfo, List<String> hits) {

    public Verdict {
        hits = List.copyOf(hits);
    }

    public static Verdict release() {
        return new Verdict(true, null, null, List.of());
    }

    public static Verdict review(List<String> hits) {
        return new Verdict(true, null, null, hits);
    }

    public static Verdict refuse(String returnStatus, String returnInfo) {
        return new Verdict(false, returnStatus, returnInfo, List.of());
    }

    public boolean toReview() {
        return taken && !hits.isEmpty();
    }
}
