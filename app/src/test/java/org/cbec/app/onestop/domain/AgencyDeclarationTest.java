package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.ReadOptions;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.schema.export202205.CEB303Message;
import org.cbec.ceb.schema.export202205.CEB403Message;
import org.cbec.ceb.schema.export202205.CEB505Message;
import org.cbec.ceb.schema.export202205.CEB603Message;
import org.cbec.ceb.schema.export202205.CEB701Message;
import org.junit.jupiter.api.Test;

/** The messages of the agency declaration, each written and read back strictly (the XSD, no repairs). */
class AgencyDeclarationTest {

    private static final CebReader STRICT = new CebReader(ReadOptions.strict());
    private static final CebWriter WRITER = new CebWriter();
    private static final AgencyDeclaration.Declarant PLATFORM = new AgencyDeclaration.Declarant("3301960001",
            "演示综服平台有限公司", "DXPENT0000000001", "2901", "2901");
    /** 2026-12-01 01:30 China time. */
    private static final Instant NOW = Instant.parse("2026-11-30T17:30:00Z");
    private static final AgencyDeclaration DECLARATION = new AgencyDeclaration(PLATFORM, NOW);
    private static final AgencyDeclaration.Parcel PARCEL = new AgencyDeclaration.Parcel("3101980001", "演示国际快递",
            "5", "YT00000042", "LAX", new BigDecimal("1.25"), new BigDecimal("1.1"), 1, "2");

    private static ExportOrder order(String mode, String warehouse, String flag) {
        return new ExportOrder("SO-1", mode, warehouse, "John Smith", "502", "502", new BigDecimal("5.00"), flag,
                List.of(new ExportOrder.Line(1L, new BigDecimal("3"), new BigDecimal("10.5")),
                        new ExportOrder.Line(2L, new BigDecimal("1"), new BigDecimal("20"))));
    }

    private static final List<AgencyDeclaration.Line> LINES = List.of(
            new AgencyDeclaration.Line("TS-01", "纯棉T恤", "6109100000", "品牌:无|成分:棉100%", "011", "011",
                    new BigDecimal("3"), new BigDecimal("3"), new BigDecimal("10.5"), new BigDecimal("31.50")),
            new AgencyDeclaration.Line("SH-02", "运动鞋", "6404110000", "鞋面:纺织材料", "035", "025",
                    new BigDecimal("1"), new BigDecimal("0.8"), new BigDecimal("20"), new BigDecimal("20.00")));

    private static <T> T readBack(Object message, MessageType type, Class<T> body) {
        ReadResult read = STRICT.read(WRITER.write(message));
        assertThat(read.errors()).as("read strictly").isEmpty();
        assertThat(read.message().type()).isEqualTo(type);
        assertThat(read.message().repaired()).isFalse();
        return read.message().body(body);
    }

    @Test
    void theOrderIsTheDeclaredOrdersLinesInItsCurrencyWithThePlatformAsPlatformAndConsignor() {
        CEB303Message m = readBack(DECLARATION.order("S7-SO-1", order("9610", null, "B"), LINES,
                new BigDecimal("51.50"), false), MessageType.CEB303, CEB303Message.class);
        var head = m.getOrder().get(0).getOrderHead();
        assertThat(head.getOrderType()).as("9610 retail").isEqualTo("E");
        assertThat(head.getAppType()).isEqualTo("1");
        assertThat(head.getAppStatus()).isEqualTo("2");
        assertThat(head.getAppTime()).as("China time").isEqualTo("20261201013000");
        assertThat(head.getOrderNo()).isEqualTo("S7-SO-1");
        assertThat(head.getEbpCode()).isEqualTo("3301960001");
        assertThat(head.getEbcCode()).isEqualTo("3301960001");
        assertThat(head.getGoodsValue()).isEqualByComparingTo("51.50");
        assertThat(head.getFreight()).isEqualByComparingTo("5.00");
        assertThat(head.getCurrency()).as("502 USD").isEqualTo("502");
        assertThat(m.getOrder().get(0).getOrderList()).extracting(l -> l.getGnum() + " " + l.getItemNo() + " "
                + l.getUnit() + " " + l.getQty().toPlainString() + " x " + l.getPrice().toPlainString() + " = "
                + l.getTotalPrice().toPlainString()).containsExactly("1 TS-01 011 3 x 10.5 = 31.50",
                "2 SH-02 035 1 x 20 = 20.00");
        assertThat(m.getBaseTransfer().getCopCode()).isEqualTo("3301960001");
        CEB303Message b2b = readBack(DECLARATION.order("S7-SO-1", order("9710", null, "B"), LINES,
                new BigDecimal("51.50"), true), MessageType.CEB303, CEB303Message.class);
        assertThat(b2b.getOrder().get(0).getOrderHead().getOrderType()).as("9710 B2B").isEqualTo("B");
        assertThat(b2b.getOrder().get(0).getOrderHead().getAppType()).as("a correction changes").isEqualTo("2");
        CEB303Message warehouse = readBack(DECLARATION.order("S7-SO-1", order("9810", "洛杉矶海外仓", "B"), LINES,
                new BigDecimal("51.50"), false), MessageType.CEB303, CEB303Message.class);
        assertThat(warehouse.getOrder().get(0).getOrderHead().getOrderType()).isEqualTo("W");
        assertThat(warehouse.getOrder().get(0).getOrderHead().getEbpName()).isEqualTo("洛杉矶海外仓");
    }

