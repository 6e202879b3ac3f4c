package org.cbec.app.clearance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.schema.import202205.CEB622Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Record receipts are written without a second XSD check: every kind is read back here, strictly. */
class ReceiptWriterTest {

    private static final DeclaredRecord INVENTORY = new DeclaredRecord("4CDE1CFD-EDED-46B1-946C-B8022E42FC94", "1",
            "2", "order20260101001", "1105910159", "1105910159", "4403169D3W", "2018121222001354081010726129",
            "No20260101001", "1105910159", "copNo20260101001", "1105910159", "5141", "51412026I000000001",
            "1101110326");

    @ParameterizedTest
    @ValueSource(strings = {"CEB312", "CEB412", "CEB512", "CEB514", "CEB622", "CEB624", "CEB626", "CEB712"})
    void every_record_receipt_passes_the_xsd_even_with_the_longest_return_info(String receiptType) {
        String returnTime = ReceiptWriter.returnTime(Instant.parse("2026-11-27T03:00:00Z"));
        String longInfo = "海关退单: order/acturalPaid 100.00 ≠ payment/amountPaid 99.00; ".repeat(40);

        String xml = ReceiptWriter.record(receiptType, INVENTORY, "B20261127000000001", "100", longInfo, returnTime);

        ReadResult read = new CebReader().read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.errors()).isEmpty();
        assertThat(read.message().type().rootElement()).isEqualTo(receiptType + "Message");
        assertThat(xml).contains("<ceb:returnTime>20261127110000000</ceb:returnTime>");
    }

    /** An export record with what the export receipts need beyond the import ones. */
    private static final DeclaredRecord EXPORT = new DeclaredRecord("5CDE1CFD-EDED-46B1-946C-B8022E42FC95", "1", "2",
            "EX20261127001", "3301960001", "3301961234", "3301965555", null, "LNEX20261127001", "3301968888",
            "COPEX20261127001", "3301967777", "2900", "29002026E000000001", "3301969999",
            java.util.Map.of("billNo", "MAWB-160-12345675", "msgSeqNo", "1", "statisticsFlag", "B", "payNo",
                    "PAY-EX-1"));

    @ParameterizedTest
    @ValueSource(strings = {"CEB304", "CEB404", "CEB506", "CEB508", "CEB510", "CEB604", "CEB606"})
    void every_export_receipt_passes_the_xsd(String receiptType) {
        String xml = ReceiptWriter.record(receiptType, EXPORT, "B20261127000000009", "399", "海关审结",
                "20261127110000000");

        ReadResult read = new CebReader().read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(read.errors()).isEmpty();
        assertThat(read.message().type().rootElement()).isEqualTo(receiptType + "Message");
    }

    @Test
    void return_info_is_cut_to_its_1000_characters() {
        String xml = ReceiptWriter.record("CEB622", INVENTORY, "B20261127000000001", "100", "退".repeat(1500),
                "20261127110000000");

        String info = new CebReader().read(xml.getBytes(StandardCharsets.UTF_8)).orThrow()
                .body(CEB622Message.class).getInventoryReturn().get(0).getReturnInfo();
        assertThat(info).hasSize(1000).endsWith("…");
    }

    @Test
    void a_receipt_type_without_a_writer_is_refused() {
        assertThatThrownBy(() -> ReceiptWriter.record("CEB999", INVENTORY, null, "2", "x", "20261127110000000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CEB999");
    }

    @Test
    void a_ceb900_of_a_message_near_the_10_mib_limit_quotes_its_start_and_reads_back() {
        String original = "<ceb:CEB311Message>" + "x".repeat(10_400_000) + "</ceb:CEB311Message>";

        String xml = ReceiptWriter.formatReceipt(ReceiptWriter.newGuid(), "-0002", "too long", "COP-1",
                "CEB311Message", original, ReceiptWriter.returnTime(java.time.Instant.now()));

        org.cbec.ceb.schema.import202205.CEB900Message receipt = new CebReader().read(xml.getBytes(
                StandardCharsets.UTF_8)).orThrow().body(org.cbec.ceb.schema.import202205.CEB900Message.class);
        assertThat(receipt.getMessageReturn().getOriBizMessage()).startsWith("<ceb:CEB311Message>xxx")
                .endsWith("[10400039 characters in all: the platform keeps the whole message]")
                .hasSizeLessThan(ReceiptWriter.QUOTED_ORIGINAL + 100);
    }
}
