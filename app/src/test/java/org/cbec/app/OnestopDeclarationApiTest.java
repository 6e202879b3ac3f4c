package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.application.ClearanceReceipts;
import org.cbec.bench.sim.ExportParcelFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The agency declaration over HTTP, the clearance platform reached over its public API as any enterprise: a seller
 * from sign-up through a 9610 order to 899, a refused order corrected and sent again, a 9710 order summarised into a
 * declaration, receipts that match nothing kept, and another seller finding nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopDeclarationApiTest extends OnestopTest {

    @Autowired
    ClearanceReceipts receipts;

    private OnestopDeclarations onestop;
    private OnestopDeclarations.Carrier carrier;

    @BeforeEach
    void linked() {
        onestop = new OnestopDeclarations(api(), port);
        onestop.link();
        carrier = onestop.carrier();
    }

    private String orderNo() {
        return "SO" + OnestopDeclarations.code('9');
    }

    private void carrierSends(byte[] message) {
        ApiClient.Response sent = api().postXml("/api/v1/messages", carrier.token(), message);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    }

    private static ExportParcelFactory.Parcel parcel(String logisticsNo) {
        return new ExportParcelFactory.Parcel(logisticsNo.substring(3), ExportParcelFactory.Fault.NONE);
    }

    /** A seller approved, a product of its approved, an order of one line of it taken. */
    private record Sale(String seller, long product, String orderNo) {
    }

    private Sale sale(String mode, String flag, String qty, String price, String freight) {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        String orderNo = orderNo();
        ApiClient.Response taken = api().postJson("/api/v1/onestop/orders", seller, OnestopDeclarations.order(
                orderNo, mode, flag, product, qty, price, freight));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        return new Sale(seller, product, orderNo);
    }

    private String bookAndPay(String seller, String orderNo, String charge) {
        ApiClient.Response booked = api().postJson("/api/v1/onestop/orders/" + orderNo + "/booking", seller,
                Map.of("carrierId", carrier.id(), "grossWeightKg", 1.2));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        ApiClient.Response paid = api().putJson("/api/v1/onestop/orders/" + orderNo + "/payment", seller, Map.of(
                "payName", "PayPal", "payNo", "PP-" + orderNo, "charge", new java.math.BigDecimal(charge)));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        return booked.json().get("logisticsNo").asString();
    }

    @Test
    void aSellerGoesFromSignUpThroughA9610OrderTo899() throws Exception {
        Sale sale = sale("9610", "A", "3", "10.50", "5.00");
        String seller = sale.seller();
        long product = sale.product();
        String orderNo = sale.orderNo();

        JsonNode quote = api().get("/api/v1/onestop/quote?country=502&weightKg=1.2", seller).json();
        assertThat(quote.get("offers").findValues("carrierId").stream().map(JsonNode::asLong).toList())
                .contains(carrier.id());
        String logisticsNo = bookAndPay(seller, orderNo, "36.50");
        assertThat(logisticsNo).startsWith("ELN").hasSize(11);

        JsonNode reviewed = onestop.awaitTimeline(seller, orderNo, t -> OnestopDeclarations.has(t, "INVENTORY",
                "399"));
        assertThat(reviewed.get("status").asString()).isEqualTo("DECLARING");
        assertThat(reviewed.get("invtNo").asString()).isNotBlank();
        assertThat(OnestopDeclarations.statuses(reviewed, "ORDER")).contains("2");
        // the carrier's receipts come by pulling with its token (every 15 s, or now), never by the platform's hook
        receipts.pullAll();
        JsonNode pulled = onestop.awaitTimeline(seller, orderNo, t -> OnestopDeclarations.has(t, "WAYBILL", "120"));
        assertThat(OnestopDeclarations.statuses(pulled, "WAYBILL")).as("the carrier's receipts, pulled with its "
                + "token").contains("2", "3", "120");
        carrierSends(carrier.messages().write(carrier.messages().arrivalMessage(List.of(parcel(logisticsNo)))));
        onestop.awaitTimeline(seller, orderNo, t -> "RELEASED".equals(t.get("status").asString()));
        carrierSends(carrier.messages().write(carrier.messages().departureMessage(List.of(parcel(logisticsNo)))));
        JsonNode closed = onestop.awaitTimeline(seller, orderNo, t -> "CLEARED".equals(t.get("status").asString()));
        assertThat(OnestopDeclarations.statuses(closed, "INVENTORY")).containsSubsequence("QUEUED", "2", "120",
                "399", "800", "899");
        assertThat(closed.get("plain").get("en").asString()).isEqualTo("closed: the goods have left China");
        assertThat(closed.get("messages").findValues("state").stream().map(JsonNode::asString).toList())
                .containsOnly("SENT");

        ApiClient.Response label = api().get("/api/v1/onestop/orders/" + orderNo + "/label.pdf", seller);
        assertThat(label.status()).isEqualTo(200);
        assertThat(label.body()).startsWith("%PDF");
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        JsonNode statement = api().get("/api/v1/onestop/statement?month=" + month, seller).json().get("fees");
        assertThat(statement.get("lines")).hasSize(1);
        assertThat(statement.get("lines").get(0).get("logisticsFee").decimalValue())
                .as("1.2 kg counted as 1.5 kg x 60 = 90.00, and 12 % fuel").isEqualByComparingTo("100.80");
        assertThat(statement.get("total").decimalValue()).isEqualByComparingTo("105.80");

        String other = approvedSeller();
        for (ApiClient.Response tried : List.of(
                api().get("/api/v1/onestop/orders/" + orderNo + "/timeline", other),
                api().get("/api/v1/onestop/orders/" + orderNo + "/label.pdf", other),
                api().postJson("/api/v1/onestop/orders/" + orderNo + "/booking", other, Map.of("grossWeightKg", 1)),
                api().putJson("/api/v1/onestop/orders/" + orderNo + "/payment", other, Map.of("payName", "x",
                        "charge", 1)),
                api().putJson("/api/v1/onestop/orders/" + orderNo, other, OnestopDeclarations.order(orderNo, "9610",
                        "A", product, "1", "1", "0")))) {
            assertThat(tried.status()).as(tried.body()).isEqualTo(404);
        }
    }

    @Test
    void aRefusedOrderIsCorrectedAndSentAgain() {
        Sale sale = sale("9610", "B", "3", "10.50", "5.00");
        String seller = sale.seller();
        long product = sale.product();
        String orderNo = sale.orderNo();
        // the buyer paid 30.00, not the 36.50 the seller's order says: customs refuses the inventory
        bookAndPay(seller, orderNo, "30.00");
        JsonNode refused = onestop.awaitTimeline(seller, orderNo, t -> "REFUSED".equals(t.get("status")
                .asString()));
        assertThat(OnestopDeclarations.statuses(refused, "INVENTORY")).contains("100");
        assertThat(refused.get("timeline").findValues("en").stream().map(JsonNode::asString).toList())
                .anySatisfy(words -> assertThat(words).contains("the payment received is not the order's goods "
                        + "value plus freight"));
        assertThat(api().putJson("/api/v1/onestop/orders/" + orderNo, seller, OnestopDeclarations.order("OTHER",
                "9610", "B", product, "1", "25", "5.00")).status()).as("the correction keeps the number")
                .isEqualTo(400);

        ApiClient.Response corrected = api().putJson("/api/v1/onestop/orders/" + orderNo, seller,
                OnestopDeclarations.order(orderNo, "9610", "B", product, "1", "25", "5.00"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode again = onestop.awaitTimeline(seller, orderNo, t -> t.get("attempt").asInt() == 2
                && "399".equals(t.path("inventoryStatus").asString()));
        assertThat(again.get("status").asString()).isEqualTo("DECLARING");
        assertThat(OnestopDeclarations.statuses(again, "ORDER")).contains("CORRECTED");
        assertThat(api().putJson("/api/v1/onestop/orders/" + orderNo, seller, OnestopDeclarations.order(orderNo,
                "9610", "B", product, "1", "26", "5.00")).status()).as("being declared: not corrected")
                .isEqualTo(409);
    }

    @Test
    void a9710OrderIsSummarisedIntoADeclaration() {
        Sale sale = sale("9710", "B", "100", "2.50", "30.00");
        String seller = sale.seller();
        String orderNo = sale.orderNo();
        String logisticsNo = bookAndPay(seller, orderNo, "280.00");
        onestop.awaitTimeline(seller, orderNo, t -> OnestopDeclarations.has(t, "INVENTORY", "399"));
        carrierSends(carrier.messages().write(carrier.messages().arrivalMessage(List.of(parcel(logisticsNo)))));
        JsonNode released = onestop.awaitTimeline(seller, orderNo, t -> "RELEASED".equals(t.get("status")
                .asString()));

        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        ApiClient.Response summarised = api().postJson("/api/v1/onestop/summaries", STAFF, Map.of("month", month));
        assertThat(summarised.status()).as(summarised.body()).isEqualTo(200);
        assertThat(summarised.json().get("applications").findValues("invtNos").stream()
                .flatMap(n -> n.valueStream()).map(JsonNode::asString).toList())
                .contains(released.get("invtNo").asString());
        JsonNode summary = onestop.awaitTimeline(seller, orderNo, t -> OnestopDeclarations.has(t, "SUMMARY", "399")
                && OnestopDeclarations.has(t, "SUMMARY", "DECLARED"));
        assertThat(summary.get("timeline").findValues("info").stream().map(JsonNode::asString).toList())
                .anySatisfy(info -> assertThat(info).startsWith("sumNo "))
                .as("the summary result's declaration (CEB792), kept with the order")
                .anySatisfy(info -> assertThat(info).startsWith("export declaration "));
        assertThat(api().get("/api/v1/onestop/clearance/unmatched", STAFF).json().get("receipts")
                .findValues("messageType").stream().map(JsonNode::asString).toList())
                .as("the CEB792 is the platform's, not unmatched").doesNotContain("CEB792");
        assertThat(api().postJson("/api/v1/onestop/summaries", STAFF, Map.of("month", month)).json()
                .get("applications").findValues("invtNos").stream().flatMap(n -> n.valueStream())
                .map(JsonNode::asString).toList()).as("summarised once").doesNotContain(released.get("invtNo")
                .asString());
    }

    @Test
    void aReceiptThatMatchesNoOrderIsKeptAndReported() {
        String[] platform = onestop.link();
        String stray = "STRAY" + OnestopDeclarations.code('7');
        // someone declared an order with the platform's own token, not through the platform
        ExportParcelFactory factory = new ExportParcelFactory(new org.cbec.bench.sim.ParcelFactory.Codes(platform[0],
                platform[0], platform[0], platform[0]));
        byte[] order = factory.write(factory.orderMessage(List.of(new ExportParcelFactory.Parcel(stray,
                ExportParcelFactory.Fault.NONE))));
        assertThat(api().postXml("/api/v1/messages", platform[1], order).status()).isEqualTo(202);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        List<String> reasons;
        do {
            reasons = api().get("/api/v1/onestop/clearance/unmatched", STAFF).json().get("receipts")
                    .findValues("reason").stream().map(JsonNode::asString).toList();
        } while (reasons.stream().noneMatch(r -> r.contains("EORD" + stray)) && java.time.Instant.now()
                .isBefore(deadline));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("orderNo EORD" + stray));
    }

    @Test
    void theStaffsEndpointsWantTheStaffAndTheWebhookItsSecret() {
        String seller = approvedSeller();
        for (String path : List.of("/api/v1/onestop/clearance", "/api/v1/onestop/clearance/outbox",
                "/api/v1/onestop/clearance/unmatched")) {
            assertThat(api().get(path, seller).status()).as(path).isEqualTo(401);
        }
        assertThat(api().postJson("/api/v1/onestop/carriers", seller, Map.of()).status()).isEqualTo(401);
        assertThat(api().postJson("/api/v1/onestop/summaries", seller, Map.of("month", "2026-11")).status())
                .isEqualTo(401);
        assertThat(api().get("/api/v1/onestop/carriers", "nobody").status()).isEqualTo(401);
        assertThat(api().postXml("/api/v1/onestop/clearance/receipts/guess", null, "<x/>".getBytes()).status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/onestop/clearance", STAFF).json().has("token")).as("never shown").isFalse();
    }

    @Test
    void theSameOrderBookedTwiceAtOnceIsBookedOnce() throws Exception {
        Sale sale = sale("9610", "A", "1", "10", "0");
        String seller = sale.seller();
        String orderNo = sale.orderNo();
        List<Integer> statuses = AtOnce.times(4, () -> api().postJson("/api/v1/onestop/orders/" + orderNo
                + "/booking", seller, Map.of("choice", "CHEAPEST", "grossWeightKg", 0.4)).status());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void anOrderBeyondTheCrossBorderListsLimitsIsRefusedNamingWhy() {
        String seller = approvedSeller();
        long shirts = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        long petrol = approvedProduct(seller, "PT-" + OnestopDeclarations.code('1'), "2710121000");
        ApiClient.Response dear = api().postJson("/api/v1/onestop/orders", seller, OnestopDeclarations.order(
                orderNo(), "9610", "A", shirts, "100", "80", "0"));
        assertThat(dear.status()).isEqualTo(400);
        assertThat(dear.body()).contains("goodsValue: CNY ", "above the 5000 a cross-border inventory declares");
        ApiClient.Response licensed = api().postJson("/api/v1/onestop/orders", seller, OnestopDeclarations.order(
                orderNo(), "9610", "A", petrol, "1", "10", "0"));
        assertThat(licensed.status()).isEqualTo(400);
        assertThat(licensed.body()).contains("lines[1].productId: its goods need an export licence");
        String csv = "orderNo,mode,warehouse,buyerName,buyerCountry,currency,freight,statisticsFlag,productId,qty,"
                + "price\nCSV-1,9610,,John,502,502,0,A," + shirts + ",100,80\n";
        ApiClient.Response file = api().postWithContentType("/api/v1/onestop/orders", seller, "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.status()).isEqualTo(400);
        assertThat(file.body()).contains("row 2, column goodsValue: CNY ");
        assertThat(api().get("/api/v1/onestop/orders", seller).json().get("orders")).as("nothing taken").isEmpty();

        long steel = approvedProduct(seller, "ST-" + OnestopDeclarations.code('1'), "7208510000");
        for (Object[] goods : new Object[][] {{shirts, "B"}, {steel, "A"}}) {
            Map<String, Object> unsaid = new java.util.HashMap<>(OnestopDeclarations.order(orderNo(), "9610", "B",
                    (Long) goods[0], "1", "10", "0"));
            unsaid.remove("statisticsFlag");
            ApiClient.Response taken = api().postJson("/api/v1/onestop/orders", seller, unsaid);
            assertThat(taken.json().get("order").get("statisticsFlag").asString()).as("by the goods' refund")
                    .isEqualTo(goods[1]);
        }
    }

    @Test
    void aBookingOrPaymentThatCannotBeIsRefusedNamingTheField() {
        Sale sale = sale("9610", "A", "1", "10", "0");
        String seller = sale.seller();
        String orderNo = sale.orderNo();
        ApiClient.Response heavy = api().postJson("/api/v1/onestop/orders/" + orderNo + "/booking", seller, Map.of(
                "carrierId", carrier.id(), "grossWeightKg", 31));
        assertThat(heavy.status()).isEqualTo(409);
        assertThat(heavy.body()).contains("does not carry a parcel of 31 kg to 502");
        ApiClient.Response bad = api().postJson("/api/v1/onestop/orders/" + orderNo + "/booking", seller, Map.of(
                "grossWeightKg", -1, "lengthCm", 10, "packNo", 0, "wrapType", "9"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("grossWeightKg: above 0", "lengthCm, widthCm, heightCm: all three",
                "packNo: 1 to 9999", "wrapType: 1 to 7");
        ApiClient.Response payment = api().putJson("/api/v1/onestop/orders/" + orderNo + "/payment", seller, Map.of(
                "payName", "", "charge", 1.001, "payCode", "x"));
        assertThat(payment.status()).isEqualTo(400);
        assertThat(payment.body()).contains("payName: who paid it over", "payCode: the payment company's filed",
                "charge: above 0, to at most 2 places in USD");
        ApiClient.Response unknownCountry = api().get("/api/v1/onestop/quote?country=999&weightKg=1", seller);
        assertThat(unknownCountry.status()).isEqualTo(400);
        assertThat(unknownCountry.body()).contains("country: '999' is not a country abroad");
        assertThat(api().get("/api/v1/onestop/orders/" + orderNo + "/label.pdf", seller).status())
                .as("not booked").isEqualTo(409);
    }
}