    @Test
    void theWaybillIsTheCarriersWithTheParcelsWeightAndTheOrdersFreight() {
        CEB505Message m = readBack(DECLARATION.waybill(PARCEL, order("9610", null, "B"), LINES, false),
                MessageType.CEB505, CEB505Message.class);
        var waybill = m.getLogistics().get(0);
        assertThat(waybill.getLogisticsCode()).isEqualTo("3101980001");
        assertThat(waybill.getLogisticsNo()).isEqualTo("YT00000042");
        assertThat(waybill.getFreight()).isEqualByComparingTo("5.00");
        assertThat(waybill.getInsuredFee()).isEqualByComparingTo("0");
        assertThat(waybill.getGrossWeight()).isEqualByComparingTo("1.25");
        assertThat(waybill.getPackNo()).isEqualTo(1);
        assertThat(waybill.getGoodsInfo()).isEqualTo("纯棉T恤;运动鞋");
        assertThat(m.getBaseTransfer().getCopCode()).as("sent in the carrier's name").isEqualTo("3101980001");
    }

    @Test
    void theInventoryNamesThePlatformAsAgentAndConsignorAndTheSellerAsOwner() {
        CEB603Message m = readBack(DECLARATION.inventory("S7-SO-1", "OS12-1", new AgencyDeclaration.Owner(
                "91330782MA2E6X1X4L", "义乌小商品贸易有限公司"), PARCEL, order("9610", null, "A"), LINES),
                MessageType.CEB603, CEB603Message.class);
        var head = m.getInventory().get(0).getInventoryHead();
        assertThat(head.getCopNo()).isEqualTo("OS12-1");
        assertThat(head.getAgentCode()).isEqualTo("3301960001");
        assertThat(head.getEbcCode()).isEqualTo("3301960001");
        assertThat(head.getOwnerCode()).isEqualTo("91330782MA2E6X1X4L");
        assertThat(head.getStatisticsFlag()).isEqualTo("A");
        assertThat(head.getTradeMode()).isEqualTo("9610");
        assertThat(head.getIeFlag()).isEqualTo("E");
        assertThat(head.getIeDate()).isEqualTo("20261201");
        assertThat(head.getCountry()).isEqualTo("502");
        assertThat(head.getPOD()).isEqualTo("LAX");
        assertThat(head.getFFlag()).as("freight as a total").isEqualTo("3");
        assertThat(head.getNetWeight()).isEqualByComparingTo("1.1");
        assertThat(m.getInventory().get(0).getInventoryList()).extracting(l -> l.getGcode() + " " + l.getUnit()
                + "/" + l.getUnit1() + " " + l.getQty().toPlainString() + "/" + l.getQty1().toPlainString())
                .containsExactly("6109100000 011/011 3/3", "6404110000 035/025 1/0.8");
    }

    @Test
    void thePaymentAndTheSummaryApplicationReadBack() {
        CEB403Message payment = readBack(DECLARATION.payment("S7-SO-1", order("9610", null, "B"),
                new AgencyDeclaration.Payment("", "PayPal", "PP-1", new BigDecimal("56.50"), NOW), false),
                MessageType.CEB403, CEB403Message.class);
        assertThat(payment.getReceipts().get(0).getCharge()).isEqualByComparingTo("56.50");
        assertThat(payment.getReceipts().get(0).getPayCode()).as("none: left out").isNull();
        assertThat(payment.getReceipts().get(0).getAccountingDate()).isEqualTo("20261201013000");
        CEB701Message summary = readBack(DECLARATION.summary("OSS202611-1", Instant.parse("2026-10-31T16:00:00Z"),
                Instant.parse("2026-11-30T15:59:59Z"), List.of("29012026E000000001", "29012026E000000002")),
                MessageType.CEB701, CEB701Message.class);
        var head = summary.getSummaryApply().get(0).getSummaryApplyHead();
        assertThat(head.getStartTime()).isEqualTo("20261101000000");
        assertThat(head.getEndTime()).isEqualTo("20261130235959");
        assertThat(head.getSummaryFlag()).isEqualTo("1");
        assertThat(summary.getSummaryApply().get(0).getSummaryApplyList()).hasSize(2);
    }

    @Test
    void theWaybillsGoodsInfoIsCutToItsTwoHundredCharacters() {
        AgencyDeclaration.Line longName = new AgencyDeclaration.Line("X", "长".repeat(250), "6109100000", "m",
                "011", "011", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(AgencyDeclaration.goodsInfo(List.of(longName))).hasSize(AgencyDeclaration.GOODS_INFO);
    }
}
