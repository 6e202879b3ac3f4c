package org.cbec.app.customs.domain;

import java.math.BigDecimal;

/** A guarantor's tax guarantee: the amount it covers and what it owes now. */
public record Guarantee(String assureCode, BigDecimal amount, BigDecimal owed) {
    public BigDecimal available() {
        return amount.subtract(owed);
    }
}
