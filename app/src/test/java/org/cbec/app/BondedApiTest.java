package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cbec.bench.sim.ParcelFactory;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Bonded (1210) parcels over HTTP: the site operator's account book, stock taken by released inventories, no
 * stock no release, and stock put back by returns and cancellations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BondedApiTest extends ParcelApiTest {

    private static final KeyMaterial AGENT_KEY = SelfSignedKeys.sm2("bonded agent");
    private static final String ITEM = "10001";
    private static final KeyMaterial SITE_KEY = SelfSignedKeys.sm2("bonded site");

    private String site;
    private String emsNo;

    @BeforeEach
    void enterprises() throws Exception {
        fileParcelEnterprises(AGENT_KEY);
        site = "Z" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        tokens.put("site", EnterpriseFixtures.token(this, site, List.of("SITE"),
                List.of(org.cbec.ceb.sign.Certificates.toPem(SITE_KEY.certificate()))));
        emsNo = "T" + shortId() + "W";
    }

    private ApiClient.Response enter(String who, String qty) {
        return api().postJson("/api/v1/customs/stock/" + emsNo + "/entries", tokens.get(who), Map.of("reference",
                "入区核注清单 QD" + shortId(), "items", List.of(Map.of("itemRecordNo", ITEM, "gcode", "4202221000",
                        "qty", new BigDecimal(qty)))));
    }

    private BigDecimal inStock() {
        return api().get("/api/v1/customs/stock/" + emsNo, tokens.get("site")).json().get("items").get(0).get("qty")
                .decimalValue();
    }

    /** A 1210 parcel of {@code qty} handbags out of the account book; its last inventory receipt. */
    private JsonNode bonded(String id, String qty) throws Exception {
        sendParcel(Parcels.parcel(new ParcelFactory.Parcel(id, ParcelFactory.Fault.NONE, "3201011990"
                + String.format("%08d", System.nanoTime() % 100_000_000L), new BigDecimal("20.00"),
                new BigDecimal(qty)), AGENT_KEY, message -> {
                    if (message instanceof CEB621Message inventory) {
                        var head = inventory.getInventory().get(0).getInventoryHead();
                        head.setTradeMode("1210");
                        head.setEmsNo(emsNo);
                        inventory.getInventory().get(0).getInventoryList().get(0).setItemRecordNo(ITEM);
                    }
                }));
        return lastInventoryReceipt("COP" + id);
    }

    @Test
    void releasedBondedParcelsTakeFromTheStockAndNoStockMeansNoRelease() throws Exception {
        assertThat(enter("site", "3").status()).isEqualTo(200);

        assertThat(bonded("BA" + shortId(), "2").get("returnStatus").asString()).isEqualTo("800");
        assertThat(inStock()).isEqualByComparingTo("1");

        JsonNode refused = bonded("BB" + shortId(), "2");
        assertThat(refused.get("returnStatus").asString()).isEqualTo("100");
        // the book's stock is its keeper's figure, not the declarant's
        assertThat(refused.get("returnInfo").asString()).contains("库存不足: account book " + emsNo + " item "
                + ITEM + " does not hold the 2 that gnum 1 takes").doesNotContain("has 1");
        assertThat(inStock()).as("nothing taken by a refused list").isEqualByComparingTo("1");

        assertThat(enter("site", "5").status()).isEqualTo(200);
        assertThat(bonded("BC" + shortId(), "2").get("returnStatus").asString()).isEqualTo("800");
        assertThat(inStock()).isEqualByComparingTo("4");
    }

    @Test
    void returnsAndCancellationsPutStockBack() throws Exception {
        enter("site", "4");
        String id = "BR" + shortId();
        String invtNo = bonded(id, "2").get("invtNo").asString();
        assertThat(inStock()).isEqualByComparingTo("2");

        send("agent", Parcels.refund(invtNo, id, 1, "4202221000", "1", AGENT_KEY));
        assertThat(inStock()).as("not before the goods are back").isEqualByComparingTo("2");
        send("site", Parcels.delivery(site, "RET" + id, List.of("LN" + id), SITE_KEY));
        assertThat(inStock()).isEqualByComparingTo("3");

        send("agent", Parcels.cancellation(invtNo, id, AGENT_KEY));
        assertThat(inStock()).as("the rest of the list back").isEqualByComparingTo("4");
    }

    @Test
    void onlyTheSiteOperatorKeepingTheBookEntersStock() {
        assertThat(enter("agent", "1").status()).isEqualTo(403);
        assertThat(enter("site", "1").status()).isEqualTo(200);
        String other = "Y" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        tokens.put("other", EnterpriseFixtures.token(this, other, List.of("SITE"), List.of()));
        ApiClient.Response notOwn = api().postJson("/api/v1/customs/stock/" + emsNo + "/entries",
                tokens.get("other"), Map.of("reference", "QD" + shortId(), "items", List.of(Map.of("itemRecordNo",
                        "NEW-ITEM-OF-OTHER", "gcode", "4202221000", "qty", BigDecimal.ONE))));
        assertThat(notOwn.status()).as("a new item into another site's book").isEqualTo(403);
        assertThat(notOwn.body()).doesNotContain(site).doesNotContain(ITEM).doesNotContain("qty");
        assertThat(api().get("/api/v1/customs/stock/" + emsNo, tokens.get("other")).status()).isEqualTo(404);
        assertThat(inStock()).as("nothing entered by the other site").isEqualByComparingTo("1");
        assertThat(enter("site", "0").status()).isEqualTo(400);
    }

    @Test
    void theOperatorFilesABookToASiteAndOnlyThatSiteKeepsIt() {
        String other = "X" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        tokens.put("other", EnterpriseFixtures.token(this, other, List.of("SITE"), List.of()));
        ApiClient.Response filed = api().putJson("/api/v1/customs/account-books/" + emsNo, ADMIN,
                Map.of("operatorCode", other));
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        assertThat(api().putJson("/api/v1/customs/account-books/" + emsNo, tokens.get("site"),
                Map.of("operatorCode", site)).status()).as("a site cannot file books").isEqualTo(401);

        assertThat(enter("site", "1").status()).as("not the keeper").isEqualTo(403);
        assertThat(enter("other", "2").status()).isEqualTo(200);
    }

    @Test
    void entriesRacingEachOtherIntoANewBookAllCountAndTheBookGetsOneKeeper() throws Exception {
        String other = "W" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        tokens.put("other", EnterpriseFixtures.token(this, other, List.of("SITE"), List.of()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<ApiClient.Response>> ours = new java.util.ArrayList<>();
        List<java.util.concurrent.Future<ApiClient.Response>> theirs = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                ours.add(pool.submit(() -> enter("site", "1")));
                theirs.add(pool.submit(() -> enter("other", "1")));
            }
            long oursTaken = 0;
            long theirsTaken = 0;
            for (int i = 0; i < 6; i++) {
                oursTaken += ours.get(i).get().status() == 200 ? 1 : 0;
                theirsTaken += theirs.get(i).get().status() == 200 ? 1 : 0;
                assertThat(List.of(ours.get(i).get().status(), theirs.get(i).get().status())).allMatch(
                        status -> status == 200 || status == 403);
            }
            // one of the two sites opened the book; every entry of that site counted, none of the other's
            assertThat(oursTaken * theirsTaken).isZero();
            assertThat(oursTaken + theirsTaken).isEqualTo(6);
            String keeper = oursTaken == 6 ? "site" : "other";
            assertThat(api().get("/api/v1/customs/stock/" + emsNo, tokens.get(keeper)).json().get("items").get(0)
                    .get("qty").decimalValue()).isEqualByComparingTo("6");
        } finally {
            pool.shutdown();
        }
    }
}
