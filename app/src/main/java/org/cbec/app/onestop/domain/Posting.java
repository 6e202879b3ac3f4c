package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A double-entry posting: legs on accounts (per owner and currency), debits positive and credits negative, that sum
 * to zero in each currency. Postings are never changed: a correction is a reversal (every leg negated). The
 * idempotency key names the operation, so an operation retried after a crash posts once.
 *
 * @param key    the operation's idempotency key (e.g. {@code fx-receipt:BANK1:REF123})
 * @param kind   what moved (FX_RECEIVED, FX_MATCHED, FX_SETTLED, REVERSAL ...)
 * @param memo   in words, for the statement
 */
public record Posting(String key, String kind, String memo, List<Leg> legs) {

    /** The platform's owner name in the ledger. */
    public static final String PLATFORM = "PLATFORM";
    /** Amounts are kept to 2 places (the fen, the cent); a currency of none (JPY) has no fraction. */
    public static final int PLACES = 2;

    /** One leg: an account of an owner, a currency (JGS-20 code), an amount (debit above 0, credit below). */
    public record Leg(String owner, LedgerAccount account, String currency, BigDecimal amount) {
    }

    public Posting {
        legs = legs == null ? List.of() : List.copyOf(legs);
    }

    /** A seller's owner name in the ledger. */
    public static String seller(long sellerId) {
        return "SELLER:" + sellerId;
    }

    public static Leg debit(String owner, LedgerAccount account, String currency, BigDecimal amount) {
        return new Leg(owner, account, currency, amount);
    }

    public static Leg credit(String owner, LedgerAccount account, String currency, BigDecimal amount) {
        return new Leg(owner, account, currency, amount.negate());
    }

    /** What is wrong with the posting; empty when it balances and can be posted. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (key == null || key.isBlank() || key.length() > 120) {
            problems.add("key: the operation's idempotency key, 1 to 120 characters");
        }
        if (legs.size() < 2) {
            problems.add("legs: at least two");
        }
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            String at = "legs[" + (i + 1) + "].";
            if (leg.amount() == null || leg.amount().signum() == 0 || leg.amount().stripTrailingZeros().scale()
                    > PLACES) {
                problems.add(at + "amount: not 0, at most " + PLACES + " places");
            }
            if (leg.currency() == null || !leg.currency().matches("\\d{3}")) {
                problems.add(at + "currency: a JGS-20 currency code");
            }
            if (leg.account() == null || leg.owner() == null
                    || leg.account().platforms() != PLATFORM.equals(leg.owner())) {
                problems.add(at + "account: " + leg.account() + " is not an account of " + leg.owner());
            }
        }
        if (problems.isEmpty()) {
            sums().forEach((currency, sum) -> {
                if (sum.signum() != 0) {
                    problems.add("legs: the " + currency + " legs sum to " + sum.toPlainString() + ", not 0");
                }
            });
        }
        return problems;
    }

    /** The sum of the legs per currency: all 0 when the posting balances. */
    public Map<String, BigDecimal> sums() {
        Map<String, BigDecimal> sums = new TreeMap<>();
        legs.forEach(l -> sums.merge(l.currency(), l.amount(), BigDecimal::add));
        return sums;
    }

    /** The posting that undoes this one: every leg negated, under its own key. */
    public Posting reversal(String reversalKey, String why) {
        return new Posting(reversalKey, "REVERSAL", "reverses " + key + ": " + why, legs.stream()
                .map(l -> new Leg(l.owner(), l.account(), l.currency(), l.amount().negate())).toList());
    }
}
