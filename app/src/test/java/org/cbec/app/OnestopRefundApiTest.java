package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Export tax refunds over HTTP: a 9710 order of part 1 released, summarised into an export declaration (CEB792),
 * paid in USD; the seller files for refund and registers its purchase invoice; the claim (amount excluding VAT x the
 * refund rate) is submitted, approved and paid by the tax office, and posted; a refused claim gives its invoices
 * back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopRefundApiTest extends OnestopMoneyTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The factory of {@link OnestopTest#product}. */
    private static final String FACTORY = "91330782MA2E6X1X4L";

    /** A 9710 order of 100 at 2.50 and 30.00 freight (USD 280.00), booked, paid, released and declared. */
    private String declared(String seller, long product) {
        String orderNo = released(seller, product);
        String month = LocalDate.now(CHINA).toString().substring(0, 7);
        assertThat(api().postJson("/api/v1/onestop/summaries", STAFF, Map.of("month", month)).status())
                .isEqualTo(200);
        onestop.awaitTimeline(seller, orderNo, t -> OnestopDeclarations.has(t, "SUMMARY", "DECLARED"));
        return orderNo;
    }

    private String entryOf(String seller, String orderNo) {
        String invtNo = api().get("/api/v1/onestop/orders/" + orderNo + "/timeline", seller).json().get("invtNo")
                .asString();
        for (JsonNode line : api().get("/api/v1/onestop/refunds/declarations", seller).json().get("lines")) {
            if (line.get("invtNo").asString().equals(invtNo)) {
                return line.get("entryId").asString();
            }
        }
        throw new AssertionError("no declaration of " + orderNo);
    }

    private Map<String, Object> invoice(long product, String number, Object qty, Object amount, Object vat) {
        return new HashMap<>(Map.of("productId", product, "invoiceNo", number, "issuerTaxCode", FACTORY, "qty", qty,
                "amount", amount, "vat", vat, "issuedOn", LocalDate.now(CHINA).minusDays(20).toString()));
    }

    @Test
    void aDeclaredOrderPaidInUsdIsRefundedOnItsInvoiceAndThePaymentIsPosted() {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        String orderNo = declared(seller, product);
        String entryId = entryOf(seller, orderNo);

        ApiClient.Response early = api().postJson("/api/v1/onestop/refunds/claims", seller, Map.of("entryId",
                entryId));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("the seller has not filed for export refund",
                "its proceeds are not collected (0.00 of 280.00)", "the purchase invoices cover 0 of 100");

        assertThat(api().putJson("/api/v1/onestop/refunds/method", seller, Map.of("method", "REFUND", "filedOn",
                LocalDate.now(CHINA).minusDays(30).toString(), "taxOffice", "义乌市税务局")).status()).isEqualTo(200);
        String number = "3300" + OnestopDeclarations.code('9').substring(1);
        ApiClient.Response wrongVat = api().postJson("/api/v1/onestop/invoices", seller, invoice(product, number, 100,
                1500.00, 190.00));
        assertThat(wrongVat.status()).isEqualTo(400);
        assertThat(wrongVat.body()).contains("vat: 195.00 at the goods' VAT rate, not 190");
        Map<String, Object> otherIssuer = invoice(product, number, 100, 1500.00, 195.00);
        otherIssuer.put("issuerTaxCode", "91110000600037341L");
        assertThat(api().postJson("/api/v1/onestop/invoices", seller, otherIssuer).body())
                .contains("issuerTaxCode: the product's invoicing factory, pre-reviewed, is " + FACTORY);
        assertThat(api().postJson("/api/v1/onestop/invoices", seller, invoice(product, number, 100, 1500.00, 195.00))
                .status()).isEqualTo(201);
        assertThat(api().postJson("/api/v1/onestop/invoices", seller, invoice(product, number, 100, 1500.00, 195.00))
                .status()).as("registered twice").isEqualTo(409);
        String other = approvedSeller();
        long othersProduct = approvedProduct(other, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        assertThat(api().postJson("/api/v1/onestop/invoices", other, invoice(othersProduct, number, 100, 1500.00,
                195.00)).status()).as("by another seller").isEqualTo(409);

        assertThat(api().postJson("/api/v1/onestop/fx/receipts", bank, Map.of("bankReference", "RF"
                + OnestopDeclarations.code('3'), "payerName", "John Smith", "currency", "502", "amount", 280.00,
                "valueDate", LocalDate.now(CHINA).toString(), "accountNo", account, "remittanceText", orderNo))
                .status()).isEqualTo(201);
        assertThat(api().putJson("/api/v1/onestop/fx/rates/" + LocalDate.now(CHINA) + "/502", STAFF, Map.of("rate",
                7.12, "source", "中国外汇交易中心")).status()).isEqualTo(200);
        assertThat(api().postJson("/api/v1/onestop/refunds/claims", seller, Map.of("entryId", "NOPE")).status())
                .as("a declaration never made").isEqualTo(404);
        assertThat(api().postJson("/api/v1/onestop/refunds/claims", seller, Map.of()).body())
                .contains("entryId: the export declaration claimed on");
        ApiClient.Response claimed = api().postJson("/api/v1/onestop/refunds/claims", seller, Map.of("entryId",
                entryId));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.json().get("base").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(claimed.json().get("claimed").decimalValue()).as("1,500.00 x 13 %").isEqualByComparingTo("195.00");
        long claim = claimed.json().get("id").asLong();
        assertThat(api().postJson("/api/v1/onestop/refunds/claims", seller, Map.of("entryId", entryId)).status())
                .as("claimed once").isEqualTo(409);
        assertThat(api().get("/api/v1/onestop/refunds/claims/" + claim, other).status()).isEqualTo(404);

        // financed until the tax office pays: 80 % of 195.00 is 156.00; the line (USD 280 settled: CNY 1,993.60
        // x 30 %) is 500.00
        assertThat(api().postJson("/api/v1/onestop/finance/loans", seller, Map.of("product", "REFUND_ADVANCE",
                "claimId", claim, "amount", 156.01)).body()).contains("is over 80 % of the refund claimed");
        assertThat(api().postJson("/api/v1/onestop/finance/loans", seller, Map.of("product", "REFUND_ADVANCE",
                "claimId", claim, "amount", 156.00)).status()).isEqualTo(201);
        assertThat(api().get("/api/v1/onestop/refunds/submitted", TAX).json().get("claims").findValues("id").stream()
                .map(JsonNode::asLong).toList()).as("the tax office's queue").contains(claim);
        assertThat(api().get("/api/v1/onestop/refunds/submitted", seller).status()).isEqualTo(401);
        assertThat(api().postJson("/api/v1/onestop/refunds/claims/" + claim + "/decision", STAFF, Map.of("approved",
                195)).status()).as("the staff are not the tax office").isEqualTo(401);
        assertThat(api().postJson("/api/v1/onestop/refunds/claims/" + claim + "/paid", TAX, Map.of()).status())
                .as("not approved yet").isEqualTo(409);
        assertThat(api().postJson("/api/v1/onestop/refunds/claims/" + claim + "/decision", TAX, Map.of("approved",
                196)).status()).as("more than claimed").isEqualTo(400);
        assertThat(api().postJson("/api/v1/onestop/refunds/claims/" + claim + "/decision", TAX, Map.of("approved",
                195.00)).json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(api().postJson("/api/v1/onestop/refunds/claims/" + claim + "/paid", TAX, Map.of()).json()
                .get("status").asString()).isEqualTo("PAID");
        Map<String, java.math.BigDecimal> balances = new HashMap<>();
        api().get("/api/v1/onestop/ledger", seller).json().get("balances").forEach(b -> balances.put(
                b.get("account").asString() + " " + b.get("currency").asString(), b.get("balance").decimalValue()));
        assertThat(balances.get("REFUND_DUE 142")).isEqualByComparingTo("0");
        assertThat(balances.get("LOAN 142")).as("the advance repaid from the refund").isEqualByComparingTo("0");
        // owed to the seller: 1,993.60 less the 3.99 FX fee, plus the 195.00 refund (the 156.00 advance drawn and
        // repaid from it)
        assertThat(balances.get("BALANCE 142")).isEqualByComparingTo("-2184.61");
        assertThat(api().get("/api/v1/onestop/finance/loans", seller).json().get("loans").get(0).get("status")
                .asString()).isEqualTo("REPAID");
        String month = LocalDate.now(CHINA).toString().substring(0, 7);
        JsonNode statement = api().get("/api/v1/onestop/statement?month=" + month, seller).json();
        assertThat(statement.get("refunds").get(0).get("status").asString()).isEqualTo("PAID");
        assertThat(statement.get("proceeds").get(0).get("cnyAmount").decimalValue()).isEqualByComparingTo("1993.60");
        assertThat(statement.get("ledger").findValues("kind").stream().map(JsonNode::asString).toList())
                .as("the seller's side: its proceeds came in through the platform's suspense")
                .contains("FX_MATCHED", "FX_SETTLED", "LOAN_DRAWN", "REFUND_APPROVED", "REFUND_PAID",
                        "LOAN_REPAID");
        JsonNode check = api().get("/api/v1/onestop/ledger/platform", STAFF).json().get("check");
        assertThat(check.get("unbalanced").asLong()).isZero();
        assertThat(check.get("accountsOff").asLong()).isZero();
        assertThat(check.get("currenciesOff").asLong()).as("nothing created or lost").isZero();
    }

    @Test
    void aRefusedClaimGivesItsInvoicesBack() {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        String orderNo = declared(seller, product);
        api().putJson("/api/v1/onestop/refunds/method", seller, Map.of("method", "REFUND", "filedOn",
                LocalDate.now(CHINA).minusDays(30).toString(), "taxOffice", "义乌市税务局"));
        String number = "3300" + OnestopDeclarations.code('9').substring(1);
        api().postJson("/api/v1/onestop/invoices", seller, invoice(product, number, 150, 2100.00, 273.00));
        api().postJson("/api/v1/onestop/fx/receipts", bank, Map.of("bankReference", "RF"
                + OnestopDeclarations.code('3'), "payerName", "John Smith", "currency", "502", "amount", 280.00,
                "valueDate", LocalDate.now(CHINA).toString(), "accountNo", account, "remittanceText", orderNo));
        ApiClient.Response claimed = api().postJson("/api/v1/onestop/refunds/claims", seller, Map.of("entryId",
                entryOf(seller, orderNo)));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.json().get("claimed").decimalValue()).as("100 of 150 at 14.00: 1,400.00 x 13 %")
                .isEqualByComparingTo("182.00");
        assertThat(api().get("/api/v1/onestop/invoices", seller).json().get("invoices").get(0).get("usedQty")
                .decimalValue()).isEqualByComparingTo("100");
        ApiClient.Response refused = api().postJson("/api/v1/onestop/refunds/claims/" + claimed.json().get("id")
                .asLong() + "/decision", TAX, Map.of("reason", "进货凭证与出口货物不符"));
        assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
        assertThat(api().get("/api/v1/onestop/invoices", seller).json().get("invoices").get(0).get("usedQty")
                .decimalValue()).as("given back").isEqualByComparingTo("0");
    }

    @Test
    void aSellerWithoutInvoicesIsShownItsExportLinesAndItsDeemedIncomeAndTheyAreReportedToTax() {
        String seller = approvedSeller();
        long product = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        String orderNo = declared(seller, product);
        String month = LocalDate.now(CHINA).toString().substring(0, 7);
        assertThat(api().get("/api/v1/onestop/refunds/exempt?month=" + month, seller).status())
                .as("not exempt yet").isEqualTo(409);
        assertThat(api().putJson("/api/v1/onestop/refunds/method", seller, Map.of("filedOn", "2026-01-01")).status())
                .as("no method: named, not a 500").isEqualTo(400);
        assertThat(api().putJson("/api/v1/onestop/refunds/method", seller, Map.of("method", "EXEMPT")).status())
                .isEqualTo(200);
        JsonNode exempt = api().get("/api/v1/onestop/refunds/exempt?month=" + month, seller).json();
        assertThat(exempt.get("lines").findValues("orderNo").stream().map(JsonNode::asString).toList())
                .containsExactly(orderNo);
        // USD 280.00 not yet received: at the month's customs rate (illustrative 7.12) CNY 1,993.60; 4 % = 79.74
        assertThat(exempt.get("revenueCny").decimalValue()).isEqualByComparingTo("1993.60");
        assertThat(exempt.get("deemedIncome").decimalValue()).isEqualByComparingTo("79.74");

        assertThat(api().postJson("/api/v1/onestop/reports", STAFF, Map.of("month", month)).status()).isEqualTo(200);
        String identity = api().get("/api/v1/onestop/sellers/me", seller).json().get("application").get("uscc")
                .asString();
        assertThat(api().get("/api/v1/onestop/reports/TAX", STAFF).json().get("reports").get(0).get("body")
                .asString()).contains(identity, orderNo);
        assertThat(api().get("/api/v1/onestop/reports/FX", STAFF).json().get("reports").get(0).get("kind")
                .asString()).isEqualTo("export-proceeds");
        assertThat(api().get("/api/v1/onestop/reports/TAX", seller).status()).isEqualTo(401);
    }
}
