package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rate cards: zones, weight breaks, volumetric weight by the divisor, the fuel surcharge, and their checks. */
class RateCardTest {

    static final Set<String> COUNTRIES = Set.of("502", "303", "304", "601", "116");

    /** USA and UK 5 days; Japan 3 days; 0.5 kg steps; divisor 5000; fuel 12 %. */
    static RateCard card() {
        return new RateCard(5000, new BigDecimal("0.5"), new BigDecimal("0.12"), List.of(
                new RateCard.Zone("Americas and Europe", List.of("502", "303"), 5, "LAX", List.of(
                        new RateCard.Break(new BigDecimal("2"), new BigDecimal("60"), new BigDecimal("45")),
                        new RateCard.Break(new BigDecimal("30"), new BigDecimal("50"), BigDecimal.ZERO))),
                new RateCard.Zone("Japan", List.of("116"), 3, "TYO", List.of(
                        new RateCard.Break(new BigDecimal("30"), new BigDecimal("30"), new BigDecimal("20"))))));
    }

    private static RateCard.Parcel parcel(String kg, String l, String w, String h) {
        return new RateCard.Parcel(new BigDecimal(kg), l == null ? null : new BigDecimal(l),
                w == null ? null : new BigDecimal(w), h == null ? null : new BigDecimal(h));
    }

    @Test
    void aLightParcelPaysTheBreaksMinimumAndTheFuelSurchargeOnTop() {
        RateCard.Price price = card().price("502", parcel("0.3", null, null, null)).orElseThrow();
        assertThat(price.chargeableKg()).as("rounded up to the 0.5 kg step").isEqualByComparingTo("0.5");
        assertThat(price.freight()).as("0.5 kg x 60 = 30, below the minimum 45").isEqualByComparingTo("45.00");
        assertThat(price.fuel()).as("12 % of 45").isEqualByComparingTo("5.40");
        assertThat(price.total()).isEqualByComparingTo("50.40");
        assertThat(price.days()).isEqualTo(5);
        assertThat(price.pod()).isEqualTo("LAX");
    }

    @Test
    void aBulkyParcelIsChargedOnItsVolumetricWeightInTheBreakItFallsIn() {
        // 50 x 40 x 30 cm / 5000 = 12 kg, above the 2.2 kg it weighs: the 30 kg break at 50 per kg
        RateCard.Price price = card().price("303", parcel("2.2", "50", "40", "30")).orElseThrow();
        assertThat(price.volumetricKg()).isEqualByComparingTo("12");
        assertThat(price.chargeableKg()).isEqualByComparingTo("12");
        assertThat(price.freight()).isEqualByComparingTo("600.00");
        assertThat(price.total()).isEqualByComparingTo("672.00");
        RateCard.Price heavy = card().price("303", parcel("2.2", "10", "10", "10")).orElseThrow();
        assertThat(heavy.chargeableKg()).as("0.2 kg volumetric: the gross weight counts, up to 2.5")
                .isEqualByComparingTo("2.5");
        assertThat(heavy.freight()).isEqualByComparingTo("125.00");
    }

    @Test
    void aCountryOutsideTheZonesOrAParcelAboveTheLastBreakIsNotPriced() {
        assertThat(card().price("601", parcel("1", null, null, null))).as("Australia: no zone").isEmpty();
        assertThat(card().price("116", parcel("30.2", null, null, null))).as("above 30 kg").isEmpty();
        assertThat(card().price("116", parcel("30", null, null, null))).isPresent();
    }

    @Test
    void everyProblemOfACardIsNamedByItsPlace() {
        RateCard bad = new RateCard(100, BigDecimal.ZERO, new BigDecimal("1.5"), List.of(
                new RateCard.Zone("", List.of("502", "142", "999"), 0, "x", List.of(
                        new RateCard.Break(new BigDecimal("5"), new BigDecimal("10"), BigDecimal.ZERO),
                        new RateCard.Break(new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("-1")))),
                new RateCard.Zone("again", List.of("502"), 3, "NYC", List.of())));
        assertThat(bad.problems(COUNTRIES::contains)).containsExactly(
                "divisor: 1000 to 10000 cm³ per kg",
                "stepKg: above 0, at most 10",
                "fuelSurcharge: a share from 0 to 1 (0.12 is 12 %)",
                "zones[1].name: required",
                "zones[1].days: 1 to 90",
                "zones[1].pod: the port of destination's code, 3 or 4 letters or digits",
                "zones[1].countries: '142' is not a country abroad (JGS-20)",
                "zones[1].countries: '999' is not a country abroad (JGS-20)",
                "zones[1].breaks[2].upToKg: above the break before it (5)",
                "zones[1].breaks[2].perKg: above 0",
                "zones[1].breaks[2].minimum: 0 or more",
                "zones[2].countries: 502 is in an earlier zone",
                "zones[2].breaks: at least one");
        assertThat(card().problems(COUNTRIES::contains)).isEmpty();
    }

    @Test
    void aNullZoneBreakOrCountryIsNamedNotFailed() {
        java.util.ArrayList<RateCard.Break> breaks = new java.util.ArrayList<>();
        breaks.add(null);
        java.util.ArrayList<String> countries = new java.util.ArrayList<>(List.of("502"));
        countries.add(null);
        java.util.ArrayList<RateCard.Zone> zones = new java.util.ArrayList<>();
        zones.add(null);
        zones.add(new RateCard.Zone("z", countries, 3, "LAX", breaks));
        assertThat(new RateCard(5000, BigDecimal.ONE, BigDecimal.ZERO, zones).problems(COUNTRIES::contains))
                .containsExactly("zones[1]: a zone, not null",
                        "zones[2].countries: 'null' is not a country abroad (JGS-20)",
                        "zones[2].breaks[1]: a break, not null");
    }

    @Test
    void waybillNumbersArePaddedToTheRangesWidth() {
        assertThat(CarrierFiling.logisticsNo("YT", 42, 99_999_999)).isEqualTo("YT00000042");
        assertThat(new CarrierFiling("3101980001", "圆通国际", "t", null, card(), "YT", 1L, 9L)
                .problems(COUNTRIES::contains)).as("no mode: named, not thrown")
                .containsExactly("trafMode: 2 waterway, 3 rail, 4 road, 5 air or 6 post");
        CarrierFiling wrong = new CarrierFiling("3101980001", "圆通国际", "t", "7", card(), "yt", 10L, 9L);
        assertThat(wrong.problems(COUNTRIES::contains)).containsExactly(
                "trafMode: 2 waterway, 3 rail, 4 road, 5 air or 6 post", "prefix: 1 to 10 capitals or digits",
                "rangeFrom, rangeTo: 0 or more, rangeTo not below rangeFrom");
    }
}
