package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A purchase VAT invoice a seller registered against a product, and how much of it refund claims took. */
public record PurchaseInvoice(long id, long sellerId, long productId, String invoiceNo, String issuerTaxCode,
                              BigDecimal qty, BigDecimal usedQty, BigDecimal amount, BigDecimal vat,
                              LocalDate issuedOn) {
}
