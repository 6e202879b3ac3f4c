package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Where local rules no longer ask for the receipt of payment (GACC 2024 No. 167), the set is complete without it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cbec.export.receipt-required=false")
class ExportWithoutReceiptApiTest extends ParcelApiTest {

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(SelfSignedKeys.sm2("export agent without receipts"));
    }

    @Test
    void orderWaybillAndInventoryAloneAreReviewedAndReleased() {
        String id = "XN" + shortId();
        ExportParcels.Parcel parcel = ExportParcels.parcel(id, m -> { });
        send("platform", parcel.order());
        send("carrier", parcel.waybill());
        send("agent", parcel.inventory());
        send("carrier", ExportParcels.arrival(List.of("ELN" + id)));

        assertThat(statuses("agent", "copNo", "ECOP" + id)).containsExactly("2", "3", "120", "399", "800");
    }

    @Test
    void anExportReleasedWithoutAReceiptIsAnFxGapOfItsSellerWithItsFigures() {
        String id = "XF" + shortId();
        ExportParcels.Parcel parcel = ExportParcels.parcel(id, m -> { });
        send("platform", parcel.order());
        send("carrier", parcel.waybill());
        send("agent", parcel.inventory());
        send("carrier", ExportParcels.arrival(List.of("ELN" + id)));
        assertThat(statuses("agent", "copNo", "ECOP" + id)).endsWith("800");

        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        tools.jackson.databind.JsonNode gap = api().get("/api/v1/exchange/fx/gaps?month=" + month,
                department("FX")).json().get("listed").valueStream().filter(g -> "E".equals(g.get("direction")
                .asString())).findFirst().orElseThrow();
        assertThat(gap.get("declaredValue").decimalValue()).isPositive();
        assertThat(gap.get("paidValue").decimalValue()).as("nothing received yet").isZero();
        assertThat(gap.get("differenceShare").decimalValue()).isEqualByComparingTo("1");
        assertThat(gap.get("payCodes").get(0).get("parcels").asLong()).isPositive();
    }
}
