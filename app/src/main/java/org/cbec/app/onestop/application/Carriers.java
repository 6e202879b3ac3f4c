package org.cbec.app.onestop.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cbec.app.onestop.domain.Booking;
import org.cbec.app.onestop.domain.CarrierFiling;
import org.cbec.app.onestop.domain.RateCard;
import org.cbec.app.onestop.domain.TradeCodes;
import org.cbec.app.onestop.persistence.CarrierRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;

/**
 * The platform's logistics partners: filed by the staff with their rate cards and waybill ranges; a quote prices a
 * parcel with each carrier serving the country and names the cheapest and the fastest.
 */
@Service
public class Carriers {

    private final CarrierRepository carriers;
    private final TradeCodes codes;
    private final Clock clock;

    Carriers(CarrierRepository carriers, TradeCodes codes, Clock clock) {
        this.carriers = carriers;
        this.codes = codes;
        this.clock = clock;
    }

    /** A carrier as shown (never its token): the numbers it has left to give. */
    public record View(long id, String code, String name, String trafMode, RateCard rateCard, String prefix,
                       long nextNumber, long lastNumber) {
    }

    /** One carrier's price for a parcel. */
    public record Offer(long carrierId, String carrier, RateCard.Price price) {
    }

    /** A quote: every offer, cheapest first, and which is the cheapest and which the fastest. */
    public record Quote(String country, List<Offer> offers, Long cheapest, Long fastest) {
    }

    public View file(CarrierFiling filing) {
        if (filing == null) {
            throw Refusal.invalid("invalid-carrier", "the carrier: a JSON object with code, name, rateCard ...");
        }
        List<String> problems = filing.problems(c -> codes.country(c).isPresent());
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-carrier", String.join("; ", problems));
        }
        long id = carriers.insert(filing.code(), filing.name(), filing.token(), filing.trafMode(),
                Sellers.JSON.writeValueAsString(filing.rateCard()), filing.prefix(), filing.rangeFrom(),
                filing.rangeTo(), clock.instant()).orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT,
                "carrier-exists", "carrier " + filing.code() + " is filed already"));
        return view(carriers.find(id).orElseThrow());
    }

    public List<View> all() {
        return carriers.all().stream().map(Carriers::view).toList();
    }

    public View view(long id) {
        return carriers.find(id).map(Carriers::view).orElseThrow(() -> Refusal.notFound("no carrier " + id));
    }

    /** Prices a parcel to a country with every carrier serving it. */
    public Quote quote(String country, RateCard.Parcel parcel) {
        if (codes.country(country).isEmpty() || "142".equals(country)) {
            throw Refusal.invalid("invalid-quote", "country: '" + country + "' is not a country abroad (JGS-20)");
        }
        List<String> problems = new Booking(null, null, parcel.grossWeightKg(), null, parcel.lengthCm(),
                parcel.widthCm(), parcel.heightCm(), null, null).problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-quote", String.join("; ", problems));
        }
        List<Offer> offers = carriers.all().stream().flatMap(c -> rateCard(c).price(country, parcel)
                .map(p -> new Offer(c.id(), c.name(), p)).stream())
                .sorted(Comparator.comparing((Offer o) -> o.price().total()).thenComparing(o -> o.price().days()))
                .toList();
        Optional<Offer> fastest = offers.stream().min(Comparator.comparing((Offer o) -> o.price().days())
                .thenComparing(o -> o.price().total()));
        return new Quote(country, offers, offers.isEmpty() ? null : offers.get(0).carrierId(),
                fastest.map(Offer::carrierId).orElse(null));
    }

    static RateCard rateCard(CarrierRepository.StoredCarrier carrier) {
        return Sellers.JSON.readValue(carrier.rateCard(), RateCard.class);
    }

    private static View view(CarrierRepository.StoredCarrier c) {
        return new View(c.id(), c.code(), c.name(), c.trafMode(), rateCard(c), c.prefix(), c.rangeNext(),
                c.rangeEnd());
    }
}
