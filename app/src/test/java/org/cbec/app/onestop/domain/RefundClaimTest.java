package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The traders' method (免退, cbec-rules.md §D.2): refund = purchase amount excluding VAT on the special invoice x the
 * refund rate, one-to-one or at the weighted average of several invoices.
 */
class RefundClaimTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static RefundClaim.Invoice invoice(long id, long product, String qty, String amount) {
        return new RefundClaim.Invoice(id, product, d(qty), d(amount).divide(d(qty), 10, RoundingMode.HALF_UP));
    }

    @Test
    void oneInvoiceOfExactlyTheDeclaredQuantityIsMatchedOneToOne() {
        // 1,000 T-shirts bought for 10,000.00 excluding VAT, refund rate 13 %: 1,300.00
        RefundClaim.Outcome claim = RefundClaim.build(List.of(new RefundClaim.DeclaredLine(1, 1, 7, "6109100000",
                d("1000"), d("0.13"))), List.of(invoice(11, 7, "1000", "10000.00"), invoice(12, 7, "50", "600.00")));
        assertThat(claim.problems()).isEmpty();
        assertThat(claim.lines().get(0).method()).isEqualTo("ONE_TO_ONE");
        assertThat(claim.base()).isEqualByComparingTo("10000.00");
        assertThat(claim.refund()).isEqualByComparingTo("1300.00");
        assertThat(claim.lines().get(0).taken()).containsExactly(new RefundClaim.Taken(11, d("1000")));
    }

    @Test
    void severalInvoicesAreTakenAtTheirWeightedAverageUnitCostOldestFirst() {
        // 100 at 9.00 and 300 at 10.00: 9.75 on average; 200 declared: base 1,950.00, refund 13 % = 253.50
        RefundClaim.Outcome claim = RefundClaim.build(List.of(new RefundClaim.DeclaredLine(1, 1, 7, "6109100000",
                d("200"), d("0.13"))), List.of(invoice(11, 7, "100", "900.00"), invoice(12, 7, "300", "3000.00")));
        assertThat(claim.lines().get(0).method()).isEqualTo("WEIGHTED_AVERAGE");
        assertThat(claim.base()).isEqualByComparingTo("1950.00");
        assertThat(claim.refund()).isEqualByComparingTo("253.50");
        assertThat(claim.lines().get(0).taken()).containsExactly(new RefundClaim.Taken(11, d("100")),
                new RefundClaim.Taken(12, d("100")));
    }

    @Test
    void twoLinesOfOneProductShareItsInvoicesAndRefundCancelledGoodsAreLeftOut() {
        RefundClaim.Outcome claim = RefundClaim.build(List.of(
                new RefundClaim.DeclaredLine(1, 1, 7, "6109100000", d("60"), d("0.13")),
                new RefundClaim.DeclaredLine(2, 1, 7, "6109100000", d("40"), d("0.13")),
                new RefundClaim.DeclaredLine(2, 2, 8, "7208510000", d("5"), BigDecimal.ZERO)),
                List.of(invoice(11, 7, "100", "1000.00")));
        assertThat(claim.problems()).isEmpty();
        assertThat(claim.lines()).hasSize(2);
        assertThat(claim.refund()).as("(600 + 400) x 13 %").isEqualByComparingTo("130.00");
    }

    @Test
    void aLineTheInvoicesDoNotCoverStopsTheClaimNamingIt() {
        RefundClaim.Outcome claim = RefundClaim.build(List.of(new RefundClaim.DeclaredLine(5, 2, 7, "6109100000",
                d("3"), d("0.13"))), List.of(invoice(11, 7, "2", "20.00"), invoice(12, 8, "10", "5.00")));
        assertThat(claim.problems()).containsExactly(
                "gnum 2 (order 5, product 7): the purchase invoices cover 2 of 3");
        assertThat(RefundClaim.build(List.of(new RefundClaim.DeclaredLine(5, 1, 8, "7208510000", d("1"),
                BigDecimal.ZERO)), List.of()).problems()).containsExactly(
                "no line of the declaration has a refund (every product's refund rate is 0)");
    }
}
