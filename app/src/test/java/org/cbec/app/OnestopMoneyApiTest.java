package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Export proceeds over HTTP: a bank notifies USD for an order of part 1, matched by its number, settled at the day's
 * rate less the fee, every movement in the ledger, which stays balanced; replays, strangers and bad notifications
 * refused; what matched nothing matched by a person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopMoneyApiTest extends OnestopMoneyTest {

    /**
     * The value date of this class's money: a day no other test publishes a rate for (they publish today's), so that
     * "not settled until its rate is published" holds whatever ran before.
     */
    private static final String VALUE_DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(5).toString();
    /** A value date never given a rate: its money is received and matched, not settled. */
    private static final String UNRATED_DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(6).toString();

    /** A seller's booked USD order of 3 x 10.50 and 5.00 freight (36.50): the seller's token and the order. */
    private String[] bookedOrder() {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        String orderNo = "M" + OnestopDeclarations.code('2');
        assertThat(api().postJson("/api/v1/onestop/orders", seller, OnestopDeclarations.order(orderNo, "9610", "B",
                product, "3", "10.50", "5.00")).status()).isEqualTo(201);
        assertThat(api().postJson("/api/v1/onestop/orders/" + orderNo + "/booking", seller, Map.of("carrierId",
                carrier.id(), "grossWeightKg", 1.2)).status()).isEqualTo(201);
        return new String[] {seller, orderNo};
    }

    private Map<String, Object> notification(String reference, String currency, Object amount, String payer,
                                             String remittance) {
        Map<String, Object> n = new HashMap<>(Map.of("bankReference", reference, "payerName", payer,
                "payerCountry", "502", "currency", currency, "amount", amount, "valueDate", VALUE_DAY, "accountNo",
                account));
        if (remittance != null) {
            n.put("remittanceText", remittance);
        }
        return n;
    }

    private JsonNode check() {
        return api().get("/api/v1/onestop/ledger/platform", STAFF).json().get("check");
    }

    @Test
    void usdForAnOrderIsMatchedByItsNumberAndSettledAtTheDaysRateLessTheFee() {
        String[] order = bookedOrder();
        String reference = "REF" + OnestopDeclarations.code('3');
        ApiClient.Response notified = api().postJson("/api/v1/onestop/fx/receipts", bank, notification(reference,
                "502", 36.50, "John Smith", "PAYMENT " + order[1]));
        assertThat(notified.status()).as(notified.body()).isEqualTo(201);
        assertThat(notified.json().get("receipt").get("status").asString()).isEqualTo("MATCHED");
        assertThat(notified.json().get("receipt").get("matchedHow").asString()).isEqualTo("REFERENCE");
        JsonNode proceeds = api().get("/api/v1/onestop/orders/" + order[1] + "/proceeds", order[0]).json();
        assertThat(proceeds.get("declared").decimalValue()).isEqualByComparingTo("36.50");
        assertThat(proceeds.get("received").decimalValue()).isEqualByComparingTo("36.50");
        assertThat(proceeds.get("outstanding").decimalValue()).isEqualByComparingTo("0");
        assertThat(proceeds.get("allocations").get(0).get("settledAt").isNull()).as("no rate yet").isTrue();

        long entries = check().get("entries").asLong();
        ApiClient.Response replay = api().postJson("/api/v1/onestop/fx/receipts", bank, notification(reference,
                "502", 36.50, "John Smith", "PAYMENT " + order[1]));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("replay").asBoolean()).isTrue();
        assertThat(check().get("entries").asLong()).as("a replay posts nothing").isEqualTo(entries);
        assertThat(api().postJson("/api/v1/onestop/fx/receipts", bank, notification(reference, "502", 37, "John",
                null)).status()).as("the same reference with other figures").isEqualTo(409);

        ApiClient.Response rate = api().putJson("/api/v1/onestop/fx/rates/" + VALUE_DAY + "/502", STAFF, Map.of("rate",
                7.12, "source", "中国外汇交易中心 人民币汇率中间价"));
        assertThat(rate.status()).as(rate.body()).isEqualTo(200);
        JsonNode settled = api().get("/api/v1/onestop/orders/" + order[1] + "/proceeds", order[0]).json()
                .get("allocations").get(0);
        assertThat(settled.get("cnyAmount").decimalValue()).as("36.50 x 7.12").isEqualByComparingTo("259.88");
        assertThat(settled.get("fee").decimalValue()).as("0.2 %").isEqualByComparingTo("0.52");
        Map<String, BigDecimal> balances = new HashMap<>();
        api().get("/api/v1/onestop/ledger", order[0]).json().get("balances").forEach(b -> balances.put(
                b.get("account").asString() + " " + b.get("currency").asString(), b.get("balance").decimalValue()));
        assertThat(balances.get("BALANCE 142")).as("owed to the seller: a credit").isEqualByComparingTo("-259.36");
        assertThat(balances.get("PROCEEDS 502")).as("all converted").isEqualByComparingTo("0");
        assertThat(onestop.awaitTimeline(order[0], order[1], t -> OnestopDeclarations.has(t, "PROCEEDS",
                "SETTLED")).get("timeline").findValues("info").stream().map(JsonNode::asString).toList())
                .anySatisfy(info -> assertThat(info).contains("at 7.12 = CNY 259.88 less fee 0.52"));
        JsonNode check = check();
        assertThat(check.get("unbalanced").asLong()).isZero();
        assertThat(check.get("accountsOff").asLong()).isZero();
    }

    @Test
    void moneyThatMatchesNothingWaitsForAPersonWhoMatchesItToAnOrder() {
        String[] order = bookedOrder();
        ApiClient.Response stranger = api().postJson("/api/v1/onestop/fx/receipts", bank, notification("REF"
                + OnestopDeclarations.code('4'), "502", 20, "Somebody Else", "INVOICE 99"));
        assertThat(stranger.status()).isEqualTo(201);
        long id = stranger.json().get("receipt").get("id").asLong();
        assertThat(stranger.json().get("receipt").get("status").asString()).isEqualTo("UNMATCHED");
        assertThat(api().get("/api/v1/onestop/fx/receipts?status=UNMATCHED", STAFF).json().get("receipts")
                .findValues("id").stream().map(JsonNode::asLong).toList()).contains(id);
        long sellerId = api().get("/api/v1/onestop/sellers/me", order[0]).json().get("id").asLong();
        java.util.List<Object> nothing = new java.util.ArrayList<>();
        nothing.add(null);
        assertThat(api().postJson("/api/v1/onestop/fx/receipts/" + id + "/allocations", STAFF, Map.of("allocations",
                nothing)).body()).contains("allocations[1]: {sellerId, orderNo, amount}, not null");
        ApiClient.Response tooMuch = api().postJson("/api/v1/onestop/fx/receipts/" + id + "/allocations", STAFF,
                Map.of("allocations", List.of(Map.of("sellerId", sellerId, "orderNo", order[1], "amount", 21))));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("allocations[1].amount: above 0, at most the 20.00 left");
        ApiClient.Response matched = api().postJson("/api/v1/onestop/fx/receipts/" + id + "/allocations", STAFF,
                Map.of("allocations", List.of(Map.of("sellerId", sellerId, "orderNo", order[1], "amount", 20))));
        assertThat(matched.status()).as(matched.body()).isEqualTo(200);
        assertThat(matched.json().get("receipt").get("status").asString()).isEqualTo("MATCHED");
        assertThat(api().get("/api/v1/onestop/orders/" + order[1] + "/proceeds", order[0]).json().get("outstanding")
                .decimalValue()).as("a partial payment: 16.50 still awaited").isEqualByComparingTo("16.50");
        assertThat(check().get("unbalanced").asLong()).isZero();
    }

    @Test
    void aBadNotificationIsRefusedNamingTheFieldAndNothingIsPosted() {
        long entries = check().get("entries").asLong();
        ApiClient.Response bad = api().postJson("/api/v1/onestop/fx/receipts", bank, Map.of("bankReference", "R 1",
                "payerName", "x", "currency", "999", "amount", -5, "valueDate", "2099-01-01", "accountNo", "OTHER"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("bankReference: 1 to 60", "currency: '999' is not a currency code",
                "amount: above 0", "valueDate: the day the money is credited, not in the future",
                "accountNo: 'OTHER' is not the platform's account", "(a notification for another platform)");
        assertThat(api().postJson("/api/v1/onestop/fx/receipts", "no-bank", notification("R1", "502", 1, "x", null))
                .status()).isEqualTo(401);
        assertThat(api().postJson("/api/v1/onestop/fx/receipts", approvedSeller(), notification("R1", "502", 1, "x",
                null)).status()).as("a seller is no bank").isEqualTo(401);
        assertThat(check().get("entries").asLong()).isEqualTo(entries);
        assertThat(api().putJson("/api/v1/onestop/fx/rates/" + VALUE_DAY + "/142", STAFF, Map.of("rate", 1, "source",
                "x")).status()).as("CNY has no rate to publish").isEqualTo(400);
    }

    @Test
    void theSameNotificationSentFourTimesAtOnceIsTakenOnceAndPostedOnce() throws Exception {
        String[] order = bookedOrder();
        long entries = check().get("entries").asLong();
        Map<String, Object> n = notification("RACE" + OnestopDeclarations.code('5'), "502", 36.50, "John Smith",
                order[1]);
        n.put("valueDate", UNRATED_DAY);
        List<Integer> statuses = AtOnce.times(4, () -> api().postJson("/api/v1/onestop/fx/receipts", bank, n)
                .status());
        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(check().get("entries").asLong()).as("received, matched: two postings")
                .isEqualTo(entries + 2);
        assertThat(api().get("/api/v1/onestop/orders/" + order[1] + "/proceeds", order[0]).json().get("received")
                .decimalValue()).isEqualByComparingTo("36.50");
    }
}
