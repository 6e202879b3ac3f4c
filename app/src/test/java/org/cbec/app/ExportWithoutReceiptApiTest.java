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
}
