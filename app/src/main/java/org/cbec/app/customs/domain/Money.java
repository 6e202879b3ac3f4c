package org.cbec.app.customs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CNY amounts: rounded half-up to the fen (0.01), and written with two decimals. */
public final class Money {

    private Money() {
    }

    public static BigDecimal fen(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static String plain(BigDecimal amount) {
        return fen(amount).toPlainString();
    }
}
