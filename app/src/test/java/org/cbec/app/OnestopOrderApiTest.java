package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.domain.OrderCsv;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Export orders into the comprehensive service platform over HTTP: by JSON and by CSV (UTF-8, GBK when declared,
 * 10,000 rows), refused whole with every bad row and column named, a seller's own only, the same order racing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopOrderApiTest extends OnestopTest {

    private static final String HEADER = String.join(",", OrderCsv.COLUMNS) + "\n";

    private static Map<String, Object> order(String orderNo, long product) {
        return Map.of("orderNo", orderNo, "mode", "9610", "buyerName", "John Smith", "buyerCountry", "502",
                "currency", "502", "freight", "5.00", "statisticsFlag", "B", "lines", List.of(Map.of("productId",
                        product, "qty", "2", "price", "9.99")));
    }

    private HttpResponse<String> upload(String token, String csv, Charset charset, String contentType)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/onestop/orders")).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(
                        charset))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int orders(String token) {
        return api().get("/api/v1/onestop/orders", token).json().get("orders").size();
    }

    @Test
    void anOrderOfApprovedProductsIsTakenWithItsValueAndOnlyItsSellerReadsIt() {
        String seller = approvedSeller();
        long tshirt = approvedProduct(seller, "TS-1", "6109100000");
        ApiClient.Response taken = api().postJson("/api/v1/onestop/orders", seller, order("SO-1", tshirt));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().get("goodsValue").decimalValue()).isEqualByComparingTo("19.98");
        assertThat(taken.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(api().get("/api/v1/onestop/orders/SO-1", seller).json().get("order").get("buyerCountry")
                .asString()).isEqualTo("502");

        String other = approvedSeller();
        assertThat(api().get("/api/v1/onestop/orders/SO-1", other).status()).isEqualTo(404);
        assertThat(orders(other)).isZero();
        ApiClient.Response borrowed = api().postJson("/api/v1/onestop/orders", other, order("SO-9", tshirt));
        assertThat(borrowed.status()).isEqualTo(400);
        assertThat(borrowed.body()).contains("lines[1].productId: " + tshirt + " is not an approved product of yours");
        assertThat(api().postJson("/api/v1/onestop/orders", null, order("SO-8", tshirt)).status()).isEqualTo(401);
    }

    @Test
    void aProductNotYetApprovedIsNoProductForAnOrder() {
        String seller = approvedSeller();
        long pending = api().postJson("/api/v1/onestop/products", seller, product("P-1", "6404110000")).json()
                .get("id").asLong();
        assertThat(api().postJson("/api/v1/onestop/orders", seller, order("SO-2", pending)).body())
                .contains("lines[1].productId: " + pending + " is not an approved product of yours");
    }

    @Test
    void aFileOfOrdersIsTakenWholeInUtf8AndInGbkWhenDeclared() throws Exception {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "C-1", "4202221000");
        HttpResponse<String> utf8 = upload(seller, HEADER
                + "F-1,9610,,\"Smith, John\",502,502,5.00,B," + product + ",2,9.99\n"
                + "F-2,9710,,山田太郎,116,142,0,A," + product + ",100,35\n"
                + "F-1,9610,,\"Smith, John\",502,502,5.00,B," + product + ",1,20\n", StandardCharsets.UTF_8,
                "text/csv");
        assertThat(utf8.statusCode()).as(utf8.body()).isEqualTo(201);
        assertThat(utf8.body()).contains("\"orders\":2");
        assertThat(api().get("/api/v1/onestop/orders/F-1", seller).json().get("goodsValue").decimalValue())
                .isEqualByComparingTo("39.98");

        Charset gbk = Charset.forName("GBK");
        String chinese = HEADER + "G-1,9610,,李小龙,110,110,0,B," + product + ",1,88\n";
        assertThat(upload(seller, chinese, gbk, "text/csv; charset=GBK").statusCode()).isEqualTo(201);
        assertThat(api().get("/api/v1/onestop/orders/G-1", seller).json().get("order").get("buyerName").asString())
                .isEqualTo("李小龙");
        HttpResponse<String> undeclared = upload(seller, chinese.replace("G-1", "G-2"), gbk, "text/csv");
        assertThat(undeclared.statusCode()).isEqualTo(400);
        assertThat(undeclared.body()).contains("not of its charset (UTF-8 unless the request says charset=GBK)");
        HttpResponse<String> klingon = upload(seller, chinese, gbk, "text/csv; charset=KLINGON");
        assertThat(klingon.statusCode()).isEqualTo(415);
        assertThat(klingon.body()).contains("Content-Type");
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeNamingEachRowAndColumn() throws Exception {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "B-1", "6109100000");
        HttpResponse<String> refused = upload(seller, HEADER
                + "B-1,9610,,John,502,502,1,B," + product + ",1,10\n"
                + "B-2,9610,,John,999,502,1,B," + product + ",1,10\n"
                + "B-3,9610,,John,502,502,1,B," + (product + 1000) + ",-1,10\n", StandardCharsets.UTF_8, "text/csv");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("row 3, column buyerCountry: '999' is not a country code")
                .contains("row 4, column productId: " + (product + 1000) + " is not an approved product of yours")
                .contains("row 4, column qty: above 0");
        assertThat(orders(seller)).as("nothing half-imported").isZero();

        assertThat(upload(seller, HEADER + "B-1,9610,,John,502,502,1,B," + product + ",1,10\n",
                StandardCharsets.UTF_8, "text/csv").statusCode()).isEqualTo(201);
        HttpResponse<String> again = upload(seller, HEADER + "B-4,9610,,John,502,502,1,B," + product + ",1,10\n"
                + "B-1,9610,,John,502,502,1,B," + product + ",1,10\n", StandardCharsets.UTF_8, "text/csv");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("row 3, column orderNo: order B-1 is taken already");
        assertThat(api().get("/api/v1/onestop/orders/B-4", seller).status()).as("rolled back with it").isEqualTo(404);
    }

    @Test
    void aFileWithManyBadRowsListsTheFirst200ProblemsAndCountsTheRest() throws Exception {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "N-1", "6109100000");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 250; i++) {
            csv.append("N-").append(i).append(",9610,,John,999,502,1,B,").append(product).append(",1,10\n");
        }
        HttpResponse<String> refused = upload(seller, csv.toString(), StandardCharsets.UTF_8, "text/csv");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("row 201, column buyerCountry").doesNotContain("row 202, column")
                .contains("; and 50 more");
    }

    @Test
    void tenThousandRowsAreTakenInOneFile() throws Exception {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "T-1", "8517130000");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < OrderCsv.MAX_ROWS; i++) {
            // 5,000 orders of two lines each
            csv.append("T-").append(i / 2).append(",9610,,Buyer ").append(i / 2).append(",502,502,3.50,B,")
                    .append(product).append(",1,").append(100 + i % 2).append('\n');
        }
        HttpResponse<String> taken = upload(seller, csv.toString(), StandardCharsets.UTF_8, "text/csv");
        assertThat(taken.statusCode()).as(taken.body().length() > 300 ? taken.body().substring(0, 300)
                : taken.body()).isEqualTo(201);
        assertThat(taken.body()).contains("\"orders\":5000");
        JsonNode last = api().get("/api/v1/onestop/orders/T-4999", seller).json();
        assertThat(last.get("order").get("lines").size()).isEqualTo(2);
        assertThat(last.get("goodsValue").decimalValue()).isEqualByComparingTo("201.00");
    }

    @Test
    void theSameOrderSentThreeTimesAtOnceIsTakenOnce() throws Exception {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "R-1", "6109100000");
        List<ApiClient.Response> answers = AtOnce.times(3, () -> api().postJson("/api/v1/onestop/orders", seller,
                order("RACE-1", product)));
        assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(orders(seller)).isEqualTo(1);
    }
}
