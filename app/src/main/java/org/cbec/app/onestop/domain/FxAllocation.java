package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money given to an order (MATCHED, or by a PERSON), and once settled its day's rate, CNY amount and fee. */
public record FxAllocation(long id, long receiptId, long orderId, long sellerId, String currency, BigDecimal amount,
                           String allocatedBy, LocalDate rateDay, BigDecimal rate, BigDecimal cnyAmount,
                           BigDecimal fee, Instant settledAt) {
}
