package org.cbec.app.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisionModeTest {

    private static ParcelDocuments.Inventory inventory(String tradeMode, String emsNo, String itemRecordNo) {
        return new ParcelDocuments.Inventory("COP-1", "ORDER-1", "1101110325", "1101110325", "1101180326", "L1",
                "1105910159", "李小宝", "130681136250023332", BigDecimal.TEN, BigDecimal.ZERO,
                List.of(new ParcelDocuments.GoodsLine(1, "I1", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN,
                        "3304990099", itemRecordNo, "面霜", "011", BigDecimal.ONE, "036", "502")), tradeMode, emsNo, null,
                "1105910159");
    }

    @Test
    void direct_purchase_9610_needs_no_account_book() {
        assertThat(SupervisionMode.problems(inventory("9610", null, null))).isEmpty();
    }

    @Test
    void bonded_1210_and_1239_name_the_account_book_and_each_line_its_item() {
        assertThat(SupervisionMode.problems(inventory("1210", "T1501W000001", "10001"))).isEmpty();
        assertThat(SupervisionMode.problems(inventory("1239", "T1501W000001", "10001"))).isEmpty();
        assertThat(SupervisionMode.problems(inventory("1239", " ", null))).containsExactly(
                "emsNo: a bonded (1239) inventory names its account book",
                "InventoryList[gnum 1]/itemRecordNo: a bonded (1239) line names its account-book item");
    }

    @Test
    void export_modes_9710_and_9810_are_no_import_inventory() {
        assertThat(SupervisionMode.problems(inventory("9710", null, null)))
                .containsExactly("tradeMode '9710' is not an import mode (9610, 1210 or 1239)");
        assertThat(SupervisionMode.problems(inventory("9810", null, null))).hasSize(1);
    }
}
