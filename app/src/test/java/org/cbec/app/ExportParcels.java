package org.cbec.app;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.ReadOptions;
import org.cbec.ceb.Samples;
import org.cbec.ceb.schema.export202205.CEB303Message;
import org.cbec.ceb.schema.export202205.CEB403Message;
import org.cbec.ceb.schema.export202205.CEB505Message;
import org.cbec.ceb.schema.export202205.CEB507Message;
import org.cbec.ceb.schema.export202205.CEB509Message;
import org.cbec.ceb.schema.export202205.CEB603Message;
import org.cbec.ceb.schema.export202205.CEB605Message;

/**
 * Export messages of one parcel made from the official samples (read leniently: eight export samples repeat their
 * BaseTransfer, CEB-SPEC.md §12.5), with the codes of {@link Parcels}' enterprises: 3 items of 10.00 and 5.00
 * freight, received 35.00.
 */
final class ExportParcels {

    private static final CebReader READER = new CebReader(ReadOptions.lenientOptions());
    private static final CebWriter WRITER = new CebWriter();
    private static final BigDecimal QTY = new BigDecimal("3");
    private static final BigDecimal PRICE = new BigDecimal("10.00");
    private static final BigDecimal FREIGHT = new BigDecimal("5.00");

    private ExportParcels() {
    }

    private static String guid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    private static <T> T sample(String number, Class<T> type) {
        return READER.read(Samples.bytes(number)).orThrow().body(type);
    }

    /** The four documents of a consistent export parcel, after {@code tweak} spoiled any of them. */
    record Parcel(String id, byte[] order, byte[] receipt, byte[] waybill, byte[] inventory) {
    }

    static Parcel parcel(String id, Consumer<Object> tweak) {
        CEB303Message order = sample("303", CEB303Message.class);
        order.getOrder().subList(1, order.getOrder().size()).clear();
        var oh = order.getOrder().get(0).getOrderHead();
        oh.setGuid(guid());
        oh.setAppType("1");
        oh.setAppStatus("2");
        oh.setOrderType("E");
        oh.setOrderNo("EORD" + id);
        oh.setEbpCode(Parcels.PLATFORM);
        oh.setEbcCode(Parcels.PLATFORM);
        oh.setGoodsValue(PRICE.multiply(QTY));
        oh.setFreight(FREIGHT);
        oh.setCurrency("142");
        var orderLines = order.getOrder().get(0).getOrderList();
        orderLines.subList(1, orderLines.size()).clear();
        orderLines.get(0).setGnum(1);
        orderLines.get(0).setItemNo("SKU-1");
        orderLines.get(0).setQty(QTY);
        orderLines.get(0).setPrice(PRICE);
        orderLines.get(0).setTotalPrice(PRICE.multiply(QTY));
        orderLines.get(0).setCurrency("142");
        order.getBaseTransfer().setCopCode(Parcels.PLATFORM);
        order.setSignature(null);

        CEB403Message receipt = sample("403", CEB403Message.class);
        receipt.getReceipts().subList(1, receipt.getReceipts().size()).clear();
        var r = receipt.getReceipts().get(0);
        r.setGuid(guid());
        r.setAppType("1");
        r.setAppStatus("2");
        r.setOrderNo("EORD" + id);
        r.setEbpCode(Parcels.PLATFORM);
        r.setEbcCode(Parcels.PLATFORM);
        r.setPayCode(Parcels.PAYER);
        r.setPayNo("EPAY" + id);
        r.setCharge(PRICE.multiply(QTY).add(FREIGHT));
        r.setCurrency("142");
        receipt.getBaseTransfer().setCopCode(Parcels.PAYER);
        receipt.setSignature(null);

        CEB505Message waybill = sample("505", CEB505Message.class);
        waybill.getLogistics().subList(1, waybill.getLogistics().size()).clear();
        var l = waybill.getLogistics().get(0);
        l.setGuid(guid());
        l.setAppType("1");
        l.setAppStatus("2");
        l.setLogisticsCode(Parcels.CARRIER);
        l.setLogisticsNo("ELN" + id);
        l.setFreight(FREIGHT);
        l.setInsuredFee(BigDecimal.ZERO);
        waybill.getBaseTransfer().setCopCode(Parcels.CARRIER);
        waybill.setSignature(null);

        CEB603Message inventory = sample("603", CEB603Message.class);
        inventory.getInventory().subList(1, inventory.getInventory().size()).clear();
        var ih = inventory.getInventory().get(0).getInventoryHead();
        ih.setGuid(guid());
        ih.setAppType("1");
        ih.setAppStatus("2");
        ih.setCopNo("ECOP" + id);
        ih.setOrderNo("EORD" + id);
        ih.setEbpCode(Parcels.PLATFORM);
        ih.setEbcCode(Parcels.PLATFORM);
        ih.setLogisticsCode(Parcels.CARRIER);
        ih.setLogisticsNo("ELN" + id);
        ih.setAgentCode(Parcels.AGENT);
        ih.setTradeMode("9610");
        ih.setStatisticsFlag("B");
        ih.setInvtNo(null);
        ih.setFreight(FREIGHT);
        ih.setInsuredFee(BigDecimal.ZERO);
        var lines = inventory.getInventory().get(0).getInventoryList();
        lines.subList(1, lines.size()).clear();
        lines.get(0).setGnum(1);
        lines.get(0).setItemNo("SKU-1");
        lines.get(0).setQty(QTY);
        lines.get(0).setPrice(PRICE);
        lines.get(0).setTotalPrice(PRICE.multiply(QTY));
        inventory.getBaseTransfer().setCopCode(Parcels.AGENT);
        inventory.setSignature(null);

        for (Object message : List.of(order, receipt, waybill, inventory)) {
            tweak.accept(message);
        }
        return new Parcel(id, WRITER.write(order), WRITER.write(receipt), WRITER.write(waybill),
                WRITER.write(inventory));
    }

