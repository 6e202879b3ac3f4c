package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.cbec.ceb.schema.export202205.CEB403Message;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Export clearance over HTTP: a parcel to 899 in shuffled order, release only after arrival, cancellation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("export agent");

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
    }

    private List<Map.Entry<String, byte[]>> documents(ExportParcels.Parcel parcel) {
        return List.of(Map.entry("platform", parcel.order()), Map.entry("payer", parcel.receipt()),
                Map.entry("carrier", parcel.waybill()), Map.entry("agent", parcel.inventory()));
    }

    private List<String> inventoryStatuses(String id) {
        return receipts("agent", "copNo", "ECOP" + id).stream()
                .filter(r -> "CEB604".equals(r.get("messageType").asString()))
                .map(r -> r.get("returnStatus").asString()).toList();
    }

    private JsonNode last604(String id) {
        List<JsonNode> receipts = receipts("agent", "copNo", "ECOP" + id).stream()
                .filter(r -> "CEB604".equals(r.get("messageType").asString())).toList();
        return receipts.get(receipts.size() - 1);
    }

    @Test
    void aCleanExportParcelGoesTo899InShuffledOrder() {
        for (long seed = 1; seed <= 3; seed++) {
            String id = "X" + seed + shortId();
            List<Map.Entry<String, byte[]>> documents = new ArrayList<>(documents(ExportParcels.parcel(id,
                    m -> { })));
            Collections.shuffle(documents, new Random(seed));
            documents.forEach(d -> send(d.getKey(), d.getValue()));

            assertThat(inventoryStatuses(id)).as("reviewed, waiting for arrival").containsExactly("2", "3", "120",
                    "399");
            send("carrier", ExportParcels.arrival(List.of("ELN" + id)));
            assertThat(inventoryStatuses(id)).endsWith("399", "800");
            send("carrier", ExportParcels.departure(List.of("ELN" + id)));
            assertThat(inventoryStatuses(id)).containsExactly("2", "3", "120", "399", "800", "899");
            assertThat(last604(id).get("invtNo").asString()).matches("\\d{4}\\d{4}E\\d{9}");
            assertThat(receipts("carrier", "logisticsNo", "ELN" + id).stream().map(r -> r.get("messageType")
                    .asString())).contains("CEB506");
        }
        assertReceiptsPassTheXsd("platform", "payer", "carrier", "agent");
    }

    @Test
    void anArrivalBeforeTheInventoryReleasesItAsSoonAsItIsReviewed() {
        String id = "XA" + shortId();
        ExportParcels.Parcel parcel = ExportParcels.parcel(id, m -> { });
        send("carrier", parcel.waybill());
        send("carrier", ExportParcels.arrival(List.of("ELN" + id)));
        send("platform", parcel.order());
        send("payer", parcel.receipt());
        send("agent", parcel.inventory());

        assertThat(inventoryStatuses(id)).containsExactly("2", "3", "120", "399", "800");
        JsonNode view = api().get("/api/v1/export-inventories/ECOP" + id, tokens.get("agent")).json();
        assertThat(view.get("inventory").get("status").asString()).isEqualTo("RELEASED");
        assertThat(view.get("history").valueStream().map(h -> h.get("status").asString()))
                .containsSubsequence("WAITING", "120", "399", "800", "RELEASED");
        assertThat(api().get("/api/v1/export-inventories/ECOP" + id, tokens.get("carrier")).status())
                .as("only its declarant sees it").isEqualTo(404);
        assertThat(api().postJson("/api/v1/export-summaries?month=2026-13", ADMIN, Map.of()).status())
                .isEqualTo(400);
    }

    @Test
    void aReceiptThatDiffersFromTheOrderRejectsTheInventoryNamingBothValues() {
        String id = "XR" + shortId();
        documents(ExportParcels.parcel(id, m -> {
            if (m instanceof CEB403Message receipt) {
                receipt.getReceipts().get(0).setCharge(new BigDecimal("30.00"));
            }
        })).forEach(d -> send(d.getKey(), d.getValue()));

        JsonNode rejected = last604(id);
        assertThat(rejected.get("returnStatus").asString()).isEqualTo("100");
        assertThat(rejected.get("returnInfo").asString())
                .contains("order goodsValue+freight/charge 35.00 differs from receipt 30.00");
    }

    /** One export parcel spoiled by {@code tweak}: its last CEB604 receipt. */
    private JsonNode spoiled(String prefix, java.util.function.Consumer<Object> tweak) {
        String id = prefix + shortId();
        documents(ExportParcels.parcel(id, tweak)).forEach(d -> send(d.getKey(), d.getValue()));
        return last604(id);
    }

    @Test
    void eachExportComparisonRuleFailsAloneWithItsReason() {
        Map<String, java.util.function.Consumer<Object>> spoils = new java.util.LinkedHashMap<>();
        spoils.put("order orderType 'E' does not fit inventory tradeMode 9710, which takes orderType B", m -> {
            if (m instanceof org.cbec.ceb.schema.export202205.CEB603Message i) {
                i.getInventory().get(0).getInventoryHead().setTradeMode("9710");
            }
        });
        spoils.put("order ebcCode '" + Parcels.PLATFORM + "' differs from inventory '" + Parcels.PAYER + "'", m -> {
            if (m instanceof org.cbec.ceb.schema.export202205.CEB603Message i) {
                i.getInventory().get(0).getInventoryHead().setEbcCode(Parcels.PAYER);
            }
        });
        spoils.put("order line 1 qty 3 differs from inventory 4", m -> {
            if (m instanceof org.cbec.ceb.schema.export202205.CEB603Message i) {
                i.getInventory().get(0).getInventoryList().get(0).setQty(new BigDecimal("4"));
            }
        });
        spoils.put("inventory freight 6.00 differs from waybill 5.00", m -> {
            if (m instanceof org.cbec.ceb.schema.export202205.CEB603Message i) {
                i.getInventory().get(0).getInventoryHead().setFreight(new BigDecimal("6.00"));
            }
        });
        spoils.put("inventory tradeMode '0110' is not an export mode", m -> {
            if (m instanceof org.cbec.ceb.schema.export202205.CEB603Message i) {
                i.getInventory().get(0).getInventoryHead().setTradeMode("0110");
            }
        });
        spoils.put("ebpCode 9999999999 is not filed with the platform as EBP", m -> {
            if (m instanceof org.cbec.ceb.schema.export202205.CEB303Message o) {
                o.getOrder().get(0).getOrderHead().setEbpCode("9999999999");
            }
            if (m instanceof org.cbec.ceb.schema.export202205.CEB403Message r) {
                r.getReceipts().get(0).setEbpCode("9999999999");
            }
            if (m instanceof org.cbec.ceb.schema.export202205.CEB603Message i) {
                i.getInventory().get(0).getInventoryHead().setEbpCode("9999999999");
            }
        });
        spoils.forEach((reason, tweak) -> {
            JsonNode rejected = spoiled("XS", tweak);
            assertThat(rejected.get("returnStatus").asString()).as(reason).isEqualTo("100");
            assertThat(rejected.get("returnInfo").asString()).contains(reason);
        });
    }

    @Test
    void b2bDirectExport9710AndOverseasWarehouse9810TakeOrderTypesBAndW() {
        for (String[] mode : new String[][] {{"9710", "B"}, {"9810", "W"}}) {
            JsonNode reviewed = spoiled("XM", m -> {
                if (m instanceof org.cbec.ceb.schema.export202205.CEB603Message i) {
                    i.getInventory().get(0).getInventoryHead().setTradeMode(mode[0]);
                }
                if (m instanceof org.cbec.ceb.schema.export202205.CEB303Message o) {
                    o.getOrder().get(0).getOrderHead().setOrderType(mode[1]);
                }
            });
            assertThat(reviewed.get("returnStatus").asString()).as(mode[0]).isEqualTo("399");
        }
    }

    @Test
    void anArrivalOfAHundredUnknownWaybillsIsRefusedWithAReasonCutToItsThousandCharacters() {
        List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            unknown.add("ELNUNKNOWN" + UUID.randomUUID().toString().substring(0, 8) + i);
        }
        send("carrier", ExportParcels.arrival(unknown));
        JsonNode refused = receipts("carrier").stream().filter(r -> "CEB508".equals(r.get("messageType")
                .asString())).reduce((a, b) -> b).orElseThrow();
        assertThat(refused.get("returnStatus").asString()).isEqualTo("100");
        assertThat(refused.get("returnInfo").asString()).as("returnInfo is C..1000").hasSize(1000).endsWith("…");
        assertThat(new org.cbec.ceb.CebReader(org.cbec.ceb.ReadOptions.strict()).read(refused.get("xml").asString()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).errors()).as("the receipt stays valid").isEmpty();
    }

    private List<String> statusesOf(String who, String messageType, String field, String value) {
        return receipts(who).stream().filter(r -> messageType.equals(r.get("messageType").asString())
                && value.equals(r.get(field).asString())).map(r -> r.get("returnStatus").asString()).toList();
    }

    @Test
    void exportedGoodsComeBackSuspendedUntilTheSiteTalliesThem() {
        String site = "1101110328";
        tokens.put("site", EnterpriseFixtures.token(this, site, List.of("SITE"), List.of()));
        String id = "XT" + shortId();
        documents(ExportParcels.parcel(id, m -> { })).forEach(d -> send(d.getKey(), d.getValue()));
        String invtNo = last604(id).get("invtNo").asString();

        send("platform", ExportParcels.returnApplication(invtNo, id, invtNo.substring(0, 4)));
        assertThat(statusesOf("platform", "CEB214", "invtNo", invtNo)).as("not before the goods left")
                .containsExactly("100");

        send("carrier", ExportParcels.arrival(List.of("ELN" + id)));
        send("carrier", ExportParcels.departure(List.of("ELN" + id)));
        send("platform", ExportParcels.returnApplication(invtNo, id, "5100"));
        assertThat(statusesOf("platform", "CEB214", "invtNo", invtNo)).containsExactly("100", "2", "3", "120",
                "505", "600");

        send("site", ExportParcels.tally(site, id));
        assertThat(statuses("site", "messageType", "CEB216")).containsExactly("2", "3", "399");
        assertThat(statusesOf("platform", "CEB214", "invtNo", invtNo)).endsWith("600", "800");
        send("site", ExportParcels.tally(site, id));
        assertThat(statuses("site", "messageType", "CEB216")).as("nothing left to tally").endsWith("100");
        send("agent", ExportParcels.masterBill("MAWB" + id, List.of("ELN" + id)));
        assertReceiptsPassTheXsd("platform", "site", "agent");
    }

    @Test
    void waybillsGoUnderAMasterBill() {
        String id = "XB" + shortId();
        documents(ExportParcels.parcel(id, m -> { })).forEach(d -> send(d.getKey(), d.getValue()));

        send("agent", ExportParcels.masterBill("MAWB" + id, List.of("ELN" + id)));
        assertThat(statuses("agent", "messageType", "CEB608")).endsWith("2", "3", "399");
        send("agent", ExportParcels.masterBill("MAWB" + id, List.of("ELN-NONE" + id)));
        assertThat(statuses("agent", "messageType", "CEB608")).endsWith("100");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.cbec.app.export.application.ExportClearance exportClearance;

    @Test
    void anIncompleteSetIsRejectedAfterTheWaitNamingWhatIsMissing() {
        String id = "XW" + shortId();
        ExportParcels.Parcel parcel = ExportParcels.parcel(id, m -> { });
        send("platform", parcel.order());
        send("agent", parcel.inventory());

        assertThat(exportClearance.expireOverdue(java.time.Instant.now().plus(java.time.Duration.ofHours(23))))
                .isZero();
        assertThat(exportClearance.expireOverdue(java.time.Instant.now().plus(java.time.Duration.ofHours(25))))
                .isPositive();
        JsonNode rejected = last604(id);
        assertThat(rejected.get("returnStatus").asString()).isEqualTo("100");
        assertThat(rejected.get("returnInfo").asString()).contains("not complete within PT24H")
                .contains("receipt of payment CEB403 (orderNo EORD" + id)
                .contains("waybill CEB505 (logisticsCode " + Parcels.CARRIER + ", logisticsNo ELN" + id + ")");
    }

    @Test
    void aReviewedInventoryIsCancelledBeforeItsGoodsLeave() {
        String id = "XC" + shortId();
        documents(ExportParcels.parcel(id, m -> { })).forEach(d -> send(d.getKey(), d.getValue()));
        String invtNo = last604(id).get("invtNo").asString();

        send("agent", ExportParcels.cancellation(invtNo, id));

        List<String> cancellation = receipts("agent").stream()
                .filter(r -> "CEB606".equals(r.get("messageType").asString())
                        && ("ECOP" + id).equals(r.get("copNo").asString()))
                .map(r -> r.get("returnStatus").asString()).toList();
        assertThat(cancellation).containsExactly("2", "3", "120", "399");
        send("carrier", ExportParcels.arrival(List.of("ELN" + id)));
        assertThat(inventoryStatuses(id)).as("no release after cancellation").doesNotContain("800");
    }

    @Test
    void anArrivalAndADepartureOfManyWaybillsMoveEachOfTheirInventoriesOnce() {
        String prefix = "XM" + shortId();
        List<String> ids = List.of(prefix + "a", prefix + "b", prefix + "c");
        ids.forEach(id -> documents(ExportParcels.parcel(id, m -> { })).forEach(d -> send(d.getKey(), d.getValue())));
        String left = prefix + "d";
        documents(ExportParcels.parcel(left, m -> { })).forEach(d -> send(d.getKey(), d.getValue()));
        send("carrier", ExportParcels.departure(List.of("ELN" + left)));
        assertThat(inventoryStatuses(left)).as("gone before it arrived: not released by a departure")
                .endsWith("120", "399");

        // one arrival names every waybill, one of them twice
        send("carrier", ExportParcels.arrival(List.of("ELN" + ids.get(0), "ELN" + ids.get(1), "ELN" + left,
                "ELN" + ids.get(2), "ELN" + ids.get(0))));
        ids.forEach(id -> assertThat(inventoryStatuses(id)).as(id).containsExactly("2", "3", "120", "399", "800"));
        assertThat(inventoryStatuses(left)).as("arrived after it left: released and closed at once")
                .containsExactly("2", "3", "120", "399", "800", "899");

        send("carrier", ExportParcels.departure(ids.stream().map(id -> "ELN" + id).toList()));
        ids.forEach(id -> assertThat(inventoryStatuses(id)).as(id)
                .containsExactly("2", "3", "120", "399", "800", "899"));
        JsonNode view = api().get("/api/v1/export-inventories/ECOP" + ids.get(1), tokens.get("agent")).json();
        assertThat(view.get("inventory").get("status").asString()).isEqualTo("CLOSED");
        assertThat(view.get("inventory").hasNonNull("releasedAt")).as("the release's time is kept").isTrue();
    }
}
