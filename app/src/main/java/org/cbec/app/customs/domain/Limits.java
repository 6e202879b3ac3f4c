package org.cbec.app.customs.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The limits of CBEC retail import (财关税〔2018〕49号, from 2019-01-01; cbec-rules.md §A.4): 5,000 CNY of dutiable
 * value per transaction and 26,000 CNY per buyer per calendar year. Above the single limit an inventory is
 * refused, unless it is one indivisible item: that passes at full tax and counts toward the year.
 */
public final class Limits {

    public static final BigDecimal SINGLE_TRANSACTION = new BigDecimal("5000");
    public static final BigDecimal ANNUAL = new BigDecimal("26000");

    /** 清单[*]的购买金额超过单笔限额[*]. */
    public static final String OVER_SINGLE_LIMIT = "-621005";
    /** 清单[*]中购买人[*]已用购买额度为[*]，本次购买将超过年度限额[*]. */
    public static final String OVER_ANNUAL_LIMIT = "-621018";

    private Limits() {
    }

    /** How an inventory stands against the single-transaction limit. */
    public enum Single { WITHIN, INDIVISIBLE_ABOVE, ABOVE }

    /** One indivisible item: a single line of quantity 1. */
    public static Single single(BigDecimal dutiableValue, int lines, BigDecimal firstLineQty) {
        if (dutiableValue.compareTo(SINGLE_TRANSACTION) <= 0) {
            return Single.WITHIN;
        }
        return lines == 1 && firstLineQty.compareTo(BigDecimal.ONE) == 0 ? Single.INDIVISIBLE_ABOVE : Single.ABOVE;
    }

    /** The reason an amount does not fit the buyer's year, or empty when it fits. */
    public static Optional<String> annualRefusal(String copNo, String buyerIdNumber, BigDecimal used,
                                                 BigDecimal amount) {
        if (used.add(amount).compareTo(ANNUAL) <= 0) {
            return Optional.empty();
        }
        BigDecimal remaining = ANNUAL.subtract(used).max(BigDecimal.ZERO);
        return Optional.of("清单[" + copNo + "]中购买人[" + mask(buyerIdNumber) + "]已用购买额度为["
                + Money.plain(used) + "]，本次购买将超过年度限额[" + Money.plain(ANNUAL) + "]: this list "
                + Money.plain(amount) + ", remaining " + Money.plain(remaining));
    }

    /** An ID number in a receipt shows its first 6 and last 4 characters only. */
    static String mask(String idNumber) {
        if (idNumber == null || idNumber.length() <= 10) {
            return idNumber;
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }
}
