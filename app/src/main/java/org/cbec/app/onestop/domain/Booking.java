package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A seller's booking of an order's parcel: with a named carrier, or the cheapest or the fastest of those serving the
 * buyer's country; the parcel as weighed and measured, its packages and their packaging (JGS-20 wrap type: 1 wooden
 * case, 2 carton, 3 barrel, 4 bulk, 5 pallet, 6 bag, 7 other).
 */
public record Booking(Long carrierId, String choice, BigDecimal grossWeightKg, BigDecimal netWeightKg,
                      BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm, Integer packNo, String wrapType) {

    public static final Set<String> CHOICES = Set.of("CHEAPEST", "FASTEST");
    public static final Set<String> WRAP_TYPES = Set.of("1", "2", "3", "4", "5", "6", "7");
    /** Weights are declared in kg to 3 places (grams); a parcel is at most this heavy. */
    public static final int WEIGHT_PLACES = 3;
    public static final BigDecimal MAX_KG = new BigDecimal("10000");
    public static final BigDecimal MAX_CM = new BigDecimal("1000");
    public static final int MAX_PACKAGES = 9999;

    /** What is wrong, field by field; empty when it can be booked. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (carrierId == null && !CHOICES.contains(choice == null ? "CHEAPEST" : choice)) {
            problems.add("choice: CHEAPEST or FASTEST, or name carrierId");
        }
        if (!weight(grossWeightKg)) {
            problems.add("grossWeightKg: above 0, at most " + MAX_KG + " kg, " + WEIGHT_PLACES + " places");
        }
        if (netWeightKg != null && (!weight(netWeightKg) || grossWeightKg != null
                && netWeightKg.compareTo(grossWeightKg) > 0)) {
            problems.add("netWeightKg: above 0, at most the gross weight, " + WEIGHT_PLACES + " places");
        }
        boolean anySize = lengthCm != null || widthCm != null || heightCm != null;
        if (anySize && !(size(lengthCm) && size(widthCm) && size(heightCm))) {
            problems.add("lengthCm, widthCm, heightCm: all three, each above 0 and at most " + MAX_CM + " cm");
        }
        if (packNo != null && (packNo < 1 || packNo > MAX_PACKAGES)) {
            problems.add("packNo: 1 to " + MAX_PACKAGES);
        }
        if (wrapType != null && !WRAP_TYPES.contains(wrapType)) {
            problems.add("wrapType: 1 to 7 (2 carton, 6 bag ...)");
        }
        return problems;
    }

    public String choiceOrDefault() {
        return choice == null ? "CHEAPEST" : choice;
    }

    public BigDecimal netWeightOrGross() {
        return netWeightKg == null ? grossWeightKg : netWeightKg;
    }

    public int packNoOrOne() {
        return packNo == null ? 1 : packNo;
    }

    public String wrapTypeOrCarton() {
        return wrapType == null ? "2" : wrapType;
    }

    public RateCard.Parcel parcel() {
        return new RateCard.Parcel(grossWeightKg, lengthCm, widthCm, heightCm);
    }

    private static boolean weight(BigDecimal kg) {
        return kg != null && kg.signum() > 0 && kg.compareTo(MAX_KG) <= 0
                && kg.stripTrailingZeros().scale() <= WEIGHT_PLACES;
    }

    private static boolean size(BigDecimal cm) {
        return cm != null && cm.signum() > 0 && cm.compareTo(MAX_CM) <= 0 && cm.stripTrailingZeros().scale() <= 1;
    }
}
