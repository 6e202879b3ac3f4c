package org.cbec.app.customs.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The measurement units of JGS-20 that consumption tax looks at, in grams or millilitres: 035 千克 and 036 克 are in
 * the community lists CEB-SPEC.md §7.4 quotes; 095 升 and 096 毫升 are taken from public parameter tables and are to
 * be checked against the official one. Other units (件, 个, 瓶 ...) count pieces.
 */
public final class Units {

    private static final Map<String, BigDecimal> GRAMS = Map.of("036", BigDecimal.ONE, "035", new BigDecimal("1000"));
    private static final Map<String, BigDecimal> MILLILITRES = Map.of("096", BigDecimal.ONE, "095",
            new BigDecimal("1000"));

    private Units() {
    }

    /** The quantity in grams or millilitres, or null when the unit is neither a mass nor a volume. */
    public static BigDecimal inGramsOrMillilitres(BigDecimal quantity, String unit) {
        BigDecimal factor = GRAMS.getOrDefault(unit, MILLILITRES.get(unit));
        return quantity == null || factor == null ? null : quantity.multiply(factor);
    }

    /** The quantity converted to {@code target} (035 kg from 036 g, 095 L from 096 ml ...), or null if unrelated. */
    public static BigDecimal convert(BigDecimal quantity, String from, String target) {
        if (quantity == null || from == null || target == null) {
            return null;
        }
        if (from.equals(target)) {
            return quantity;
        }
        Map<String, BigDecimal> family = GRAMS.containsKey(from) ? GRAMS : MILLILITRES.containsKey(from) ? MILLILITRES
                : null;
        if (family == null || !family.containsKey(target)) {
            return null;
        }
        return quantity.multiply(family.get(from)).divide(family.get(target), 10, java.math.RoundingMode.HALF_UP);
    }
}
