package org.cbec.app.customs.domain;

import java.math.BigDecimal;

/**
 * One line of the tariff table, keyed by the 10-digit HS code: the MFN tariff rate, the import VAT rate, the
 * consumption tax (ad valorem rate, and a specific amount per unit where the goods have one), the conditions under
 * which consumption tax applies at all (high-end cosmetics: from 10 CNY per ml or g, or 15 CNY per piece), whether
 * the line is on the CBEC positive list with its remarks, the transaction unit and a reference price.
 * Rates are fractions (0.13 for 13 %); absent amounts are null.
 */
public record Tariff(String hsCode, String name, BigDecimal mfnRate, BigDecimal vatRate, BigDecimal ctRate,
                     BigDecimal ctSpecific, String ctSpecificUnit, BigDecimal ctMinPerMlOrG, BigDecimal ctMinPerPiece,
                     boolean positiveList, String remarks, String unit, BigDecimal referencePrice,
                     BigDecimal maxQtyPerYear) {
}
