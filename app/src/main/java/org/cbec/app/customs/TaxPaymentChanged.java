package org.cbec.app.customs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A payment form (汇总征税: the bills of a guarantor summarised) was issued (DUE, payable by {@code dueBy}) or paid
 * (PAID). Published by customs; the public service platform keeps it for the enterprises' credit (overdue tax).
 */
public record TaxPaymentChanged(String entDutyNo, String assureCode, int bills, BigDecimal total, String status,
                                Instant dueBy, Instant at) {

    /** GACC Announcement 2022 No. 61: a payment notice is paid within 15 days (cbec-rules.md §A.6). */
    public static final Duration PAY_WITHIN = Duration.ofDays(15);

    /** The changes one transaction of customs made: what is published. */
    public record Batch(List<TaxPaymentChanged> changes) {

        public Batch {
            changes = List.copyOf(changes);
        }
    }
}
