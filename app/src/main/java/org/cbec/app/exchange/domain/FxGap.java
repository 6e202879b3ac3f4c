package org.cbec.app.exchange.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An enterprise's month in one direction as FX verifies it (cbec-rules.md §D): the value declared to customs for
 * the parcels released that month against the money paid for them (import, CEB411) or received (export, CEB403),
 * in total and per payment company. Listed when the money differs from the declared value by more than a share of
 * it: the enterprises FX asks to explain.
 */
public record FxGap(String enterprise, String month, String direction, long parcels, BigDecimal declaredValue,
                    BigDecimal paidValue, List<PaymentCompany> payCodes) {

    /** The share FX tolerates unless configured otherwise: 5 %. */
    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.05");
    /** A share's decimal places: 0.0001 is one in ten thousand, finer than any FX officer asks. */
    public static final int MAX_PLACES = 4;

    public FxGap {
        payCodes = List.copyOf(payCodes);
    }

    /** One payment company's part: its parcels, their declared value and the money through it. */
    public record PaymentCompany(String payCode, long parcels, BigDecimal declaredValue, BigDecimal paidValue) {
    }

    /** Money minus declared value: negative when less came in (or went out) than was declared. */
    public BigDecimal difference() {
        return paidValue.subtract(declaredValue);
    }

    /** The difference as a share of the declared value (4 places); 1 when nothing was declared but money moved. */
    public BigDecimal differenceShare() {
        if (declaredValue.signum() == 0) {
            return paidValue.signum() == 0 ? BigDecimal.ZERO : BigDecimal.ONE;
        }
        return difference().abs().divide(declaredValue, 4, RoundingMode.HALF_UP);
    }

    /** Whether the difference is over the share ({@code 0 < share <= 1}). */
    public boolean over(BigDecimal share) {
        // exact: the share shown is rounded, a cent over the line is over it
        return difference().abs().compareTo(declaredValue.multiply(share)) > 0;
    }

    /** A share as a query gives it: a number above 0 and at most 1. */
    public static BigDecimal share(String value) {
        BigDecimal share;
        try {
            share = new BigDecimal(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("share: a number above 0 and at most 1 (0.05 is 5 %), not '" + value
                    + "'");
        }
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > MAX_PLACES) {
            throw new IllegalArgumentException("share: above 0 and at most 1 (0.05 is 5 %), to at most "
                    + MAX_PLACES + " places, not " + value);
        }
        return share;
    }
}