    /** CEB507 (arrival) of these waybills of the test carrier. */
    static byte[] arrival(List<String> logisticsNos) {
        CEB507Message m = sample("507", CEB507Message.class);
        m.getArrival().subList(1, m.getArrival().size()).clear();
        var h = m.getArrival().get(0).getArrivalHead();
        h.setGuid(guid());
        h.setAppType("1");
        h.setAppStatus("2");
        h.setLogisticsCode(Parcels.CARRIER);
        h.setMsgCount(1);
        h.setMsgSeqNo(1);
        var list = m.getArrival().get(0).getArrivalList();
        var template = list.get(0);
        list.clear();
        for (int i = 0; i < logisticsNos.size(); i++) {
            var line = new org.cbec.ceb.schema.export202205.ArrivalList();
            line.setGnum(i + 1);
            line.setLogisticsNo(logisticsNos.get(i));
            line.setTotalPackageNo(template.getTotalPackageNo());
            list.add(line);
        }
        m.getBaseTransfer().setCopCode(Parcels.CARRIER);
        m.setSignature(null);
        return WRITER.write(m);
    }

    /** CEB509 (departure) of these waybills of the test carrier. */
    static byte[] departure(List<String> logisticsNos) {
        CEB509Message m = sample("509", CEB509Message.class);
        m.getDeparture().subList(1, m.getDeparture().size()).clear();
        var h = m.getDeparture().get(0).getDepartureHead();
        h.setGuid(guid());
        h.setAppType("1");
        h.setAppStatus("2");
        h.setLogisticsCode(Parcels.CARRIER);
        h.setMsgCount(1);
        h.setMsgSeqNo(1);
        var list = m.getDeparture().get(0).getDepartureList();
        list.clear();
        for (int i = 0; i < logisticsNos.size(); i++) {
            var line = new org.cbec.ceb.schema.export202205.DepartureList();
            line.setGnum(i + 1);
            line.setLogisticsNo(logisticsNos.get(i));
            list.add(line);
        }
        m.getBaseTransfer().setCopCode(Parcels.CARRIER);
        m.setSignature(null);
        return WRITER.write(m);
    }

    /** CEB605: the declarant cancels the export inventory {@code invtNo}. */
    static byte[] cancellation(String invtNo, String id) {
        CEB605Message m = sample("605", CEB605Message.class);
        m.getInvtCancel().subList(1, m.getInvtCancel().size()).clear();
        var c = m.getInvtCancel().get(0);
        c.setGuid(guid());
        c.setAppType("1");
        c.setAppStatus("2");
        c.setInvtNo(invtNo);
        c.setCopNo("ECOP" + id);
        c.setAgentCode(Parcels.AGENT);
        c.setEbcCode(Parcels.PLATFORM);
        c.setReason("买家取消");
        m.getBaseTransfer().setCopCode(Parcels.AGENT);
        m.setSignature(null);
        return WRITER.write(m);
    }

