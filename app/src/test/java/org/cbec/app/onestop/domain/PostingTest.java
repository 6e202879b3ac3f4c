package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A posting balances in each currency, on accounts of their owners; a reversal negates every leg. */
class PostingTest {

    private static final String SELLER = Posting.seller(7);

    @Test
    void aSettlementBalancesInEachOfItsTwoCurrencies() {
        Posting settled = new Posting("fx-settlement:1", "FX_SETTLED", "USD 100.00 at 7.1", List.of(
                Posting.debit(SELLER, LedgerAccount.PROCEEDS, "502", new BigDecimal("100.00")),
                Posting.credit(Posting.PLATFORM, LedgerAccount.FX_CLEARING, "502", new BigDecimal("100.00")),
                Posting.debit(Posting.PLATFORM, LedgerAccount.FX_CLEARING, "142", new BigDecimal("710.00")),
                Posting.credit(SELLER, LedgerAccount.BALANCE, "142", new BigDecimal("708.58")),
                Posting.credit(Posting.PLATFORM, LedgerAccount.FEE_INCOME, "142", new BigDecimal("1.42"))));
        assertThat(settled.problems()).isEmpty();
        assertThat(settled.sums()).allSatisfy((currency, sum) -> assertThat(sum).isZero());
        Posting undone = settled.reversal("fx-settlement:1:reversal", "wrong rate");
        assertThat(undone.problems()).isEmpty();
        assertThat(undone.legs().get(0).amount()).isEqualByComparingTo("-100.00");
        assertThat(undone.kind()).isEqualTo("REVERSAL");
    }

    @Test
    void aPostingThatDoesNotBalanceOrUsesAnotherOwnersAccountIsRefused() {
        Posting off = new Posting("k", "X", "", List.of(
                Posting.debit(Posting.PLATFORM, LedgerAccount.BANK, "502", new BigDecimal("10.00")),
                Posting.credit(SELLER, LedgerAccount.PROCEEDS, "502", new BigDecimal("9.99"))));
        assertThat(off.problems()).containsExactly("legs: the 502 legs sum to 0.01, not 0");
        Posting wrongOwner = new Posting("k", "X", "", List.of(
                Posting.debit(SELLER, LedgerAccount.BANK, "502", new BigDecimal("10.00")),
                Posting.credit(Posting.PLATFORM, LedgerAccount.BALANCE, "502", new BigDecimal("10.00"))));
        assertThat(wrongOwner.problems()).containsExactly("legs[1].account: BANK is not an account of SELLER:7",
                "legs[2].account: BALANCE is not an account of PLATFORM");
        Posting oneLeg = new Posting("", "X", "", List.of(Posting.debit(Posting.PLATFORM, LedgerAccount.BANK, "502",
                new BigDecimal("0.001"))));
        assertThat(oneLeg.problems()).containsExactly("key: the operation's idempotency key, 1 to 120 characters",
                "legs: at least two", "legs[1].amount: not 0, at most 2 places");
    }
}
