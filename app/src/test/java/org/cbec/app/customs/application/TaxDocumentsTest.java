package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.schema.import202205.CEB816Message;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** CEB816 and CEB818 are written without a second XSD check: both are read back here, strictly. */
class TaxDocumentsTest {

    private static final Instant AT = Instant.parse("2026-11-27T03:00:00Z");
    private static final TaxBill BILL = new TaxBill("37002026I000000042", "1105910159",
            "COP1", "ORD1", "1101110325", "1101110325", "110101199001011234", false, new BigDecimal("0.00"),
            new BigDecimal("52.50"), new BigDecimal("45.50"), "2", AT, "TX37002026I000000042", AT,
            "JK202611270000000001");

    @Test
    void a_tax_bill_passes_the_xsd_with_its_lines() {
        String xml = TaxDocuments.bill(BILL, List.of(new TaxBillLine(1, "3304990099", BigDecimal.ONE,
                BigDecimal.ZERO, new BigDecimal("425.00"), new BigDecimal("0.00"), new BigDecimal("52.50"),
                new BigDecimal("45.50"))), "3700", AT);

        ReadResult read = new CebReader().read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.errors()).isEmpty();
        var head = read.message().body(CEB816Message.class).getTax().get(0).getTaxHeadRd();
        assertThat(head.getInvtNo()).isEqualTo("37002026I000000042");
        assertThat(head.getConsumptionTax()).isEqualByComparingTo("52.50");
        assertThat(head.getReturnTime()).isEqualTo("20261127110000000");
    }

    @Test
    void a_tax_status_passes_the_xsd_and_carries_the_payment_form() {
        String xml = TaxDocuments.status(List.of(BILL, BILL), AT);

        ReadResult read = new CebReader().read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.errors()).isEmpty();
        assertThat(xml).contains("<ceb:entDutyNo>JK202611270000000001</ceb:entDutyNo>")
                .contains("<ceb:status>2</ceb:status>");
    }
}
