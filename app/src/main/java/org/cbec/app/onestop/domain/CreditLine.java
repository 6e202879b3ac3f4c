package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A seller's credit line from its record, each factor shown: 30 % of the exports it settled in the last six months
 * (CNY), less the share of its declared orders refused, times its grade at the public platform's credit score where
 * one exists (A 1.2, B 1.0, C 0.7, below C 0), at most {@link #CAP}, rounded down to the hundred yuan.
 */
public final class CreditLine {

    /** The share of six months' settled exports lent. */
    public static final BigDecimal SHARE = new BigDecimal("0.30");
    /** The most one seller borrows, CNY. */
    public static final BigDecimal CAP = new BigDecimal("5000000");

    /** The record a line is made from. */
    public record Record(BigDecimal settledCny, long declaredOrders, long refusedOrders, String creditGrade) {
    }

    /** A factor of the line: its name, its value, what it does. */
    public record Factor(String name, String value, String effect) {
    }

    /** The line and how it was made. */
    public record Line(BigDecimal amount, List<Factor> factors) {
    }

    private CreditLine() {
    }

    public static Line of(Record record) {
        List<Factor> factors = new ArrayList<>();
        BigDecimal line = record.settledCny().multiply(SHARE);
        factors.add(new Factor("settledExports6Months", record.settledCny().toPlainString(), "x 30 % = "
                + line.setScale(2, RoundingMode.DOWN).toPlainString()));
        BigDecimal refusedShare = record.declaredOrders() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(
                record.refusedOrders()).divide(BigDecimal.valueOf(record.declaredOrders()), 4, RoundingMode.HALF_UP);
        line = line.multiply(BigDecimal.ONE.subtract(refusedShare));
        factors.add(new Factor("refusedShare", refusedShare.toPlainString() + " (" + record.refusedOrders() + " of "
                + record.declaredOrders() + " orders)", "x (1 - " + refusedShare.toPlainString() + ")"));
        BigDecimal grade = switch (record.creditGrade() == null ? "" : record.creditGrade()) {
            case "A" -> new BigDecimal("1.2");
            case "B", "" -> BigDecimal.ONE;
            case "C" -> new BigDecimal("0.7");
            default -> BigDecimal.ZERO;
        };
        line = line.multiply(grade);
        factors.add(new Factor("creditGrade", record.creditGrade() == null ? "none at the public platform"
                : record.creditGrade(), "x " + grade.toPlainString()));
        if (line.compareTo(CAP) > 0) {
            line = CAP;
            factors.add(new Factor("cap", CAP.toPlainString(), "at most"));
        }
        return new Line(line.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100))
                .setScale(2), List.copyOf(factors));
    }

    /** A day's interest on a principal at an annual rate, by the actual/360 day count, to the fen, half up. */
    public static BigDecimal dailyInterest(BigDecimal principal, BigDecimal annualRate) {
        return principal.multiply(annualRate).divide(BigDecimal.valueOf(360), 2, RoundingMode.HALF_UP);
    }
}
