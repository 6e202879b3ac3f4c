package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.application.ParcelComparison;
import org.cbec.ceb.schema.import202205.CEB411Message;
import org.cbec.ceb.schema.import202205.CEB511Message;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The three-document comparison end to end: four documents over HTTP, in any order, to 800 or to 100. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparisonApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("comparison agent");

    @Autowired
    ParcelComparison comparison;

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
    }

    @Test
    void cleanParcelIsReleasedInAll24ArrivalOrders() throws Exception {
        List<List<Integer>> orders = permutations(List.of(0, 1, 2, 3));
        assertThat(orders).hasSize(24);
        for (List<Integer> arrival : orders) {
            String id = "P" + arrival.stream().map(String::valueOf).reduce("", String::concat) + shortId();
            Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, message -> { });
            List<Map.Entry<String, byte[]>> documents = List.of(Map.entry("platform", parcel.order()),
                    Map.entry("payer", parcel.payment()), Map.entry("carrier", parcel.waybill()),
                    Map.entry("agent", parcel.inventory()));
            for (int index : arrival) {
                send(documents.get(index).getKey(), documents.get(index).getValue());
            }

            assertThat(statuses("agent", "copNo", "COP" + id)).as("arrival order " + arrival)
                    .containsExactly("2", "3", "120", "399", "800");
            assertThat(statuses("platform", "orderNo", "ORD" + id)).containsExactly("2", "3", "120");
            assertThat(statuses("carrier", "logisticsNo", "LN" + id)).containsExactly("2", "3", "120");
        }
    }

    @Test
    void bondedInventoryWithoutItsAccountBookItemIsRefusedWith621001() throws Exception {
        String id = "BX" + shortId();
        sendParcel(Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof CEB621Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setTradeMode("1210");
                inventory.getInventory().get(0).getInventoryHead().setEmsNo(null);
                inventory.getInventory().get(0).getInventoryList().get(0).setItemRecordNo(null);
            }
        }));

        JsonNode refused = lastInventoryReceipt("COP" + id);
        assertThat(refused.get("returnStatus").asString()).isEqualTo("-621001");
        assertThat(refused.get("returnInfo").asString()).contains("emsNo: a bonded (1210) inventory")
                .contains("InventoryList[gnum 1]/itemRecordNo");
    }

    @Test
    void inventoryOfAnExportModeIsRefusedWith621001() throws Exception {
        String id = "TM" + shortId();
        sendParcel(Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof CEB621Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setTradeMode("9710");
            }
        }));

        assertThat(lastInventoryReceipt("COP" + id).get("returnInfo").asString())
                .contains("tradeMode '9710' is not an import mode (9610, 1210 or 1239)");
    }

    @Test
    void amountMismatchRejectsTheInventoryNamingBothValues() throws Exception {
        String id = "AM" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof CEB411Message payment) {
                payment.getPayment().get(0).getPaymentHead().setAmountPaid(new java.math.BigDecimal("49.00"));
            }
        });
        send("platform", parcel.order());
        send("payer", parcel.payment());
        send("carrier", parcel.waybill());
        send("agent", parcel.inventory());

        JsonNode last = lastInventoryReceipt("COP" + id);
        assertThat(last.get("returnStatus").asString()).isEqualTo("100");
        assertThat(last.get("returnInfo").asString()).contains("acturalPaid/amountPaid 54.55 differs from payment 49.00");
    }

    @Test
    void consigneeMismatchRejectsTheInventory() throws Exception {
        String id = "CM" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof CEB511Message waybill) {
                waybill.getLogistics().get(0).getLogisticsHead().setConsigneeTelephone("13900000000");
            }
        });
        send("agent", parcel.inventory());
        send("carrier", parcel.waybill());
        send("payer", parcel.payment());
        send("platform", parcel.order());

        JsonNode last = lastInventoryReceipt("COP" + id);
        assertThat(last.get("returnStatus").asString()).isEqualTo("100");
        assertThat(last.get("returnInfo").asString()).contains("consigneeTelephone '13256253633' differs from "
                + "waybill '13900000000'");
    }

    @Test
    void incompleteSetIsRejectedAfterTheWaitNamingWhatIsMissing() throws Exception {
        String id = "TO" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, message -> { });
        send("platform", parcel.order());
        send("agent", parcel.inventory());

        assertThat(comparison.expireOverdue(Instant.now().plus(Duration.ofHours(23)))).isZero();
        assertThat(statuses("agent", "copNo", "COP" + id)).containsExactly("2", "3");
        assertThat(comparison.expireOverdue(Instant.now().plus(Duration.ofHours(25)))).isPositive();

        JsonNode last = lastInventoryReceipt("COP" + id);
        assertThat(last.get("returnStatus").asString()).isEqualTo("100");
        assertThat(last.get("returnInfo").asString()).contains("missing: payment CEB411 (orderNo ORD" + id)
                .contains("waybill CEB511 (logisticsCode " + Parcels.CARRIER + ", logisticsNo LN" + id + ")");
    }

    @Test
    void declarantSeesDocumentsComparisonAndHistoryOfItsInventory() throws Exception {
        String id = "V" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, message -> { });
        send("agent", parcel.inventory());
        send("platform", parcel.order());

        JsonNode waiting = api().get("/api/v1/inventories/COP" + id, tokens.get("agent")).json();
        assertThat(waiting.get("state").get("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.get("documents").get("order").isNull()).isFalse();
        assertThat(waiting.get("documents").get("payment").isNull()).isTrue();
        assertThat(waiting.get("comparison").get("missing").toString()).contains("payment CEB411", "waybill CEB511");

        send("payer", parcel.payment());
        send("carrier", parcel.waybill());

        JsonNode released = api().get("/api/v1/inventories/COP" + id, tokens.get("agent")).json();
        assertThat(released.get("state").get("status").asString()).isEqualTo("RELEASED");
        assertThat(released.get("state").get("preNo").asString()).matches("B\\d{17}");
        assertThat(released.get("comparison").get("mismatches").isEmpty()).isTrue();
        assertThat(released.get("history").findValuesAsString("status"))
                .containsExactly("120", "399", "800", "RELEASED");

        assertThat(api().get("/api/v1/inventories/COP" + id, tokens.get("carrier")).status()).isEqualTo(404);
        JsonNode order = api().get("/api/v1/orders/" + Parcels.PLATFORM + "/ORD" + id, tokens.get("platform")).json();
        assertThat(order.get("inventories").get(0).get("state").get("copNo").asString()).isEqualTo("COP" + id);
        assertThat(order.get("payment").get("document").get("payTransactionId").asString()).isEqualTo("PAY" + id);
        assertThat(api().get("/api/v1/orders/" + Parcels.PLATFORM + "/ORD" + id, tokens.get("payer")).status())
                .isEqualTo(404);
    }

    @Test
    void rejectedInventoryShowsEveryMismatchWithItsRule() throws Exception {
        String id = "R" + shortId();
        Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof CEB511Message waybill) {
                waybill.getLogistics().get(0).getLogisticsHead().setFreight(new java.math.BigDecimal("12"));
            }
        });
        send("platform", parcel.order());
        send("payer", parcel.payment());
        send("carrier", parcel.waybill());
        send("agent", parcel.inventory());

        JsonNode view = api().get("/api/v1/inventories/COP" + id, tokens.get("agent")).json();
        assertThat(view.get("state").get("status").asString()).isEqualTo("REJECTED");
        assertThat(view.get("comparison").get("mismatches").get(0).get("rule").asString())
                .isEqualTo("inventory-freight-equals-waybill");
        assertThat(view.get("history").get(0).get("info").asString()).contains("freight 10.00 differs from waybill 12");
    }

    @Test
    void modifiedInventoryIsComparedAgainAndAReleasedOneCannotBeModified() throws Exception {
        String id = "M" + shortId();
        Parcels.Parcel wrong = Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof org.cbec.ceb.schema.import202205.CEB621Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setFreight(new java.math.BigDecimal("11"));
            }
        });
        send("platform", wrong.order());
        send("payer", wrong.payment());
        send("carrier", wrong.waybill());
        send("agent", wrong.inventory());
        assertThat(lastInventoryReceipt("COP" + id).get("returnStatus").asString()).isEqualTo("100");

        Parcels.Parcel fixed = Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof org.cbec.ceb.schema.import202205.CEB621Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setAppType("2");
            }
        });
        send("agent", fixed.inventory());
        assertThat(statuses("agent", "copNo", "COP" + id)).containsExactly("2", "3", "100", "2", "3", "120", "399", "800");

        send("agent", fixed.inventory());
        Parcels.Parcel again = Parcels.parcel(id, AGENT_KEY, message -> {
            if (message instanceof org.cbec.ceb.schema.import202205.CEB621Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setAppType("2");
            }
        });
        send("agent", again.inventory());
        assertThat(lastInventoryReceipt("COP" + id).get("returnStatus").asString()).isEqualTo("-621012");

        Parcels.Parcel neverDeclared = Parcels.parcel("N" + shortId(), AGENT_KEY, message -> {
            if (message instanceof org.cbec.ceb.schema.import202205.CEB621Message inventory) {
                inventory.getInventory().get(0).getInventoryHead().setAppType("2");
            }
        });
        send("agent", neverDeclared.inventory());
        assertThat(lastInventoryReceipt("COP" + neverDeclared.id()).get("returnStatus").asString())
                .isEqualTo("-621011");
    }

    @Test
    void documentsArrivingAtTheSameMomentStillCompleteTheirParcels() throws Exception {
        List<Map.Entry<String, byte[]>> messages = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "C" + i + "-" + shortId();
            ids.add(id);
            Parcels.Parcel parcel = Parcels.parcel(id, AGENT_KEY, message -> { });
            messages.addAll(List.of(Map.entry("platform", parcel.order()), Map.entry("payer", parcel.payment()),
                    Map.entry("carrier", parcel.waybill()), Map.entry("agent", parcel.inventory())));
        }
        java.util.Collections.shuffle(messages, new java.util.Random(7));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (Map.Entry<String, byte[]> message : messages) {
            sent.add(pool.submit(() -> send(message.getKey(), message.getValue())));
        }
        for (java.util.concurrent.Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();

        for (String id : ids) {
            assertThat(statuses("agent", "copNo", "COP" + id)).as(id).endsWith("800");
        }
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> result = new ArrayList<>();
        for (Integer first : items) {
            List<Integer> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> permutation = new ArrayList<>();
                permutation.add(first);
                permutation.addAll(tail);
                result.add(permutation);
            }
        }
        return result;
    }
}
