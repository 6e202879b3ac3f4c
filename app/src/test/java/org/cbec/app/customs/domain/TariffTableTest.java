package org.cbec.app.customs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TariffTableTest {

    private static final String HEADER = "hsCode,name,mfnRate,vatRate,ctRate,positiveList,remarks\n";

    @Test
    void the_shipped_table_covers_the_common_cbec_chapters() throws Exception {
        try (var csv = new InputStreamReader(getClass().getResourceAsStream("/customs/tariff.csv"),
                StandardCharsets.UTF_8)) {
            TariffTable table = TariffTable.read(csv);

            assertThat(table.size()).isGreaterThanOrEqualTo(30);
            // cosmetics, infant formula, health food, apparel, shoes, bags, watches, jewellery, small electronics
            for (String hs : new String[] {"3304990099", "1901101000", "2106909090", "6109100000", "6404110000",
                "4202221000", "9102110000", "7113190000", "8516310000"}) {
                assertThat(table.find(hs)).as(hs).isPresent();
            }
            Tariff cream = table.find("3304990099").orElseThrow();
            assertThat(cream.ctRate()).isEqualByComparingTo("0.15");
            assertThat(cream.ctMinPerMlOrG()).isEqualByComparingTo("10");
            assertThat(cream.ctMinPerPiece()).isEqualByComparingTo("15");
            assertThat(table.find("1701999000").orElseThrow().maxQtyPerYear()).isEqualByComparingTo("2");
            assertThat(table.find("9302000000").orElseThrow().positiveList()).isFalse();
        }
    }

    @Test
    void columns_are_found_by_their_header_and_empty_cells_are_absent() {
        TariffTable table = TariffTable.read(new StringReader("positiveList,hsCode,vatRate,mfnRate,ctRate,name\n"
                + "Y,6109100000,0.13,0.06,0,T恤\n"));

        Tariff shirt = table.find("6109100000").orElseThrow();
        assertThat(shirt.vatRate()).isEqualByComparingTo("0.13");
        assertThat(shirt.referencePrice()).isNull();
        assertThat(table.find("6109100001")).isEmpty();
    }

    @Test
    void a_bad_line_is_refused_with_its_number_and_column() {
        assertThatThrownBy(() -> TariffTable.read(new StringReader(HEADER + "610910000,T恤,0.06,0.13,0,Y,\n")))
                .hasMessage("tariff table line 1, hsCode: 10 digits, not '610910000'");
        assertThatThrownBy(() -> TariffTable.read(new StringReader(HEADER + "6109100000,T恤,0.06,13,0,Y,\n")))
                .hasMessageContaining("line 1, vatRate: a rate from 0 to below 1");
        assertThatThrownBy(() -> TariffTable.read(new StringReader(HEADER + "6109100000,T恤,0.06,0.13,0,yes,\n")))
                .hasMessageContaining("positiveList: Y or N");
        assertThatThrownBy(() -> TariffTable.read(new StringReader(HEADER + "6109100000,T恤,0.06,0.13,0,Y,\n"
                + "6109100000,T恤,0.06,0.13,0,Y,\n"))).hasMessageContaining("appears twice");
    }
}
