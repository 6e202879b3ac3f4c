package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Trade finance over HTTP: a seller's line from the exports it settled, order financing on a released order drawn
 * by two requests racing for the last of the line (exactly one wins), interest accrued, the loan repaid from the
 * order's proceeds, the ledger balanced throughout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopFinanceApiTest extends OnestopMoneyTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String TODAY = LocalDate.now(CHINA).toString();

    @BeforeEach
    void rated() {
        api().putJson("/api/v1/onestop/fx/rates/" + TODAY + "/502", STAFF, Map.of("rate", 7.12, "source",
                "中国外汇交易中心"));
    }


    private void paid(String orderNo) {
        assertThat(api().postJson("/api/v1/onestop/fx/receipts", bank, Map.of("bankReference", "FN"
                + OnestopDeclarations.code('3'), "payerName", "John Smith", "currency", "502", "amount", 280.00,
                "valueDate", TODAY, "accountNo", account, "remittanceText", orderNo)).status()).isEqualTo(201);
    }

    @Test
    void anOrderIsFinancedOnceForTheLastOfTheLineAndRepaidFromItsProceeds() throws Exception {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        assertThat(api().get("/api/v1/onestop/finance/line", seller).json().get("line").get("amount").decimalValue())
                .as("no record yet").isEqualByComparingTo("0");
        paid(released(seller, product));
        JsonNode line = api().get("/api/v1/onestop/finance/line", seller).json();
        // USD 280.00 x 7.12 = CNY 1,993.60 settled; x 30 % = 598.08, no refusals, no grade: 500.00
        assertThat(line.get("line").get("amount").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(line.get("line").get("factors").findValues("name").stream().map(JsonNode::asString).toList())
                .containsExactly("settledExports6Months", "refusedShare", "creditGrade");

        String financed = released(seller, product);
        ApiClient.Response unreleased = api().postJson("/api/v1/onestop/finance/loans", seller, Map.of("product",
                "ORDER_FINANCING", "orderNo", "NOPE", "amount", 10));
        assertThat(unreleased.status()).isEqualTo(404);
        List<ApiClient.Response> race = AtOnce.times(2, () -> api().postJson("/api/v1/onestop/finance/loans",
                seller, Map.of("product", "ORDER_FINANCING", "orderNo", financed, "amount", 300.00)));
        assertThat(race).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409);
        assertThat(race).filteredOn(r -> r.status() == 409).singleElement().satisfies(r -> assertThat(r.body())
                .contains("is over the line: 200.00 available of 500.00"));
        assertThat(api().get("/api/v1/onestop/finance/line", seller).json().get("available").decimalValue())
                .isEqualByComparingTo("200.00");

        JsonNode accrued = api().postJson("/api/v1/onestop/finance/accrue", STAFF, Map.of("day", LocalDate.now(CHINA)
                .plusDays(1).toString())).json();
        assertThat(accrued.get("posted").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode loan = api().get("/api/v1/onestop/finance/loans", seller).json().get("loans").get(0);
        assertThat(loan.get("interestDue").decimalValue()).as("300.00 x 6 % / 360 a day").isEqualByComparingTo("0.05");
        assertThat(api().postJson("/api/v1/onestop/finance/accrue", STAFF, Map.of("day", LocalDate.now(CHINA)
                .plusDays(1).toString())).json().get("posted").asInt()).as("each day once").isZero();

        paid(financed);
        JsonNode repaid = api().get("/api/v1/onestop/finance/loans", seller).json().get("loans").get(0);
        assertThat(repaid.get("status").asString()).isEqualTo("REPAID");
        assertThat(repaid.get("outstanding").decimalValue()).isEqualByComparingTo("0");
        JsonNode check = api().get("/api/v1/onestop/ledger/platform", STAFF).json().get("check");
        assertThat(check.get("unbalanced").asLong()).isZero();
        assertThat(check.get("accountsOff").asLong()).isZero();
        String month = LocalDate.now(CHINA).toString().substring(0, 7);
        JsonNode statement = api().get("/api/v1/onestop/statement?month=" + month, seller).json();
        assertThat(statement.get("proceeds").findValues("cnyAmount").stream().map(JsonNode::decimalValue).toList())
                .as("two orders' USD 280.00 at 7.12").hasSize(2).allSatisfy(v -> assertThat(v)
                        .isEqualByComparingTo("1993.60"));
        assertThat(statement.get("loans").get(0).get("principal").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(statement.get("interestAccrued").get("142").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(statement.get("ledger").findValues("kind").stream().map(JsonNode::asString).toList())
                .contains("FX_MATCHED", "FX_SETTLED", "LOAN_DRAWN", "INTEREST", "LOAN_REPAID");
        ApiClient.Response csv = api().get("/api/v1/onestop/statement.csv?month=" + month, seller);
        assertThat(csv.body()).startsWith("section,orderNo,status,currency,amount,rate,cny,fee,total")
                .contains("proceeds,", ",SETTLED,502,280.00,7.12,1993.60,3.99,", "loan,");
        ApiClient.Response pdf = api().get("/api/v1/onestop/statement.pdf?month=" + month, seller);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(api().get("/api/v1/onestop/statement?month=" + month, approvedSeller()).json().get("proceeds"))
                .as("another seller's statement holds none of it").isEmpty();
        assertThat(api().postJson("/api/v1/onestop/finance/loans", seller, Map.of("product", "REFUND_ADVANCE",
                "claimId", 999999, "amount", 10)).status()).isEqualTo(404);
        assertThat(api().postJson("/api/v1/onestop/finance/loans", seller, Map.of("product", "ORDER_FINANCING",
                "orderNo", financed, "amount", 0)).status()).isEqualTo(400);
        assertThat(api().postJson("/api/v1/onestop/finance/loans", seller, Map.of("amount", 1)).body())
                .as("no product: named before the line is looked at").contains("product: ORDER_FINANCING");
    }
}
