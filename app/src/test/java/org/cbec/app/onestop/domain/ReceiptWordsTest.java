package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Receipts in plain words for a seller. */
class ReceiptWordsTest {

    @Test
    void theStatusesOfAnExportInventoryAreSaidPlainly() {
        assertThat(ReceiptWords.of("120", "海关入库").en()).isEqualTo("accepted by customs");
        assertThat(ReceiptWords.of("800", null).zh()).isEqualTo("海关放行，可以出境");
        assertThat(ReceiptWords.of("899", null).en()).isEqualTo("closed: the goods have left China");
    }

    @Test
    void aRefusalNamesTheCheckThatFailed() {
        ReceiptWords.Words words = ReceiptWords.of("100", "海关退单: order goodsValue+freight/charge 36.50 differs "
                + "from receipt 30.00");
        assertThat(words.en()).isEqualTo("refused by customs: correct the order and send it again; the payment "
                + "received is not the order's goods value plus freight");
        assertThat(words.zh()).endsWith("收款金额与订单金额（货值+运费）不一致");
    }

    @Test
    void aCodeNotKnownIsStillShownAsACheckThatFailedOrAStatus() {
        assertThat(ReceiptWords.of("-301099", "x").en()).isEqualTo("the e-port's checks refused it");
        assertThat(ReceiptWords.of("777", "x").en()).isEqualTo("receipt status 777");
        assertThat(ReceiptWords.of("HTTP 400", "x").en()).startsWith("the clearance platform refused the message");
        assertThat(ReceiptWords.of("BOOKED", "x").en()).isEqualTo("parcel booked, waybill number given");
    }

    @Test
    void missingDocumentsAreNamed() {
        assertThat(ReceiptWords.of("100", "海关退单: missing: receipt of payment CEB403 (orderNo S1-SO, ebpCode X)")
                .en()).endsWith("; no payment arrived: record the payment");
    }
}
