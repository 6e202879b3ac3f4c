package org.cbec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An overdue loan stops new drawdowns: order financing here falls due the day before it is drawn (a term of -1 day,
 * so that the test need not wait 90 days), and the seller's next drawdown is refused naming it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OnestopOverdueApiTest extends OnestopMoneyTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @DynamicPropertySource
    static void dueAtOnce(DynamicPropertyRegistry registry) {
        registry.add("cbec.onestop.finance.order-days", () -> "-1");
    }


    @Test
    void anOverdueLoanStopsNewDrawdownsNamingIt() {
        api().putJson("/api/v1/onestop/fx/rates/" + TODAY + "/502", STAFF, Map.of("rate", 7.12, "source", "CFETS"));
        String seller = approvedSeller();
        long product = approvedProduct(seller, "TS-" + OnestopDeclarations.code('1'), "6109100000");
        String paid = released(seller, product);
        api().postJson("/api/v1/onestop/fx/receipts", bank, Map.of("bankReference", "OD"
                + OnestopDeclarations.code('3'), "payerName", "John Smith", "currency", "502", "amount", 280.00,
                "valueDate", TODAY, "accountNo", account, "remittanceText", paid));
        String financed = released(seller, product);
        ApiClient.Response first = api().postJson("/api/v1/onestop/finance/loans", seller, Map.of("product",
                "ORDER_FINANCING", "orderNo", financed, "amount", 100.00));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(api().get("/api/v1/onestop/finance/line", seller).json().get("blocks").get(0).asString())
                .contains("was due on");
        ApiClient.Response second = api().postJson("/api/v1/onestop/finance/loans", seller, Map.of("product",
                "ORDER_FINANCING", "orderNo", financed, "amount", 10.00));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("no new drawdown while a loan is overdue: loan "
                + first.json().get("id").asLong());
    }
}
