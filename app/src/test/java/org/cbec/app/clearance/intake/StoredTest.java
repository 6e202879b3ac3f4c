package org.cbec.app.clearance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.junit.jupiter.api.Test;

/** A stored document reads back as it was written, and the same text is parsed once. */
class StoredTest {

    private final DeclaredRecord record = new DeclaredRecord("GUID-1", "1", "2", "ORD-1", "EBP0000001", "EBC0000001",
            null, null, null, null, null, null, "3101");
    private final ParcelDocuments.Waybill waybill = new ParcelDocuments.Waybill("LOG0000001", "WB-1", "ORD-1",
            new BigDecimal("10.00"), BigDecimal.ONE, "张三", "13800000000", "上海");

    @Test
    void aDocumentReadsBackEqualAndTheSameTextIsParsedOnce() {
        String json = new Stored<>(record, waybill).json();

        Stored<ParcelDocuments.Waybill> first = Stored.fromJson(json, ParcelDocuments.Waybill.class);
        assertThat(first.record()).isEqualTo(record);
        assertThat(first.document()).isEqualTo(waybill);
        assertThat(Stored.fromJson(new String(json), ParcelDocuments.Waybill.class)).isSameAs(first);
        assertThat(Stored.recordOf(new String(json))).isSameAs(first.record());
    }

    @Test
    void theRecordAloneIsReadWithoutTheDocumentAndKept() {
        String json = new Stored<>(record.withInvtNo("31012026I000000001"), List.of("not a waybill")).json();

        DeclaredRecord alone = Stored.recordOf(json);
        assertThat(alone.invtNo()).isEqualTo("31012026I000000001");
        assertThat(Stored.recordOf(new String(json))).isSameAs(alone);
    }

    @Test
    void onlyTheLastFewThousandTextsAreKept() {
        String first = new Stored<>(record, waybill).json();
        Stored<ParcelDocuments.Waybill> parsed = Stored.fromJson(first, ParcelDocuments.Waybill.class);
        for (int i = 0; i <= Stored.PARSED_KEPT; i++) {
            Stored.fromJson(new Stored<>(new DeclaredRecord("GUID-" + i, "1", "2", "ORD-" + i, "EBP0000001", null,
                    null, null, null, null, null, null, null), waybill).json(), ParcelDocuments.Waybill.class);
        }

        assertThat(Stored.fromJson(first, ParcelDocuments.Waybill.class)).isNotSameAs(parsed).isEqualTo(parsed);
    }
}
