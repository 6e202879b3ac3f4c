package org.cbec.app.customs.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Runs the enabled risk rules over an inventory and names each hit with its rule's code: a hit sends the
 * inventory to manual review (300).
 */
public final class RiskCheck {

    private RiskCheck() {
    }

    /** A line as the rules see it: its tariff line (empty when not in the table). */
    public record Line(int gnum, String gcode, BigDecimal qty, BigDecimal price, Optional<Tariff> tariff) {
    }

    /**
     * What the rules look at: the enterprises, the buyer, the lines, what the buyer already took this year of each
     * capped HS code, and the declared against the computed tax.
     */
    public record Subject(List<String> enterpriseCodes, String buyerIdNumber, List<Line> lines,
                          Map<String, BigDecimal> buyerQtyThisYear, BigDecimal declaredTax, BigDecimal computedTax) {
    }

    public static List<String> hits(List<RiskRule> rules, Subject subject, DoubleSupplier random) {
        List<String> hits = new ArrayList<>();
        for (RiskRule rule : rules) {
            if (rule.enabled()) {
                hit(rule, subject, random).forEach(h -> hits.add(rule.code() + ": " + h));
            }
        }
        return hits;
    }

    private static List<String> hit(RiskRule rule, Subject s, DoubleSupplier random) {
        List<String> hits = new ArrayList<>();
        switch (rule.code()) {
            case RiskRule.POSITIVE_LIST -> s.lines().forEach(l -> {
                if (l.tariff().isEmpty()) {
                    hits.add("gnum " + l.gnum() + ": gcode " + l.gcode() + " is not in the tariff table");
                } else if (!l.tariff().get().positiveList()) {
                    hits.add("gnum " + l.gnum() + ": gcode " + l.gcode() + " (" + l.tariff().get().name()
                            + ") is not on the CBEC retail import positive list");
                }
            });
            case RiskRule.PRICE_BELOW_REFERENCE -> {
                BigDecimal fraction = new BigDecimal(rule.parameter().trim());
                s.lines().forEach(l -> l.tariff().map(Tariff::referencePrice).ifPresent(reference -> {
                    if (l.price().compareTo(reference.multiply(fraction)) < 0) {
                        hits.add("gnum " + l.gnum() + ": price " + Money.plain(l.price()) + " is below "
                                + percent(fraction) + " of the reference price " + Money.plain(reference));
                    }
                }));
            }
            case RiskRule.BLOCKED_ENTERPRISE -> s.enterpriseCodes().stream().filter(listed(rule)::contains).distinct()
                    .forEach(code -> hits.add("enterprise " + code + " is blocked"));
            case RiskRule.BLOCKED_BUYER -> {
                if (listed(rule).contains(s.buyerIdNumber())) {
                    hits.add("buyer " + Limits.mask(s.buyerIdNumber()) + " is blocked");
                }
            }
            case RiskRule.QUANTITY_CAP -> s.lines().forEach(l -> l.tariff().filter(t -> t.maxQtyPerYear() != null)
                    .ifPresent(t -> {
                        BigDecimal total = s.buyerQtyThisYear().getOrDefault(l.gcode(), BigDecimal.ZERO)
                                .add(l.qty());
                        if (total.compareTo(t.maxQtyPerYear()) > 0) {
                            hits.add("gnum " + l.gnum() + ": " + total.stripTrailingZeros().toPlainString() + " of "
                                    + l.gcode() + " this year passes the cap of " + t.maxQtyPerYear()
                                    .stripTrailingZeros().toPlainString() + " per person (" + t.remarks() + ")");
                        }
                    }));
            case RiskRule.RANDOM_REVIEW -> {
                BigDecimal rate = new BigDecimal(rule.parameter().trim());
                if (rate.signum() > 0 && random.getAsDouble() < rate.doubleValue()) {
                    hits.add("drawn at random (" + percent(rate) + " of inventories)");
                }
            }
            case RiskRule.TAX_TOTAL -> {
                BigDecimal tolerance = new BigDecimal(rule.parameter().trim());
                BigDecimal declared = s.declaredTax() == null ? BigDecimal.ZERO : s.declaredTax();
                if (declared.subtract(s.computedTax()).abs()
                        .compareTo(s.computedTax().multiply(tolerance).add(new BigDecimal("0.01"))) > 0) {
                    hits.add("order taxTotal " + Money.plain(declared) + " differs from the computed tax "
                            + Money.plain(s.computedTax()) + " by more than " + percent(tolerance));
                }
            }
            default -> hits.add("unknown rule, checked by an officer");
        }
        return hits;
    }

    private static List<String> listed(RiskRule rule) {
        return Arrays.stream(rule.parameter().split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
