package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money a bank notified: once per bank reference; what of it no order took yet ({@code unallocated}), how it matched
 * (REFERENCE, AMOUNT_AND_BUYER, MANUAL, NONE), MATCHED or UNMATCHED.
 */
public record FxReceipt(long id, long bankId, String bankReference, String payerName, String payerCountry,
                        String currency, BigDecimal amount, BigDecimal unallocated, LocalDate valueDate,
                        String remittance, String matchedHow, String status, Instant receivedAt) {
}
