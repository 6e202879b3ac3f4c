package org.cbec.app.customs.domain;

import java.math.BigDecimal;

/** The tax of one line of an inventory. */
public record TaxBillLine(int gnum, String gcode, BigDecimal qty, BigDecimal returnedQty, BigDecimal dutiable,
                          BigDecimal customsDuty, BigDecimal consumptionTax, BigDecimal vat) {
}
