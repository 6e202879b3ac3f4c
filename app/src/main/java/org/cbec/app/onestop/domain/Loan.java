package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A loan on a seller's credit line: ORDER_FINANCING against a released order (repaid from its proceeds) or
 * REFUND_ADVANCE against a refund claim (repaid when the tax office pays), its principal, what is still owed of it and
 * of its interest, the annual rate, when it was drawn and is due, to which day interest is accrued, ACTIVE or REPAID.
 */
public record Loan(long id, long sellerId, String product, Long orderId, Long claimId, BigDecimal principal,
                   BigDecimal outstanding, BigDecimal interestDue, BigDecimal annualRate, LocalDate drawnOn,
                   LocalDate dueOn, LocalDate accruedTo, String status) {
}
