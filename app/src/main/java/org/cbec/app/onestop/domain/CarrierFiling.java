package org.cbec.app.onestop.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A logistics partner as the platform's staff file it: its code and name as filed at the clearance platform (the
 * waybill's logisticsCode), the API token there it entrusted to the platform to send its waybills (CEB505), its
 * transport mode (JGS-20: 2 waterway, 3 rail, 4 road, 5 air, 6 post), its rate card and the range of waybill numbers
 * it gave the platform ({@code prefix} then the number, zero-padded to the width of {@code rangeTo}).
 */
public record CarrierFiling(String code, String name, String token, String trafMode, RateCard rateCard,
                            String prefix, Long rangeFrom, Long rangeTo) {

    public static final Set<String> TRAF_MODES = Set.of("2", "3", "4", "5", "6");

    /** What is wrong, field by field; empty when the carrier can be filed. */
    public List<String> problems(Predicate<String> knownCountry) {
        List<String> problems = new ArrayList<>();
        if (code == null || !code.matches("[0-9A-Z]{10,18}")) {
            problems.add("code: the carrier's filed code, 10 to 18 digits or capitals");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add("name: required, at most 100 characters");
        }
        if (token == null || token.isBlank() || token.length() > 200) {
            problems.add("token: the carrier's API token at the clearance platform, required");
        }
        if (trafMode == null || !TRAF_MODES.contains(trafMode)) {
            problems.add("trafMode: 2 waterway, 3 rail, 4 road, 5 air or 6 post");
        }
        if (prefix == null || !prefix.matches("[A-Z0-9]{1,10}")) {
            problems.add("prefix: 1 to 10 capitals or digits");
        }
        // a prefix of 10 and a number of 19 digits stay within logisticsNo's 32 characters
        if (rangeFrom == null || rangeTo == null || rangeFrom < 0 || rangeTo < rangeFrom) {
            problems.add("rangeFrom, rangeTo: 0 or more, rangeTo not below rangeFrom");
        }
        if (rateCard == null) {
            problems.add("rateCard: required");
        } else {
            rateCard.problems(knownCountry).forEach(p -> problems.add("rateCard." + p));
        }
        return problems;
    }

    /** The waybill number of a number of the range: the prefix, then the number zero-padded to rangeTo's width. */
    public static String logisticsNo(String prefix, long number, long rangeTo) {
        return prefix + String.format("%0" + Long.toString(rangeTo).length() + "d", number);
    }
}
