package org.cbec.app.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cbec.app.clearance.domain.ParcelDocuments.GoodsLine;
import org.cbec.app.clearance.domain.ParcelDocuments.Inventory;
import org.cbec.app.clearance.domain.ParcelDocuments.Order;
import org.cbec.app.clearance.domain.ParcelDocuments.Payment;
import org.cbec.app.clearance.domain.ParcelDocuments.Waybill;
import org.cbec.app.clearance.domain.ThreeDocumentComparison.Mismatch;
import org.cbec.app.clearance.domain.ThreeDocumentComparison.Result;
import org.cbec.app.registry.Role;
import org.junit.jupiter.api.Test;

/** Each comparison rule on a consistent parcel with exactly one thing changed. */
class ThreeDocumentComparisonTest {

    private static final List<GoodsLine> LINES = List.of(
            new GoodsLine(1, "AF001-001", new BigDecimal("2"), new BigDecimal("100.00"), new BigDecimal("200.00")),
            new GoodsLine(2, "AF001-002", new BigDecimal("1"), new BigDecimal("50"), new BigDecimal("50")));

    private final ThreeDocumentComparison comparison = new ThreeDocumentComparison((code, role) ->
            !"0000000000".equals(code));

    private static Order order() {
        return new Order("ORDER-1", "1101110325", "1101110325", new BigDecimal("250.00"), new BigDecimal("10"),
                new BigDecimal("5.00"), new BigDecimal("20.30"), new BigDecimal("275.30"), "李小宝",
                "130681136250023332", "1101110323", "PAY-1", "李小宝", "13256253633", "北京市海淀区中关村软件园", LINES);
    }

    private static Payment payment() {
        return new Payment("ORDER-1", "1101110325", "1101110323", "PAY-1", "李小宝", "130681136250023332",
                new BigDecimal("275.30000"));
    }

    private static Waybill waybill() {
        return new Waybill("1101180326", "L1", "ORDER-1", new BigDecimal("10"), new BigDecimal("0"), "李小宝",
                "13256253633", "北京市海淀区中关村软件园");
    }

    private static Inventory inventory() {
        return new Inventory("COP-1", "ORDER-1", "1101110325", "1101110325", "1101180326", "L1", "1105910159",
                "李小宝", "130681136250023332", new BigDecimal("10.00"), BigDecimal.ZERO, LINES);
    }

    private static Mismatch only(Result result, String rule) {
        assertThat(result.complete()).isTrue();
        assertThat(result.mismatches()).hasSize(1);
        Mismatch mismatch = result.mismatches().get(0);
        assertThat(mismatch.rule()).isEqualTo(rule);
        return mismatch;
    }

    @Test
    void consistentParcelPasses() {
        Result result = comparison.compare(order(), payment(), waybill(), inventory());

        assertThat(result.consistent()).as(result.reasons()).isTrue();
    }

    @Test
    void aRefusalIsListedUnderDocumentsMissingFirstThenUnderItsFirstMismatchsRule() {
        Payment p = payment();
        Payment wrong = new Payment(p.orderNo(), p.ebpCode(), p.payCode(), p.payTransactionId(), p.payerName(),
                p.payerIdNumber(), new BigDecimal("270.30"));

        assertThat(comparison.compare(order(), wrong, null, inventory()).rule())
                .isEqualTo(ThreeDocumentComparison.DOCUMENTS_MISSING).isEqualTo("documents-missing");
        assertThat(comparison.compare(order(), wrong, waybill(), inventory()).rule())
                .isEqualTo(ThreeDocumentComparison.PAID_EQUALS_PAYMENT);
    }

    @Test
    void acturalPaidMustBeGoodsValuePlusFreightPlusTaxMinusDiscount() {
        Order o = order();
        Order wrong = new Order(o.orderNo(), o.ebpCode(), o.ebcCode(), o.goodsValue(), o.freight(), o.discount(),
                new BigDecimal("25.30"), o.acturalPaid(), o.buyerName(), o.buyerIdNumber(), o.payCode(),
                o.payTransactionId(), o.consignee(), o.consigneeTelephone(), o.consigneeAddress(), o.lines());

        Mismatch mismatch = only(comparison.compare(wrong, payment(), waybill(), inventory()),
                ThreeDocumentComparison.ACTURAL_PAID_SUM);

        assertThat(mismatch.value()).isEqualTo("275.30");
        assertThat(mismatch.otherValue()).isEqualTo("280.30");
        assertThat(mismatch.message()).contains("250.00 + 10 + 25.30 - 5.00 = 280.30");
    }

    @Test
    void acturalPaidMustEqualAmountPaid() {
        Payment p = payment();
        Payment wrong = new Payment(p.orderNo(), p.ebpCode(), p.payCode(), p.payTransactionId(), p.payerName(),
                p.payerIdNumber(), new BigDecimal("270.30"));

        Mismatch mismatch = only(comparison.compare(order(), wrong, waybill(), inventory()),
                ThreeDocumentComparison.PAID_EQUALS_PAYMENT);

        assertThat(mismatch.message()).isEqualTo("order acturalPaid/amountPaid 275.30 differs from payment 270.30");
    }

    @Test
    void consigneeMustBeTheWaybills() {
        Waybill w = waybill();
        Waybill wrong = new Waybill(w.logisticsCode(), w.logisticsNo(), w.orderNo(), w.freight(), w.insuredFee(),
                w.consignee(), w.consigneeTelephone(), "上海市浦东新区");

        Mismatch mismatch = only(comparison.compare(order(), payment(), wrong, inventory()),
                ThreeDocumentComparison.CONSIGNEE_MATCH);

        assertThat(mismatch.fields()).isEqualTo("consigneeAddress");
        assertThat(mismatch.value()).isEqualTo("北京市海淀区中关村软件园");
        assertThat(mismatch.otherValue()).isEqualTo("上海市浦东新区");
    }

