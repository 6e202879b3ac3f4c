package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An export order's rules: modes, the warehouse of 9810, customs codes, amounts to their places, lines. */
class ExportOrderTest {

    static TradeCodes codes;

    @BeforeAll
    static void codes() throws IOException {
        codes = TradeCodes.read(new InputStreamReader(ExportOrderTest.class.getResourceAsStream(
                "/onestop/countries.csv"), StandardCharsets.UTF_8), new InputStreamReader(ExportOrderTest.class
                .getResourceAsStream("/onestop/currencies.csv"), StandardCharsets.UTF_8), new InputStreamReader(
                ExportOrderTest.class.getResourceAsStream("/onestop/units.csv"), StandardCharsets.UTF_8));
    }

    private static ExportOrder order(String mode, String warehouse, String currency, String freight,
                                     ExportOrder.Line... lines) {
        return new ExportOrder("SO-1", mode, warehouse, "John Smith", "502", currency, new BigDecimal(freight), "B",
                List.of(lines));
    }

    private static ExportOrder.Line line(long product, String qty, String price) {
        return new ExportOrder.Line(product, new BigDecimal(qty), new BigDecimal(price));
    }

    @Test
    void theThreeExportModesAndOnly9810NamesAWarehouse() {
        assertThat(ExportOrder.MODES).containsExactlyInAnyOrder("9610", "9710", "9810");
        assertThat(order("9610", null, "502", "5.00", line(1, "2", "9.99")).problems(codes, id -> true)).isEmpty();
        assertThat(order("9810", null, "502", "5", line(1, "2", "9.99")).problems(codes, id -> true))
                .containsExactly("warehouse: 9810 names the overseas warehouse");
        assertThat(order("9710", "LA-01", "502", "5", line(1, "2", "9.99")).problems(codes, id -> true))
                .containsExactly("warehouse: only a 9810 order names a warehouse");
        assertThat(order("1210", null, "502", "5", line(1, "2", "9.99")).problems(codes, id -> true))
                .singleElement().asString().startsWith("mode: 9610 (retail), 9710 (B2B direct) or 9810");
        assertThat(order(null, null, "502", "5", line(1, "2", "9.99")).problems(codes, id -> true))
                .as("no mode: named, not thrown").singleElement().asString().startsWith("mode: 9610 (retail)");
    }

    @Test
    void codesOutsideJgs20AndAmountsBeyondTheirPlacesAreNamed() {
        ExportOrder wrong = new ExportOrder("SO-2", "9610", null, "John", "999", "USD", new BigDecimal("1"), "C",
                List.of(line(1, "1", "1")));
        assertThat(wrong.problems(codes, id -> true)).contains(
                "buyerCountry: '999' is not a country code (JGS-20, e.g. 502 USA)",
                "currency: 'USD' is not a currency code (JGS-20, e.g. 502 USD, 142 CNY)",
                "statisticsFlag: A (declared simply) or B (summarised into declarations)");
        ExportOrder home = new ExportOrder("SO-3", "9610", null, "张伟", "142", "142", BigDecimal.ZERO, "B",
                List.of(line(1, "1", "1")));
        assertThat(home.problems(codes, id -> true)).containsExactly(
                "buyerCountry: 142 is China; an export's buyer is abroad");
        assertThat(order("9610", null, "116", "10.5", line(1, "1", "1000")).problems(codes, id -> true))
                .containsExactly("freight: 0 or more, below 10^14, to at most 0 places in JPY");
        assertThat(order("9610", null, "502", "1", line(1, "0.000001", "1.00001")).problems(codes, id -> true))
                .containsExactly("lines[1].qty: above 0, below 10^14, at most 5 places",
                        "lines[1].price: above 0, below 10^14, at most 4 places");
    }

    @Test
    void amountsFitCebsN19Comma5FourteenDigitsBeforeThePoint() {
        assertThat(ExportOrder.INTEGER_DIGITS).isEqualTo(14);
        assertThat(order("9610", null, "502", "1e999999999", line(1, "1", "1")).problems(codes, id -> true))
                .singleElement().asString().startsWith("freight: 0 or more, below 10^14");
        assertThat(order("9610", null, "502", "1", line(1, "10000000", "10000000")).problems(codes, id -> true))
                .containsExactly("lines[1].qty x price: below 10^14");
        assertThat(order("9610", null, "502", "1", line(1, "99999999999999", "1"), line(1, "1", "1"))
                .problems(codes, id -> true)).containsExactly("goodsValue + freight: below 10^14");
    }

    @Test
    void onlyApprovedProductsOfTheSellerAndAtMost100Lines() {
        assertThat(order("9610", null, "502", "1", line(1, "1", "1"), line(2, "1", "1")).problems(codes,
                id -> id == 1)).containsExactly("lines[2].productId: 2 is not an approved product of yours");
        assertThat(ExportOrder.MAX_LINES).isEqualTo(100);
        ExportOrder.Line[] many = new ExportOrder.Line[101];
        java.util.Arrays.fill(many, line(1, "1", "1"));
        assertThat(order("9610", null, "502", "1", many).problems(codes, id -> true))
                .containsExactly("lines: 1 to 100 lines");
    }

    @Test
    void lineTotalsAreRoundedHalfUpToTheCurrencysPlaces() {
        ExportOrder usd = order("9610", null, "502", "1", line(1, "3", "0.3335"), line(1, "1", "0.005"));
        assertThat(usd.goodsValue(2)).isEqualByComparingTo("1.01").hasScaleOf(2);
        assertThat(order("9610", null, "116", "0", line(1, "3", "333.5")).goodsValue(0))
                .isEqualByComparingTo("1001").hasScaleOf(0);
    }
}
