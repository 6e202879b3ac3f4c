package org.cbec.app.customs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaxBillTest {

    private static final Instant CREATED = Instant.parse("2026-12-02T04:00:00Z");
    private static final Instant RELEASED = Instant.parse("2026-12-02T04:05:00.123456Z");

    private final TaxBill bill = new TaxBill("INV-1", "1105910159", "COP-1", "ORD-1", "1105910159", "1105910159",
            "110101199001011234", false, new BigDecimal("0.00"), new BigDecimal("8.19"), new BigDecimal("9.92"), "1",
            CREATED, null, null, null);

    @Test
    void theTotalIsDutyConsumptionTaxAndVat() {
        assertThat(bill.total()).isEqualByComparingTo("18.11");
    }

    @Test
    void aReleasedBillIsNumberedAndKeepsEverythingElse() {
        TaxBill released = bill.released("TAX-1", RELEASED);

        assertThat(released.taxNo()).isEqualTo("TAX-1");
        assertThat(released.releasedAt()).isEqualTo(RELEASED);
        assertThat(released).usingRecursiveComparison().ignoringFields("taxNo", "releasedAt").isEqualTo(bill);
        assertThat(bill.taxNo()).as("the bill it came from").isNull();
    }
}
