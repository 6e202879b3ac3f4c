package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A carrier's rate card, in CNY: zones of destination countries, each with its transit days, the port of destination
 * the carrier declares ({@code POD}) and its weight breaks. A parcel is charged on its chargeable weight: the greater
 * of its gross weight and its volumetric weight (length x width x height in cm / {@code divisor}), rounded up to the
 * next {@code stepKg}; the break that weight falls in sets the price per kg, never below the break's minimum; the
 * fuel surcharge is a share of that.
 *
 * @param divisor       cm³ per kg of volumetric weight (5000 for express, 6000 for post)
 * @param stepKg        the chargeable weight is counted in steps of this (0.5 kg)
 * @param fuelSurcharge a share of the freight, 0 to 1 (0.12 is 12 %)
 */
public record RateCard(int divisor, BigDecimal stepKg, BigDecimal fuelSurcharge, List<Zone> zones) {

    /** A zone: its countries (JGS-20), days in transit, port of destination and breaks, by ascending weight. */
    public record Zone(String name, List<String> countries, int days, String pod, List<Break> breaks) {
        public Zone {
            countries = copy(countries);
            breaks = copy(breaks);
        }
    }

    /** Up to this chargeable weight: this price per kg, and at least this much. */
    public record Break(BigDecimal upToKg, BigDecimal perKg, BigDecimal minimum) {
    }

    /** A parcel as the carrier charges it. */
    public record Parcel(BigDecimal grossWeightKg, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {
    }

    /** The price of a parcel to a country: the weights, freight, surcharge and total in CNY to 2 places. */
    public record Price(String zone, int days, String pod, BigDecimal volumetricKg, BigDecimal chargeableKg,
                        BigDecimal freight, BigDecimal fuel, BigDecimal total) {
    }

    /** Amounts in CNY: 2 places. */
    public static final int PLACES = 2;
    public static final int MIN_DIVISOR = 1000;
    public static final int MAX_DIVISOR = 10000;

    public RateCard {
        zones = copy(zones);
    }

    /** A list kept as sent, nulls too, so that a null in it is named as a problem rather than failing the read. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** What is wrong with the card, field by field; empty when it can price parcels. */
    public List<String> problems(Predicate<String> knownCountry) {
        List<String> problems = new ArrayList<>();
        if (divisor < MIN_DIVISOR || divisor > MAX_DIVISOR) {
            problems.add("divisor: " + MIN_DIVISOR + " to " + MAX_DIVISOR + " cm³ per kg");
        }
        if (stepKg == null || stepKg.signum() <= 0 || stepKg.compareTo(BigDecimal.TEN) > 0) {
            problems.add("stepKg: above 0, at most 10");
        }
        if (fuelSurcharge == null || fuelSurcharge.signum() < 0 || fuelSurcharge.compareTo(BigDecimal.ONE) > 0) {
            problems.add("fuelSurcharge: a share from 0 to 1 (0.12 is 12 %)");
        }
        if (zones.isEmpty()) {
            problems.add("zones: at least one");
        }
        List<String> seen = new ArrayList<>();
        for (int z = 0; z < zones.size(); z++) {
            Zone zone = zones.get(z);
            String at = "zones[" + (z + 1) + "].";
            if (zone == null) {
                problems.add("zones[" + (z + 1) + "]: a zone, not null");
                continue;
            }
            if (zone.name() == null || zone.name().isBlank()) {
                problems.add(at + "name: required");
            }
            if (zone.days() < 1 || zone.days() > 90) {
                problems.add(at + "days: 1 to 90");
            }
            if (zone.pod() == null || !zone.pod().matches("[A-Z0-9]{3,4}")) {
                problems.add(at + "pod: the port of destination's code, 3 or 4 letters or digits");
            }
            if (zone.countries().isEmpty()) {
                problems.add(at + "countries: at least one");
            }
            for (String country : zone.countries()) {
                if (country == null || !knownCountry.test(country) || ExportOrder.CHINA.equals(country)) {
                    problems.add(at + "countries: '" + country + "' is not a country abroad (JGS-20)");
                } else if (seen.contains(country)) {
                    problems.add(at + "countries: " + country + " is in an earlier zone");
                }
                seen.add(country);
            }
            breakProblems(zone.breaks(), at, problems);
        }
        return problems;
    }

    private static void breakProblems(List<Break> breaks, String at, List<String> problems) {
        if (breaks.isEmpty()) {
            problems.add(at + "breaks: at least one");
        }
        BigDecimal last = BigDecimal.ZERO;
        for (int b = 0; b < breaks.size(); b++) {
            Break brk = breaks.get(b);
            String here = at + "breaks[" + (b + 1) + "].";
            if (brk == null) {
                problems.add(at + "breaks[" + (b + 1) + "]: a break, not null");
                continue;
            }
            if (brk.upToKg() == null || brk.upToKg().compareTo(last) <= 0) {
                problems.add(here + "upToKg: above the break before it (" + last + ")");
            } else {
                last = brk.upToKg();
            }
            if (brk.perKg() == null || brk.perKg().signum() <= 0) {
                problems.add(here + "perKg: above 0");
            }
            if (brk.minimum() == null || brk.minimum().signum() < 0) {
                problems.add(here + "minimum: 0 or more");
            }
        }
    }

    /** The zone a country is in, if the carrier serves it. */
    public Optional<Zone> zoneOf(String country) {
        return zones.stream().filter(z -> z.countries().contains(country)).findFirst();
    }

    /** The price of a parcel to a country; empty when the carrier does not serve it or it is above its breaks. */
    public Optional<Price> price(String country, Parcel parcel) {
        Optional<Zone> found = zoneOf(country);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Zone zone = found.get();
        BigDecimal volumetric = volumetricKg(parcel);
        BigDecimal chargeable = roundUp(parcel.grossWeightKg().max(volumetric));
        Optional<Break> brk = zone.breaks().stream().filter(b -> chargeable.compareTo(b.upToKg()) <= 0).findFirst();
        if (brk.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal freight = chargeable.multiply(brk.get().perKg()).max(brk.get().minimum())
                .setScale(PLACES, RoundingMode.HALF_UP);
        BigDecimal fuel = freight.multiply(fuelSurcharge).setScale(PLACES, RoundingMode.HALF_UP);
        return Optional.of(new Price(zone.name(), zone.days(), zone.pod(), volumetric, chargeable, freight, fuel,
                freight.add(fuel)));
    }

    /** Length x width x height / divisor, to 3 places (grams), up; 0 when the parcel's size is not given. */
    BigDecimal volumetricKg(Parcel parcel) {
        if (parcel.lengthCm() == null || parcel.widthCm() == null || parcel.heightCm() == null) {
            return BigDecimal.ZERO;
        }
        return parcel.lengthCm().multiply(parcel.widthCm()).multiply(parcel.heightCm())
                .divide(BigDecimal.valueOf(divisor), 3, RoundingMode.UP);
    }

    private BigDecimal roundUp(BigDecimal kg) {
        BigDecimal steps = kg.divide(stepKg, 0, RoundingMode.CEILING);
        return steps.max(BigDecimal.ONE).multiply(stepKg);
    }
}
