package org.cbec.app.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.domain.ThreeDocumentComparison.Result;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.registry.Role;
import org.junit.jupiter.api.Test;

/** The export comparison's rules, each failing alone with its name, its field and both values. */
class ExportComparisonTest {

    private static final String EBC = "3301961234";
    private static final Set<String> FILED = Set.of("3301960001", EBC, "3301968888", "3301967777", "3301965555");
    private static final ExportComparison COMPARISON = new ExportComparison((code, role) -> FILED.contains(code));
    private static final List<ParcelDocuments.GoodsLine> LINES = List.of(new ParcelDocuments.GoodsLine(1, "SKU-1",
            new BigDecimal("3"), new BigDecimal("10.00"), new BigDecimal("30.00")));

    private static ExportDocuments.Order order(String orderType) {
        return new ExportDocuments.Order("EX-1", "3301960001", EBC, orderType, new BigDecimal("30.00"),
                new BigDecimal("5.00"), "142", LINES);
    }

    private static ExportDocuments.Receipt receipt(String charge) {
        return new ExportDocuments.Receipt("EX-1", "3301960001", EBC, "3301965555", "PAYNO-1", new BigDecimal(charge),
                "142");
    }

    private static final ExportDocuments.Waybill WAYBILL = new ExportDocuments.Waybill("3301968888", "LN-EX-1",
            new BigDecimal("5.00"), BigDecimal.ZERO, new BigDecimal("1.2"), 1);

    private static ExportDocuments.Inventory inventory(String tradeMode, String ebcCode, String freight) {
        return new ExportDocuments.Inventory("COP-EX-1", "EX-1", "3301960001", ebcCode, "3301968888", "LN-EX-1",
                "3301967777", EBC, tradeMode, "B", "2900", "2900", "502", new BigDecimal(freight), BigDecimal.ZERO,
                LINES);
    }

    @Test
    void a_consistent_9610_parcel_passes() {
        Result result = COMPARISON.compare(order("E"), receipt("35.00"), WAYBILL, inventory("9610", EBC, "5.00"), true);
        assertThat(result.consistent()).as(result.reasons()).isTrue();
    }

    @Test
    void each_export_mode_takes_its_order_type() {
        assertThat(ExportComparison.ORDER_TYPES).containsEntry("9610", "E").containsEntry("9710", "B")
                .containsEntry("9810", "W");
        assertThat(COMPARISON.compare(order("B"), receipt("35.00"), WAYBILL, inventory("9710", EBC, "5.00"), true)
                .consistent()).isTrue();
        Result wrong = COMPARISON.compare(order("E"), receipt("35.00"), WAYBILL, inventory("9810", EBC, "5.00"), true);
        assertThat(wrong.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo(ExportComparison.ORDER_TYPE);
            assertThat(m.message()).isEqualTo("order orderType 'E' does not fit inventory tradeMode 9810, which "
                    + "takes orderType W");
        });
        assertThat(COMPARISON.compare(order("E"), receipt("35.00"), WAYBILL, inventory("9710", EBC, "5.00"), true)
                .mismatches()).extracting(ThreeDocumentComparison.Mismatch::rule)
                .containsExactly(ExportComparison.ORDER_TYPE);
    }

    @Test
    void an_import_mode_is_no_export() {
        assertThat(COMPARISON.compare(order("E"), receipt("35.00"), WAYBILL, inventory("1210", EBC, "5.00"), true)
                .consistent()).as("1210 special-zone export").isTrue();
        assertThat(COMPARISON.compare(order("E"), receipt("35.00"), WAYBILL, inventory("0110", EBC, "5.00"), true)
                .reasons()).contains("inventory tradeMode '0110' is not an export mode");
    }

    @Test
    void the_consignor_is_the_orders_e_commerce_enterprise() {
        Result result = COMPARISON.compare(order("E"), receipt("35.00"), WAYBILL, inventory("9610", "3301960001",
                "5.00"), true);
        assertThat(result.mismatches()).extracting(ThreeDocumentComparison.Mismatch::message)
                .containsExactly("order ebcCode '" + EBC + "' differs from inventory '3301960001'");
    }

    @Test
    void the_receipt_is_for_goods_value_plus_freight() {
        Result result = COMPARISON.compare(order("E"), receipt("30.00"), WAYBILL, inventory("9610", EBC, "5.00"), true);
        assertThat(result.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo(ExportComparison.RECEIPT_CHARGE);
            assertThat(m.message()).isEqualTo("order goodsValue+freight/charge 35.00 differs from receipt 30.00");
        });
    }

    @Test
    void inventory_freight_is_the_waybills() {
        Result result = COMPARISON.compare(order("E"), receipt("35.00"), WAYBILL, inventory("9610", EBC, "6.00"), true);
        assertThat(result.mismatches()).extracting(ThreeDocumentComparison.Mismatch::message)
                .containsExactly("inventory freight 6.00 differs from waybill 5.00");
    }

    @Test
    void without_a_required_receipt_the_set_waits_and_where_it_is_not_required_it_does_not() {
        Result waiting = COMPARISON.compare(order("E"), null, WAYBILL, inventory("9610", EBC, "5.00"), true);
        assertThat(waiting.complete()).isFalse();
        assertThat(waiting.missing()).containsExactly("receipt of payment CEB403 (orderNo EX-1, ebpCode 3301960001)");
        assertThat(COMPARISON.compare(order("E"), null, WAYBILL, inventory("9610", EBC, "5.00"), false).consistent())
                .isTrue();
    }

    @Test
    void a_foreign_platform_without_a_code_declares_wu_and_every_other_code_is_filed() {
        ExportDocuments.Inventory foreign = new ExportDocuments.Inventory("COP-EX-1", "EX-1", "无", EBC, "3301968888",
                "LN-EX-1", "9999999999", EBC, "9610", "B", "2900", "2900", "502", new BigDecimal("5.00"),
                BigDecimal.ZERO, LINES);
        ExportDocuments.Order foreignOrder = new ExportDocuments.Order("EX-1", "无", EBC, "E", new BigDecimal("30.00"),
                new BigDecimal("5.00"), "142", LINES);

        Result result = COMPARISON.compare(foreignOrder, null, WAYBILL, foreign, false);

        assertThat(result.mismatches()).extracting(ThreeDocumentComparison.Mismatch::message)
                .containsExactly("agentCode 9999999999 is not filed with the platform as " + Role.AGENT);
    }
}
