package org.cbec.app.customs.domain;

import java.math.BigDecimal;

/** A payment form (缴款书, entDutyNo) summarising a guarantor's bills. */
public record TaxPayment(String entDutyNo, String assureCode, int bills, BigDecimal total, String status) {
}