    /** CEB701: the declarant applies to summarise these inventories of consignor {@code ebcCode}. */
    static byte[] summaryApplication(String copNo, String ebcCode, List<String> invtNos) {
        org.cbec.ceb.schema.export202205.CEB701Message m = sample("701",
                org.cbec.ceb.schema.export202205.CEB701Message.class);
        m.getSummaryApply().subList(1, m.getSummaryApply().size()).clear();
        var h = m.getSummaryApply().get(0).getSummaryApplyHead();
        h.setGuid(guid());
        h.setAppType("1");
        h.setAppStatus("2");
        h.setCopNo(copNo);
        h.setAgentCode(Parcels.AGENT);
        h.setEbcCode(ebcCode);
        h.setSummaryFlag("2");
        h.setStartTime(null);
        h.setEndTime(null);
        h.setMsgCount(1);
        h.setMsgSeqNo(1);
        var list = m.getSummaryApply().get(0).getSummaryApplyList();
        list.clear();
        for (String invtNo : invtNos) {
            var line = new org.cbec.ceb.schema.export202205.SummaryApplyList();
            line.setInvtNo(invtNo);
            list.add(line);
        }
        m.getBaseTransfer().setCopCode(Parcels.AGENT);
        m.setSignature(null);
        return WRITER.write(m);
    }

    /** CEB607: the declarant puts these waybills of the test carrier under master bill {@code billNo}. */
    static byte[] masterBill(String billNo, List<String> logisticsNos) {
        org.cbec.ceb.schema.export202205.CEB607Message m = sample("607",
                org.cbec.ceb.schema.export202205.CEB607Message.class);
        m.getWayBill().subList(1, m.getWayBill().size()).clear();
        var h = m.getWayBill().get(0).getWayBillHead();
        h.setGuid(guid());
        h.setAppType("1");
        h.setAppStatus("2");
        h.setBillNo(billNo);
        h.setAgentCode(Parcels.AGENT);
        h.setLogisticsCode(Parcels.CARRIER);
        h.setMsgCount(1);
        h.setMsgSeqNo(1);
        var list = m.getWayBill().get(0).getWayBillList();
        list.clear();
        for (int i = 0; i < logisticsNos.size(); i++) {
            var line = new org.cbec.ceb.schema.export202205.WayBillList();
            line.setGnum(i + 1);
            line.setLogisticsNo(logisticsNos.get(i));
            list.add(line);
        }
        m.getBaseTransfer().setCopCode(Parcels.AGENT);
        m.setSignature(null);
        return WRITER.write(m);
    }

    /** CEB213: the e-commerce enterprise applies to bring back the goods of export inventory {@code invtNo}. */
    static byte[] returnApplication(String invtNo, String id, String customsCode) {
        org.cbec.ceb.schema.export202205.CEB213Message m = sample("213",
                org.cbec.ceb.schema.export202205.CEB213Message.class);
        m.getInvtRefund().subList(1, m.getInvtRefund().size()).clear();
        var h = m.getInvtRefund().get(0).getInvtRefundHead();
        h.setGuid(guid());
        h.setAppType("1");
        h.setAppStatus("2");
        h.setInvtNo(invtNo);
        h.setCoElNo("RET" + id);
        h.setCustomsCode(customsCode);
        h.setEbpCode(Parcels.PLATFORM);
        h.setEbcCode(Parcels.PLATFORM);
        h.setAgentCode(Parcels.AGENT);
        h.setLogisticsCode(Parcels.CARRIER);
        h.setLogisticsNo("ELN" + id);
        m.getBaseTransfer().setCopCode(Parcels.PLATFORM);
        m.setSignature(null);
        return WRITER.write(m);
    }

    /** CEB215: site operator {@code operator} tallies the returned parcel of {@code id}. */
    static byte[] tally(String operator, String id) {
        org.cbec.ceb.schema.export202205.CEB215Message m = sample("215",
                org.cbec.ceb.schema.export202205.CEB215Message.class);
        m.getInvtRefundDetail().subList(1, m.getInvtRefundDetail().size()).clear();
        var d = m.getInvtRefundDetail().get(0);
        d.setGuid(guid());
        d.setAppType("1");
        d.setAppStatus("2");
        d.setOperatorCode(operator);
        d.setLogisticsCode(Parcels.CARRIER);
        d.setLogisticsNo("ELN" + id);
        d.setCoElNo("TAL" + id);
        m.getBaseTransfer().setCopCode(operator);
        m.setSignature(null);
        return WRITER.write(m);
    }
}
