package org.cbec.app.customs.domain;

import java.math.BigDecimal;

/** What one inventory line took out of the stock and how much of it came back. */
public record StockUsage(String invtNo, int gnum, String emsNo, String itemRecordNo, BigDecimal qty,
                         BigDecimal returned) {
}
