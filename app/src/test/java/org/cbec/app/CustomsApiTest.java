package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cbec.ceb.schema.import202205.CEB311Message;
import org.cbec.ceb.schema.import202205.CEB411Message;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Customs' decisions over HTTP: the 5,000 limit (at, below, above, one indivisible item), the 26,000 annual quota
 * (-621018, also under a race of parallel lists), quota and tax given back by cancellation and return, and the
 * hits that send an inventory to review (300). Every parcel is a handbag line (HS 4202221000) plus 10.00 freight.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomsApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("customs agent");
    private static final KeyMaterial SITE_KEY = SelfSignedKeys.sm2("customs site");
    private static final String SITE = "1101110327";

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
        tokens.put("site", EnterpriseFixtures.token(this, SITE, List.of("SITE"),
                List.of(org.cbec.ceb.sign.Certificates.toPem(SITE_KEY.certificate()))));
    }

    /** The returned goods of parcel {@code id} are back at the site (CEB711 names its waybill again). */
    private void goodsBack(String id) throws Exception {
        send("site", Parcels.delivery(SITE, "RET" + id, List.of("LN" + id), SITE_KEY));
        assertThat(statuses("site", "messageType", "CEB712")).endsWith("399");
    }

    /** A buyer no other test uses: 18 characters like an ID card number. */
    private static String buyer() {
        return "3101011980" + String.format("%08d", System.nanoTime() % 100_000_000L);
    }

    /** Sends a parcel of one buyer; returns its final inventory receipt. */
    private JsonNode declare(String buyer, String price, String qty) throws Exception {
        String id = "Q" + shortId();
        sendParcel(Parcels.parcel(id, buyer, price, qty, AGENT_KEY));
        return lastInventoryReceipt("COP" + id);
    }

    private static String status(JsonNode receipt) {
        return receipt.get("returnStatus").asString();
    }

    @Test
    void aListOf5000IsReleasedAndOneCentMoreIsRefusedWith621005() throws Exception {
        String buyer = buyer();
        assertThat(status(declare(buyer, "2494.99", "2"))).as("4,999.98").isEqualTo("800");
        assertThat(status(declare(buyer, "2495.00", "2"))).as("5,000.00").isEqualTo("800");

        JsonNode above = declare(buyer, "2495.01", "2");
        assertThat(status(above)).as("5,000.02").isEqualTo("-621005");
        assertThat(above.get("returnInfo").asString()).contains("超过单笔限额[5000.00]")
                .contains("dutiable value 5000.02");
    }

    @Test
    void oneIndivisibleItemAbove5000PassesAtFullTaxAndCountsTowardTheYear() throws Exception {
        String buyer = buyer();
        JsonNode released = declare(buyer, "5990", "1");

        assertThat(status(released)).isEqualTo("800");
        JsonNode bill = api().get("/api/v1/tax-bills/" + released.get("invtNo").asString(), tokens.get("agent"))
                .json();
        assertThat(bill.get("bill").get("fullTax").asBoolean()).isTrue();
        // tariff 6 % of 6,000 and VAT 13 % of 6,360, both in full
        assertThat(bill.get("bill").get("customsDuty").decimalValue()).isEqualByComparingTo("360.00");
        assertThat(bill.get("bill").get("vat").decimalValue()).isEqualByComparingTo("826.80");
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("1186.80");
        // 6,000 counted: 20,000 more is the year's rest, one cent more is not
        for (int i = 0; i < 4; i++) {
            assertThat(status(declare(buyer, "2495", "2"))).isEqualTo("800");
        }
        assertThat(status(declare(buyer, "0.01", "1"))).isEqualTo("-621018");
    }

    @Test
    void aListThatWouldPassTheYearIsRefusedWith621018NamingUsedAndRemaining() throws Exception {
        String buyer = buyer();
        for (int i = 0; i < 5; i++) {
            assertThat(status(declare(buyer, "2495", "2"))).isEqualTo("800");
        }

        JsonNode refused = declare(buyer, "991", "1");
        assertThat(status(refused)).as("25,000 + 1,001").isEqualTo("-621018");
        assertThat(refused.get("returnInfo").asString()).contains("已用购买额度为[25000.00]")
                .contains("年度限额[26000.00]").contains("this list 1001.00, remaining 1000.00");
        assertThat(refused.get("invtNo").isNull()).isTrue();

        assertThat(status(declare(buyer, "990", "1"))).as("25,000 + 1,000 = 26,000").isEqualTo("800");
    }

    @Test
    void parallelListsOfOneBuyerNeverPassTheYearTogether() throws Exception {
        String buyer = buyer();
        List<Parcels.Parcel> parcels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // 2,000.00 each: 13 fit in 26,000
            Parcels.Parcel parcel = Parcels.parcel("R" + i + "-" + shortId(), buyer, "995", "2", AGENT_KEY);
            parcels.add(parcel);
            send("platform", parcel.order());
            send("payer", parcel.payment());
            send("carrier", parcel.waybill());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<?>> sent = new ArrayList<>();
        for (Parcels.Parcel parcel : parcels) {
            sent.add(pool.submit(() -> send("agent", parcel.inventory())));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();

        List<String> outcomes = parcels.stream().map(p -> status(lastInventoryReceipt("COP" + p.id()))).toList();
        assertThat(outcomes).filteredOn("800"::equals).hasSize(13);
        assertThat(outcomes).filteredOn("-621018"::equals).hasSize(7);

        // a cancellation gives its 2,000 back: one more list fits, and then none
        JsonNode released = parcels.stream().map(p -> lastInventoryReceipt("COP" + p.id()))
                .filter(r -> "800".equals(status(r))).findFirst().orElseThrow();
        String invtNo = released.get("invtNo").asString();
        String id = released.get("copNo").asString().substring(3);
        send("agent", Parcels.cancellation(invtNo, id, AGENT_KEY));
        JsonNode bill = api().get("/api/v1/tax-bills/" + invtNo, tokens.get("agent")).json();
        assertThat(bill.get("bill").get("status").asString()).as("void").isEqualTo("3");
        assertThat(status(declare(buyer, "995", "2"))).isEqualTo("800");
        assertThat(status(declare(buyer, "995", "2"))).isEqualTo("-621018");
    }

    @Test
    void aReturnGivesBackTheReturnedShareOfQuotaAndTaxLineByLine() throws Exception {
        String buyer = buyer();
        JsonNode released = declare(buyer, "1000", "2");
        String invtNo = released.get("invtNo").asString();
        String id = released.get("copNo").asString().substring(3);
        JsonNode before = api().get("/api/v1/tax-bills/" + invtNo, tokens.get("agent")).json();
        // VAT 13 % at 70 % of 2,010.00
        assertThat(before.get("bill").get("vat").decimalValue()).isEqualByComparingTo("182.91");

        send("agent", Parcels.refund(invtNo, id, 1, "4202221000", "1", AGENT_KEY));
        JsonNode applied = api().get("/api/v1/tax-bills/" + invtNo, tokens.get("agent")).json();
        assertThat(applied.get("bill").get("vat").decimalValue()).as("nothing undone before the goods are back")
                .isEqualByComparingTo("182.91");
        goodsBack(id);

        JsonNode after = api().get("/api/v1/tax-bills/" + invtNo, tokens.get("agent")).json();
        assertThat(after.get("lines").get(0).get("returnedQty").decimalValue()).isEqualByComparingTo("1");
        assertThat(after.get("bill").get("vat").decimalValue()).isEqualByComparingTo("91.45");
        // 2,010.00 counted, 1,005.00 given back: 21,005 after four lists of 5,000, so 4,995 still fits exactly
        for (int i = 0; i < 4; i++) {
            assertThat(status(declare(buyer, "2495", "2"))).isEqualTo("800");
        }
        assertThat(status(declare(buyer, "4985", "1"))).isEqualTo("800");
        assertThat(status(declare(buyer, "0.01", "1"))).isEqualTo("-621018");
    }

    @Test
    void goodsBackMoreThan45DaysAfterReleaseLeaveTheTaxStanding() throws Exception {
        JsonNode released = declare(buyer(), "1000", "2");
        String invtNo = released.get("invtNo").asString();
        String id = released.get("copNo").asString().substring(3);
        send("agent", Parcels.refund(invtNo, id, 1, "4202221000", "1", AGENT_KEY));

        // 46 days on, the summary finds the goods not back: the return lapses and the bill is summarised
        JsonNode summary = api().postJson("/api/v1/customs/tax-payments?asOf=" + java.time.Instant.now()
                .plus(java.time.Duration.ofDays(46)), ADMIN, Map.of()).json();
        assertThat(summary.get("payments").isEmpty()).isFalse();
        goodsBack(id);

        JsonNode bill = api().get("/api/v1/tax-bills/" + invtNo, tokens.get("agent")).json();
        assertThat(bill.get("bill").get("vat").decimalValue()).isEqualByComparingTo("182.91");
        assertThat(bill.get("bill").get("status").asString()).isEqualTo("2");
    }

    @Test
    void goodsOffThePositiveListGoToReviewWithTheirHit() throws Exception {
        String id = "PL" + shortId();
        sendParcel(Parcels.parcel(new org.cbec.bench.sim.ParcelFactory.Parcel(id,
                org.cbec.bench.sim.ParcelFactory.Fault.NONE), AGENT_KEY, message -> {
                    if (message instanceof CEB621Message inventory) {
                        inventory.getInventory().get(0).getInventoryList().get(0).setGcode("9302000000");
                    }
                }));

        assertThat(statuses("agent", "copNo", "COP" + id)).containsExactly("2", "3", "120", "300");
        assertThat(lastInventoryReceipt("COP" + id).get("returnInfo").asString())
                .contains("gnum 1: gcode 9302000000 (手枪) is not on the CBEC retail import positive list");
        JsonNode view = api().get("/api/v1/inventories/COP" + id, tokens.get("agent")).json();
        assertThat(view.get("state").get("status").asString()).isEqualTo("REVIEW");
    }

    @Test
    void aTaxTotalBeyondTheToleranceGoesToReview() throws Exception {
        String id = "TT" + shortId();
        BigDecimal paid = new BigDecimal("50.00");
        sendParcel(Parcels.parcel(new org.cbec.bench.sim.ParcelFactory.Parcel(id,
                org.cbec.bench.sim.ParcelFactory.Fault.NONE), AGENT_KEY, message -> {
                    if (message instanceof CEB311Message order) {
                        order.getOrder().get(0).getOrderHead().setTaxTotal(BigDecimal.ZERO);
                        order.getOrder().get(0).getOrderHead().setActuralPaid(paid);
                    }
                    if (message instanceof CEB411Message payment) {
                        payment.getPayment().get(0).getPaymentHead().setAmountPaid(paid);
                    }
                }));

        assertThat(lastInventoryReceipt("COP" + id).get("returnInfo").asString())
                .contains("order taxTotal 0.00 differs from the computed tax 4.55 by more than 5 %");
    }
}