    @Test
    void buyerMustBeThePayer() {
        Payment p = payment();
        Payment someoneElse = new Payment(p.orderNo(), p.ebpCode(), p.payCode(), p.payTransactionId(), "王大明",
                "110101199001011234", p.amountPaid());

        Result result = comparison.compare(order(), someoneElse, waybill(), inventory());

        assertThat(result.mismatches()).extracting(Mismatch::rule).containsOnly(ThreeDocumentComparison.BUYER_IS_PAYER);
        assertThat(result.mismatches()).extracting(Mismatch::fields)
                .containsExactly("buyerName/payerName", "buyerIdNumber/payerIdNumber");
    }

    @Test
    void orderMustNameThePaymentThatPaysIt() {
        Payment p = payment();
        Payment other = new Payment(p.orderNo(), p.ebpCode(), p.payCode(), "PAY-2", p.payerName(), p.payerIdNumber(),
                p.amountPaid());

        Mismatch mismatch = only(comparison.compare(order(), other, waybill(), inventory()),
                ThreeDocumentComparison.PAYMENT_KEYS);

        assertThat(mismatch.fields()).isEqualTo("payTransactionId");
    }

    @Test
    void goodsLinesMustAgreeItemQuantityPriceTotal() {
        Inventory i = inventory();
        List<GoodsLine> changed = List.of(LINES.get(0), new GoodsLine(2, "AF001-002", new BigDecimal("3"),
                new BigDecimal("50"), new BigDecimal("50")));
        Inventory wrong = new Inventory(i.copNo(), i.orderNo(), i.ebpCode(), i.ebcCode(), i.logisticsCode(),
                i.logisticsNo(), i.agentCode(), i.buyerName(), i.buyerIdNumber(), i.freight(), i.insuredFee(), changed);

        Mismatch mismatch = only(comparison.compare(order(), payment(), waybill(), wrong),
                ThreeDocumentComparison.GOODS_LINES);

        assertThat(mismatch.fields()).isEqualTo("line 2 qty");
        assertThat(mismatch.message()).isEqualTo("order line 2 qty 1 differs from inventory 3");
    }

    @Test
    void missingGoodsLineIsNamed() {
        Inventory i = inventory();
        Inventory shorter = new Inventory(i.copNo(), i.orderNo(), i.ebpCode(), i.ebcCode(), i.logisticsCode(),
                i.logisticsNo(), i.agentCode(), i.buyerName(), i.buyerIdNumber(), i.freight(), i.insuredFee(),
                List.of(LINES.get(0)));

        Mismatch mismatch = only(comparison.compare(order(), payment(), waybill(), shorter),
                ThreeDocumentComparison.GOODS_LINES);

        assertThat(mismatch.message()).isEqualTo("the order has 2 goods lines, the inventory 1");
    }

    @Test
    void inventoryFreightMustBeTheWaybills() {
        Waybill w = waybill();
        Waybill wrong = new Waybill(w.logisticsCode(), w.logisticsNo(), w.orderNo(), w.freight(), new BigDecimal("3"),
                w.consignee(), w.consigneeTelephone(), w.consigneeAddress());

        Mismatch mismatch = only(comparison.compare(order(), payment(), wrong, inventory()),
                ThreeDocumentComparison.INVENTORY_FREIGHT);

        assertThat(mismatch.fields()).isEqualTo("insuredFee");
    }

    @Test
    void inventoryMustDeclareTheOrdersBuyer() {
        Inventory i = inventory();
        Inventory wrong = new Inventory(i.copNo(), i.orderNo(), i.ebpCode(), i.ebcCode(), i.logisticsCode(),
                i.logisticsNo(), i.agentCode(), i.buyerName(), "999999999999999999", i.freight(), i.insuredFee(),
                i.lines());

        Mismatch mismatch = only(comparison.compare(order(), payment(), waybill(), wrong),
                ThreeDocumentComparison.INVENTORY_BUYER);

        assertThat(mismatch.otherValue()).isEqualTo("999999999999999999");
    }

    @Test
    void codesMustBeFiledForTheirRoles() {
        Inventory i = inventory();
        Inventory unfiledAgent = new Inventory(i.copNo(), i.orderNo(), i.ebpCode(), i.ebcCode(), i.logisticsCode(),
                i.logisticsNo(), "0000000000", i.buyerName(), i.buyerIdNumber(), i.freight(), i.insuredFee(),
                i.lines());

        Mismatch mismatch = only(comparison.compare(order(), payment(), waybill(), unfiledAgent),
                ThreeDocumentComparison.REGISTERED_ROLES);

        assertThat(mismatch.message()).isEqualTo("agentCode 0000000000 is not filed with the platform as " + Role.AGENT);
    }

    @Test
    void missingDocumentsAreNamedWithTheirKeys() {
        Result result = comparison.compare(order(), null, null, inventory());

        assertThat(result.complete()).isFalse();
        assertThat(result.missing()).containsExactly("payment CEB411 (orderNo ORDER-1, ebpCode 1101110325)",
                "waybill CEB511 (logisticsCode 1101180326, logisticsNo L1)");
        assertThat(result.reasons()).startsWith("missing: payment CEB411");
    }
}
