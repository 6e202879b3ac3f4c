package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cbec.ceb.schema.export202205.CEB303Message;
import org.cbec.ceb.schema.export202205.CEB403Message;
import org.cbec.ceb.schema.export202205.CEB603Message;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The summary declaration over HTTP: released summary-kind inventories of a consignor merged by the eight keys into
 * several declarations, a second run adding nothing, and a CEB701 application by invtNo, taken once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportSummaryApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("summary agent");

    private String consignor;

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
        consignor = "C" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        tokens.put("consignor", EnterpriseFixtures.token(this, consignor, List.of("EBC"), List.of()));
    }

    /** Releases an export parcel of the test's consignor going to {@code country}, HS {@code gcode}; its invtNo. */
    private String released(String id, String country, String gcode, String statisticsFlag) {
        ExportParcels.Parcel parcel = ExportParcels.parcel(id, m -> {
            if (m instanceof CEB303Message order) {
                order.getOrder().get(0).getOrderHead().setEbcCode(consignor);
            }
            if (m instanceof CEB403Message receipt) {
                receipt.getReceipts().get(0).setEbcCode(consignor);
            }
            if (m instanceof CEB603Message inventory) {
                var head = inventory.getInventory().get(0).getInventoryHead();
                head.setEbcCode(consignor);
                head.setCountry(country);
                head.setStatisticsFlag(statisticsFlag);
                inventory.getInventory().get(0).getInventoryList().get(0).setGcode(gcode);
                inventory.getInventory().get(0).getInventoryList().get(0).setCountry(country);
            }
        });
        send("platform", parcel.order());
        send("payer", parcel.receipt());
        send("carrier", parcel.waybill());
        send("agent", parcel.inventory());
        send("carrier", ExportParcels.arrival(List.of("ELN" + id)));
        List<JsonNode> receipts = receipts("agent", "copNo", "ECOP" + id);
        JsonNode last = receipts.get(receipts.size() - 1);
        assertThat(last.get("returnStatus").asString()).as(last.get("returnInfo").asString()).isEqualTo("800");
        return last.get("invtNo").asString();
    }

    private List<JsonNode> summariesOfConsignor(JsonNode run) {
        return run.get("summaries").valueStream().filter(s -> s.get("declarations").valueStream()
                .anyMatch(d -> consignor.equals(d.get("head").get("ebcCode").asString()))).toList();
    }

    @Test
    void theMonthlySummaryMergesByTheEightKeysAndASecondRunAddsNothing() {
        String a = released("SA" + shortId(), "502", "6109100000", "B");
        String b = released("SB" + shortId(), "502", "6109100000", "B");
        String c = released("SC" + shortId(), "502", "6404110000", "B");
        String d = released("SD" + shortId(), "303", "6109100000", "B");
        String simplified = released("SE" + shortId(), "502", "6109100000", "A");
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

        JsonNode first = api().postJson("/api/v1/export-summaries?month=" + month, ADMIN, Map.of()).json();

        List<JsonNode> ours = summariesOfConsignor(first);
        assertThat(ours).hasSize(1);
        List<JsonNode> declarations = ours.get(0).get("declarations").valueStream().toList();
        assertThat(declarations).hasSize(2);
        JsonNode toUs = declarations.stream().filter(x -> "502".equals(x.get("head").get("country").asString()))
                .findFirst().orElseThrow();
        assertThat(toUs.get("items").valueStream().map(i -> i.get("parts").valueStream()
                .map(p -> p.get("invtNo").asString()).toList())).containsExactly(List.of(a, b), List.of(c));
        JsonNode toUk = declarations.stream().filter(x -> "303".equals(x.get("head").get("country").asString()))
                .findFirst().orElseThrow();
        assertThat(toUk.get("items").get(0).get("parts").get(0).get("invtNo").asString()).isEqualTo(d);
        assertThat(declarations.toString()).doesNotContain(simplified);
        String sumNo = ours.get(0).get("sumNo").asString();
        assertThat(receipts("agent").stream().filter(r -> "CEB792".equals(r.get("messageType").asString()))
                .map(r -> r.get("xml").asString())).anyMatch(xml -> xml.contains(sumNo) && xml.contains(a)
                && xml.contains(d) && xml.contains("<ceb:gseqno>2</ceb:gseqno>"));

        assertThat(dataset(department("TAX"), "summary-declarations", 1000).stream()
                .filter(e -> sumNo.equals(e.get("sumNo").asString())).toList()).as("tax's summary declarations")
                .hasSize(2).allSatisfy(e -> assertThat(e.get("entryId").asString()).isNotBlank())
                .anySatisfy(e -> assertThat(e.get("invtNos").valueStream().map(JsonNode::asString))
                        .containsExactlyInAnyOrder(a, b, c));

        JsonNode second = api().postJson("/api/v1/export-summaries?month=" + month, ADMIN, Map.of()).json();
        assertThat(summariesOfConsignor(second)).isEmpty();
    }

    @Test
    void aSummaryApplicationByInvtNoIsTakenOnce() {
        String invtNo = released("SF" + shortId(), "502", "6109100000", "B");

        send("agent", ExportParcels.summaryApplication("SUM" + shortId(), consignor, List.of(invtNo)));
        List<JsonNode> first = receipts("agent").stream().filter(r -> "CEB702".equals(r.get("messageType")
                .asString())).toList();
        assertThat(first.subList(first.size() - 4, first.size())).extracting(r -> r.get("returnStatus").asString())
                .containsExactly("2", "3", "120", "399");

        send("agent", ExportParcels.summaryApplication("SUM" + shortId(), consignor, List.of(invtNo)));
        List<JsonNode> again = receipts("agent").stream().filter(r -> "CEB702".equals(r.get("messageType")
                .asString())).toList();
        JsonNode refused = again.get(again.size() - 1);
        assertThat(refused.get("returnStatus").asString()).isEqualTo("100");
        assertThat(refused.get("returnInfo").asString()).contains(invtNo + ": already summarised in");
        assertReceiptsPassTheXsd("agent");
    }
}
