package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching money from abroad to orders: by the order numbers named, else by amount and buyer within 1 %. */
class FxMatchingTest {

    private static final FxMatching MATCHING = new FxMatching(new BigDecimal("0.01"));
    private static final List<FxMatching.OpenOrder> OPEN = List.of(
            new FxMatching.OpenOrder(1, 7, "SO-1", "John Smith", "502", new BigDecimal("36.50")),
            new FxMatching.OpenOrder(2, 7, "SO-2", "John Smith", "502", new BigDecimal("100.00")),
            new FxMatching.OpenOrder(3, 8, "A-77", "Acme GmbH", "300", new BigDecimal("500.00")),
            new FxMatching.OpenOrder(4, 8, "A-78", "Acme GmbH", "300", new BigDecimal("250.00")));

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void anOrderNamedInTheRemittanceIsPaidAndTheRestOfACombinedPaymentGoesInTurn() {
        FxMatching.Match one = MATCHING.match("502", d("36.50"), "J. Smith", "PAYMENT FOR ORDER SO-1 THANKS", OPEN);
        assertThat(one.how()).isEqualTo("REFERENCE");
        assertThat(one.allocations()).extracting(FxMatching.Allocation::orderNo).containsExactly("SO-1");
        assertThat(one.complete()).isTrue();
        FxMatching.Match both = MATCHING.match("502", d("136.50"), "x", "so-2/so-1", OPEN);
        assertThat(both.allocations()).extracting(a -> a.orderNo() + " " + a.amount().toPlainString())
                .containsExactly("SO-2 100.00", "SO-1 36.50");
        FxMatching.Match over = MATCHING.match("502", d("150.00"), "x", "SO-2", OPEN);
        assertThat(over.allocations()).extracting(a -> a.amount().toPlainString()).containsExactly("100.00");
        assertThat(over.unallocated()).as("an overpayment waits for a person").isEqualByComparingTo("50.00");
        FxMatching.Match partial = MATCHING.match("502", d("20.00"), "x", "SO-1", OPEN);
        assertThat(partial.allocations()).extracting(a -> a.amount().toPlainString()).containsExactly("20.00");
    }

    @Test
    void withoutAReferenceTheBuyerAndTheAmountWithinOnePercentMatch() {
        FxMatching.Match charged = MATCHING.match("300", d("495.00"), "ACME  gmbh", "INV 2026/11", OPEN);
        assertThat(charged.how()).isEqualTo("AMOUNT_AND_BUYER");
        assertThat(charged.allocations()).extracting(a -> a.orderNo() + " " + a.amount().toPlainString())
                .as("500 less 1 % of bank charges").containsExactly("A-77 495.00");
        assertThat(MATCHING.match("300", d("494.99"), "Acme GmbH", "", OPEN).how()).as("beyond 1 %")
                .isEqualTo("NONE");
        FxMatching.Match together = MATCHING.match("300", d("750.00"), "Acme GmbH", null, OPEN);
        assertThat(together.allocations()).extracting(a -> a.orderNo() + " " + a.amount().toPlainString())
                .containsExactly("A-77 500.00", "A-78 250.00");
    }

    @Test
    void anotherCurrencyOrPayerOrAnAmbiguousAmountMatchesNothing() {
        assertThat(MATCHING.match("303", d("36.50"), "John Smith", "SO-1", OPEN).how()).isEqualTo("NONE");
        assertThat(MATCHING.match("502", d("36.50"), "Jane Doe", "", OPEN).how()).isEqualTo("NONE");
        List<FxMatching.OpenOrder> twins = List.of(
                new FxMatching.OpenOrder(1, 7, "T-1", "Bob", "502", d("10.00")),
                new FxMatching.OpenOrder(2, 7, "T-2", "Bob", "502", d("10.00")),
                new FxMatching.OpenOrder(3, 7, "T-3", "Bob", "502", d("10.00")));
        FxMatching.Match ambiguous = MATCHING.match("502", d("10.00"), "Bob", "", twins);
        assertThat(ambiguous.allocations()).as("two orders of that amount: a person decides").isEmpty();
        assertThat(ambiguous.unallocated()).isEqualByComparingTo("10.00");
    }
}
