package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Matches money received from abroad to the export orders it pays. First by reference: the order numbers the
 * remittance text names (a buyer pays one order, or several at once), each given what it still awaits, in the order
 * named. Else by amount and buyer: the payer's open orders in that currency, one whose outstanding amount the money
 * meets within the tolerance (banks on the way take their charges), or all of them when together they do. What is
 * left over, or money that meets nothing, waits for a person.
 *
 * @param tolerance the share of an order's outstanding amount the money may fall short of or exceed (0.01 is 1 %)
 */
public record FxMatching(BigDecimal tolerance) {

    /** An order still awaiting money: its seller, number, buyer, currency, and what it still awaits. */
    public record OpenOrder(long orderId, long sellerId, String orderNo, String buyerName, String currency,
                            BigDecimal outstanding) {
    }

    /** Money given to an order. */
    public record Allocation(long orderId, long sellerId, String orderNo, BigDecimal amount) {
    }

    /** The matching's outcome: the allocations, what is left (0 when all was matched), how it matched. */
    public record Match(List<Allocation> allocations, BigDecimal unallocated, String how) {
        public boolean complete() {
            return unallocated.signum() == 0;
        }
    }

    /** Matches money of a currency from a payer, with its remittance text, to the open orders. */
    public Match match(String currency, BigDecimal amount, String payerName, String remittance,
                       List<OpenOrder> open) {
        List<OpenOrder> sameCurrency = open.stream().filter(o -> o.currency().equals(currency)
                && o.outstanding().signum() > 0).toList();
        List<OpenOrder> named = named(remittance, sameCurrency);
        if (!named.isEmpty()) {
            List<Allocation> allocations = new ArrayList<>();
            BigDecimal left = amount;
            for (OpenOrder order : named) {
                BigDecimal given = left.min(order.outstanding());
                if (given.signum() > 0) {
                    allocations.add(new Allocation(order.orderId(), order.sellerId(), order.orderNo(), given));
                    left = left.subtract(given);
                }
            }
            return new Match(allocations, left, "REFERENCE");
        }
        List<OpenOrder> buyers = sameCurrency.stream().filter(o -> sameName(o.buyerName(), payerName)).toList();
        Optional<OpenOrder> one = buyers.stream().filter(o -> within(amount, o.outstanding())).findFirst();
        if (one.isPresent() && buyers.stream().filter(o -> within(amount, o.outstanding())).count() == 1) {
            OpenOrder order = one.get();
            return new Match(List.of(new Allocation(order.orderId(), order.sellerId(), order.orderNo(), amount)),
                    BigDecimal.ZERO, "AMOUNT_AND_BUYER");
        }
        BigDecimal together = buyers.stream().map(OpenOrder::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (buyers.size() > 1 && within(amount, together)) {
            List<Allocation> allocations = new ArrayList<>();
            BigDecimal left = amount;
            for (int i = 0; i < buyers.size(); i++) {
                OpenOrder order = buyers.get(i);
                BigDecimal given = i == buyers.size() - 1 ? left : left.min(order.outstanding());
                allocations.add(new Allocation(order.orderId(), order.sellerId(), order.orderNo(), given));
                left = left.subtract(given);
            }
            return new Match(allocations, BigDecimal.ZERO, "AMOUNT_AND_BUYER");
        }
        return new Match(List.of(), amount, "NONE");
    }

    /** The open orders the remittance text names by number, in the order it names them, each once. */
    private static List<OpenOrder> named(String remittance, List<OpenOrder> open) {
        if (remittance == null || remittance.isBlank()) {
            return List.of();
        }
        Set<OpenOrder> named = new LinkedHashSet<>();
        for (String token : remittance.toUpperCase(Locale.ROOT).split("[^A-Z0-9_-]+")) {
            open.stream().filter(o -> o.orderNo().toUpperCase(Locale.ROOT).equals(token)).forEach(named::add);
        }
        return List.copyOf(named);
    }

    private boolean within(BigDecimal amount, BigDecimal expected) {
        return amount.subtract(expected).abs().compareTo(expected.multiply(tolerance)) <= 0;
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return name.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
