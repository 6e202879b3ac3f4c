package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Monthly customs exchange rates, and the 5,000 yuan an export inventory may declare. */
class ExchangeRatesTest {

    private static final ExchangeRates RATES = read("month,currency,rate\n2026-10,502,7.10\n2026-12,502,7.20\n");

    private static ExchangeRates read(String csv) {
        try {
            return ExchangeRates.read(new StringReader(csv));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMonthWithoutItsRateTakesTheLatestEarlierOneAndTheYuanIsOne() {
        assertThat(RATES.rate("502", YearMonth.of(2026, 11))).hasValueSatisfying(r -> assertThat(r)
                .isEqualByComparingTo("7.10"));
        assertThat(RATES.rate("502", YearMonth.of(2026, 12))).hasValueSatisfying(r -> assertThat(r)
                .isEqualByComparingTo("7.20"));
        assertThat(RATES.rate("502", YearMonth.of(2026, 9))).as("none before").isEmpty();
        assertThat(RATES.rate("300", YearMonth.of(2026, 12))).isEmpty();
        assertThat(RATES.cny("142", new BigDecimal("12.34"), YearMonth.of(2026, 1))).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("12.34"));
        assertThat(RATES.cny("502", new BigDecimal("694.45"), YearMonth.of(2026, 12))).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("5000.04"));
    }

    @Test
    void theShippedRatesCoverEveryCurrencyOfTheTable() throws Exception {
        ExchangeRates shipped = ExchangeRates.read(new InputStreamReader(ExchangeRatesTest.class.getResourceAsStream(
                "/onestop/exchange-rates.csv"), StandardCharsets.UTF_8));
        for (String currency : List.of("110", "116", "132", "133", "300", "302", "303", "330", "331", "344", "501",
                "502", "601", "609")) {
            assertThat(shipped.rate(currency, YearMonth.of(2026, 12))).as(currency).isPresent();
        }
    }

    @Test
    void aBadRowStopsTheRead() {
        assertThatThrownBy(() -> ExchangeRates.read(new StringReader("month,currency,rate\n2026-13,502,7\n")))
                .hasMessageContaining("exchange rates row 2");
        assertThatThrownBy(() -> ExchangeRates.read(new StringReader("month,currency,rate\n2026-12,502,-1\n")))
                .hasMessageContaining("a rate above 0");
    }

    @Test
    void anOrderWithoutItsStatisticsFlagTakesBWhenItsGoodsHaveARefundToClaim() {
        ExportOrder unsaid = new ExportOrder("SO-1", "9610", null, "John", "502", "502", BigDecimal.ZERO, null,
                List.of(new ExportOrder.Line(1L, BigDecimal.ONE, BigDecimal.ONE), new ExportOrder.Line(2L,
                        BigDecimal.ONE, BigDecimal.ONE)));
        assertThat(unsaid.withStatisticsFlag(id -> id == 2L).statisticsFlag()).isEqualTo("B");
        assertThat(unsaid.withStatisticsFlag(id -> false).statisticsFlag()).as("no refund on any").isEqualTo("A");
        ExportOrder said = new ExportOrder("SO-1", "9610", null, "John", "502", "502", BigDecimal.ZERO, "A",
                unsaid.lines());
        assertThat(said.withStatisticsFlag(id -> true).statisticsFlag()).as("the seller's choice").isEqualTo("A");
    }

    @Test
    void anOrderAboveFiveThousandYuanOrWithLicensedGoodsStaysOutOfTheList() {
        ExportOrder order = new ExportOrder("SO-1", "9610", null, "John", "502", "502", BigDecimal.ZERO, "A",
                List.of(new ExportOrder.Line(1L, BigDecimal.ONE, new BigDecimal("694.45"))));
        assertThat(order.listProblems(new BigDecimal("5000.04"), List.of(false))).singleElement().asString()
                .startsWith("goodsValue: CNY 5000.04 at this month's customs rate, above the 5000 a cross-border "
                        + "inventory declares");
        assertThat(order.listProblems(ExportOrder.LIST_LIMIT_CNY, List.of(false))).as("5,000 itself is within")
                .isEmpty();
        assertThat(order.listProblems(BigDecimal.TEN, List.of(true))).singleElement().asString()
                .startsWith("lines[1].productId: its goods need an export licence");
        assertThat(order.listProblems(null, List.of(false))).containsExactly(
                "currency: no customs exchange rate of 502 for this month");
    }
}
