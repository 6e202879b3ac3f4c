package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The tax after release over HTTP: the CEB816 bill in the declarant's stream, the guarantee that bounds what a
 * guarantor may owe (exhausted: no release), the summary into a payment form with CEB818, and the payment.
 * Parcels here are guaranteed by an enterprise of this test alone, with a guarantee it sets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaxApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("tax agent");

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
    }

    private static String guarantor() {
        return "G" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
    }

    /** Files a guarantee that backs the tests' declarant. */
    private void guarantee(String assureCode, String amount) {
        ApiClient.Response set = api().putJson("/api/v1/customs/guarantees/" + assureCode, ADMIN,
                Map.of("amount", new BigDecimal(amount)));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        ApiClient.Response backs = api().putJson("/api/v1/customs/guarantees/" + assureCode + "/backed/"
                + Parcels.AGENT, ADMIN, Map.of());
        assertThat(backs.status()).as(backs.body()).isEqualTo(200);
    }

    /** A parcel of 100.00 goods + 10.00 freight (tax 10.01) guaranteed by {@code assureCode}; its last receipt. */
    private JsonNode parcel(String assureCode) throws Exception {
        String id = "TX" + shortId();
        sendParcel(Parcels.parcel(new org.cbec.bench.sim.ParcelFactory.Parcel(id,
                org.cbec.bench.sim.ParcelFactory.Fault.NONE, "5101011990" + String.format("%08d",
                System.nanoTime() % 100_000_000L), new BigDecimal("100"), BigDecimal.ONE), AGENT_KEY, message -> {
                    if (message instanceof CEB621Message inventory) {
                        inventory.getInventory().get(0).getInventoryHead().setAssureCode(assureCode);
                    }
                }));
        return lastInventoryReceipt("COP" + id);
    }

    @Test
    void aReleasedInventorysTaxBillReachesItsDeclarantAsCeb816() throws Exception {
        String assureCode = guarantor();
        guarantee(assureCode, "1000.00");
        JsonNode released = parcel(assureCode);
        String invtNo = released.get("invtNo").asString();

        List<JsonNode> bills = receipts("agent", "invtNo", invtNo).stream()
                .filter(r -> "CEB816".equals(r.get("messageType").asString())).toList();
        assertThat(bills).hasSize(1);
        assertThat(bills.get(0).get("xml").asString()).contains("<ceb:invtNo>" + invtNo + "</ceb:invtNo>")
                .contains("<ceb:valueAddedTax>10.01</ceb:valueAddedTax>").contains("<ceb:status>1</ceb:status>");
        JsonNode guarantee = api().get("/api/v1/customs/guarantees/" + assureCode, ADMIN).json();
        assertThat(guarantee.get("owed").decimalValue()).isEqualByComparingTo("10.01");
    }

    @Test
    void aGuaranteeThatDoesNotCoverTheTaxStopsTheRelease() throws Exception {
        String assureCode = guarantor();
        guarantee(assureCode, "15.00");

        assertThat(parcel(assureCode).get("returnStatus").asString()).isEqualTo("800");
        JsonNode refused = parcel(assureCode);
        assertThat(refused.get("returnStatus").asString()).isEqualTo("100");
        // the guarantor's balance is its own: the declarant hears only that its list is not covered
        assertThat(refused.get("returnInfo").asString()).contains("担保额度不足")
                .contains("does not cover the tax of this list, 10.01").doesNotContain("4.99").doesNotContain("15.00");

        JsonNode unguaranteed = parcel(guarantor());
        assertThat(unguaranteed.get("returnStatus").asString()).isEqualTo("100");
        assertThat(unguaranteed.get("returnInfo").asString()).contains("no tax guarantee is filed for assureCode");
    }

    @Test
    void billsAreSummarisedPerGuarantorAfter30DaysAndThePaymentFreesTheGuarantee() throws Exception {
        String assureCode = guarantor();
        guarantee(assureCode, "20.02");
        String first = parcel(assureCode).get("invtNo").asString();
        String second = parcel(assureCode).get("invtNo").asString();
        assertThat(parcel(assureCode).get("returnStatus").asString()).as("guarantee used up").isEqualTo("100");

        JsonNode tooEarly = api().postJson("/api/v1/customs/tax-payments?asOf=" + Instant.now()
                .plus(Duration.ofDays(29)), ADMIN, Map.of()).json();
        assertThat(tooEarly.get("payments").valueStream().map(p -> p.get("assureCode").asString()))
                .doesNotContain(assureCode);

        JsonNode summary = api().postJson("/api/v1/customs/tax-payments?asOf=" + Instant.now()
                .plus(Duration.ofDays(31)), ADMIN, Map.of()).json();
        JsonNode payment = summary.get("payments").valueStream()
                .filter(p -> assureCode.equals(p.get("assureCode").asString())).findFirst().orElseThrow();
        assertThat(payment.get("bills").asInt()).isEqualTo(2);
        assertThat(payment.get("total").decimalValue()).isEqualByComparingTo("20.02");
        String entDutyNo = payment.get("entDutyNo").asString();
        for (String invtNo : List.of(first, second)) {
            JsonNode bill = api().get("/api/v1/tax-bills/" + invtNo, tokens.get("agent")).json().get("bill");
            assertThat(bill.get("status").asString()).isEqualTo("2");
            assertThat(bill.get("entDutyNo").asString()).isEqualTo(entDutyNo);
        }
        assertThat(receipts("agent").stream().filter(r -> "CEB818".equals(r.get("messageType").asString()))
                .map(r -> r.get("xml").asString())).anyMatch(xml -> xml.contains(entDutyNo)
                && xml.contains(first) && xml.contains(second));

        assertThat(api().postJson("/api/v1/customs/tax-payments/" + entDutyNo + "/paid", ADMIN, Map.of())
                .status()).isEqualTo(200);
        assertThat(api().postJson("/api/v1/customs/tax-payments/" + entDutyNo + "/paid", ADMIN, Map.of())
                .status()).isEqualTo(409);
        assertThat(dataset(department("TAX"), "import-tax-payments", 1000).stream()
                .filter(p -> entDutyNo.equals(p.get("entDutyNo").asString())).map(p -> p.get("status").asString()))
                .as("tax's payment forms, issued then paid").containsExactly("DUE", "PAID");
        assertThat(api().get("/api/v1/customs/guarantees/" + assureCode, ADMIN).json().get("owed").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(parcel(assureCode).get("returnStatus").asString()).as("guarantee free again").isEqualTo("800");
        assertReceiptsPassTheXsd("agent", "platform");
    }
}
