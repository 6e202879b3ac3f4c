package org.cbec.app.onestop.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.cbec.app.onestop.domain.ExportTariff;
import org.cbec.app.onestop.domain.ProductFiling;
import org.cbec.app.onestop.domain.Review;
import org.cbec.app.onestop.domain.TradeCodes;
import org.cbec.app.onestop.persistence.ProductRepository;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;

/**
 * The pre-review of products (cbec-rules.md §D.4): an approved seller files each product with its HS code and
 * invoicing factory before its first order; the export tariff is checked at once (an HS code not in it is refused)
 * and what it says is flagged for the reviewer (a licence the export needs, no refund), with the refund rate; a
 * reviewer approves the product or returns it with the reason. Only approved products go into orders.
 */
@Service
public class Products {

    private final ProductRepository products;
    private final ExportTariff tariff;
    private final TradeCodes codes;
    private final Clock clock;

    Products(ProductRepository products, ExportTariff tariff, TradeCodes codes, Clock clock) {
        this.products = products;
        this.tariff = tariff;
        this.codes = codes;
        this.clock = clock;
    }

    /** A product as shown: the seller's filing, the tariff's name, rate and flags, the review. */
    public record View(long id, long sellerId, ProductFiling product, String tariffName, BigDecimal refundRate,
                       List<String> flags, Review status, String reason, String reviewer, Instant filedAt,
                       Instant decidedAt) {
    }

    public View file(long sellerId, ProductFiling product) {
        if (product == null) {
            throw Refusal.invalid("invalid-product", "the product: a JSON object with name, model, hsCode ...");
        }
        List<String> problems = product.problems(tariff, u -> codes.unit(u).isPresent());
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-product", String.join("; ", problems));
        }
        ExportTariff.Line line = tariff.line(product.hsCode()).orElseThrow();
        long id = products.insert(sellerId, product.model(), product.hsCode(), Sellers.JSON.writeValueAsString(
                product), String.join("\n", product.flags(tariff)), line.refundRate(), clock.instant())
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "product-exists", "model " + product.model()
                        + " is filed already"));
        return view(id);
    }

    public View view(long id) {
        return products.find(id).map(this::view).orElseThrow(() -> Refusal.notFound("no product " + id));
    }

    /** A product of this seller's; another seller's is not found. */
    public View ofSeller(long sellerId, long id) {
        View product = view(id);
        if (product.sellerId() != sellerId) {
            throw Refusal.notFound("no product " + id + " of yours");
        }
        return product;
    }

    public Paging.Shown<View> ofSeller(long sellerId, Integer page) {
        return Paging.of(page).read((offset, limit) -> products.ofSeller(sellerId, offset, limit).stream()
                .map(this::view).toList());
    }

    public Paging.Shown<View> queue(Review status, Integer page) {
        return Paging.of(page).read((offset, limit) -> products.inStatus(status.name(), offset, limit).stream()
                .map(this::view).toList());
    }

    public View decide(long id, String decision, String reason, String reviewer) {
        return Reviewing.decide("product", id, decision, reason, this::view, status -> products.decide(id,
                status.name(), reason, reviewer, clock.instant()));
    }

    private View view(ProductRepository.StoredProduct p) {
        ProductFiling filing = Sellers.JSON.readValue(p.body(), ProductFiling.class);
        return new View(p.id(), p.sellerId(), filing, tariff.line(filing.hsCode()).map(ExportTariff.Line::name)
                .orElse(null), p.refundRate(), p.flags().isEmpty() ? List.of() : Arrays.asList(p.flags()
                .split("\n")), Review.valueOf(p.status()), p.reason(), p.reviewer(), p.filedAt(), p.decidedAt());
    }
}
