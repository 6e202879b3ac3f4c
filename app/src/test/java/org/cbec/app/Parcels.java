package org.cbec.app;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.Samples;
import org.cbec.ceb.schema.import202205.CEB311Message;
import org.cbec.ceb.schema.import202205.CEB411Message;
import org.cbec.ceb.schema.import202205.CEB511Message;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.sign.CebSigner;
import org.cbec.ceb.sign.KeyMaterial;

/**
 * Messages of one parcel made from the official samples, with the codes of the test's enterprises and a fresh
 * guid per record (the samples repeat theirs).
 */
final class Parcels {

    static final String PLATFORM = "1101110325";
    static final String PAYER = "1101110323";
    static final String CARRIER = "1101180326";
    static final String AGENT = "1105910159";

    private static final CebReader READER = new CebReader();
    private static final CebWriter WRITER = new CebWriter();

    private Parcels() {
    }

    static String guid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    private static <T> T sample(String number, Class<T> type) {
        return READER.read(Samples.bytes(number)).orThrow().body(type);
    }

    static byte[] order(String orderNo) {
        CEB311Message m = sample("311", CEB311Message.class);
        m.getOrder().subList(1, m.getOrder().size()).clear();
        var head = m.getOrder().get(0).getOrderHead();
        head.setGuid(guid());
        head.setOrderNo(orderNo);
        head.setEbpCode(PLATFORM);
        head.setEbcCode(PLATFORM);
        head.setPayCode(PAYER);
        m.getBaseTransfer().setCopCode(PLATFORM);
        m.setSignature(null);
        return WRITER.write(m);
    }

    static byte[] payment(String orderNo) {
        CEB411Message m = sample("411", CEB411Message.class);
        m.getPayment().subList(1, m.getPayment().size()).clear();
        var head = m.getPayment().get(0).getPaymentHead();
        head.setGuid(guid());
        head.setOrderNo(orderNo);
        m.getBaseTransfer().setCopCode(PAYER);
        m.setSignature(null);
        return WRITER.write(m);
    }

    /** A waybill message with one record per logistics number. */
    static byte[] waybills(String carrier, List<String> logisticsNos) {
        CEB511Message m = sample("511", CEB511Message.class);
        var template = m.getLogistics().get(0);
        m.getLogistics().clear();
        for (String logisticsNo : logisticsNos) {
            var record = sample("511", CEB511Message.class).getLogistics().get(0);
            record.getLogisticsHead().setGuid(guid());
            record.getLogisticsHead().setLogisticsNo(logisticsNo);
            record.getLogisticsHead().setLogisticsCode(carrier);
            m.getLogistics().add(record);
        }
        if (m.getLogistics().isEmpty()) {
            m.getLogistics().add(template);
        }
        m.getBaseTransfer().setCopCode(carrier);
        // the sample's signature does not hold (CEB-SPEC §12): these parcels are sent unsigned
        m.setSignature(null);
        return new CebWriter(false).write(m);
    }

    static byte[] waybill(String logisticsNo) {
        return waybills(CARRIER, List.of(logisticsNo));
    }

    /** The four documents of one consistent parcel; {@code tweak} may spoil one of them. */
    record Parcel(String id, byte[] order, byte[] payment, byte[] waybill, byte[] inventory) {
    }

    static final BigDecimal PRICE = new BigDecimal("20.00");
    static final BigDecimal FREIGHT = new BigDecimal("10.00");

    static Parcel parcel(String id, KeyMaterial agentKey, java.util.function.Consumer<Object> tweak) throws Exception {
        String orderNo = "ORD" + id;
        String logisticsNo = "LN" + id;
        BigDecimal goods = PRICE.multiply(new BigDecimal("2"));
        BigDecimal paid = goods.add(FREIGHT);

        CEB311Message order = sample("311", CEB311Message.class);
        order.getOrder().subList(1, order.getOrder().size()).clear();
        var oh = order.getOrder().get(0).getOrderHead();
        oh.setGuid(guid());
        oh.setOrderNo(orderNo);
        oh.setEbpCode(PLATFORM);
        oh.setEbcCode(PLATFORM);
        oh.setGoodsValue(goods);
        oh.setFreight(FREIGHT);
        oh.setDiscount(BigDecimal.ZERO);
        oh.setTaxTotal(BigDecimal.ZERO);
        oh.setActuralPaid(paid);
        oh.setBuyerName("李小宝");
        oh.setBuyerIdNumber("130681136250023332");
        oh.setPayCode(PAYER);
        oh.setPayTransactionId("PAY" + id);
        oh.setConsignee("李小宝");
        oh.setConsigneeTelephone("13256253633");
        oh.setConsigneeAddress("北京市海淀区中关村软件园");
        var ol = order.getOrder().get(0).getOrderList();
        ol.subList(1, ol.size()).clear();
        ol.get(0).setGnum(1);
        ol.get(0).setItemNo("ITEM-1");
        ol.get(0).setQty(new BigDecimal("2"));
        ol.get(0).setPrice(PRICE);
        ol.get(0).setTotalPrice(goods);
        order.getBaseTransfer().setCopCode(PLATFORM);
        order.setSignature(null);

        CEB411Message payment = sample("411", CEB411Message.class);
        payment.getPayment().subList(1, payment.getPayment().size()).clear();
        var ph = payment.getPayment().get(0).getPaymentHead();
        ph.setGuid(guid());
        ph.setOrderNo(orderNo);
        ph.setEbpCode(PLATFORM);
        ph.setPayCode(PAYER);
        ph.setPayTransactionId("PAY" + id);
        ph.setPayerName("李小宝");
        ph.setPayerIdNumber("130681136250023332");
        ph.setAmountPaid(paid);
        payment.getBaseTransfer().setCopCode(PAYER);
        payment.setSignature(null);

        CEB511Message waybill = sample("511", CEB511Message.class);
        waybill.getLogistics().subList(1, waybill.getLogistics().size()).clear();
        var lh = waybill.getLogistics().get(0).getLogisticsHead();
        lh.setGuid(guid());
        lh.setLogisticsCode(CARRIER);
        lh.setLogisticsNo(logisticsNo);
        lh.setOrderNo(orderNo);
        lh.setFreight(FREIGHT);
        lh.setInsuredFee(BigDecimal.ZERO);
        lh.setConsignee("李小宝");
        lh.setConsigneeTelephone("13256253633");
        lh.setConsigneeAddress("北京市海淀区中关村软件园");
        waybill.getBaseTransfer().setCopCode(CARRIER);
        waybill.setSignature(null);

        CEB621Message inventory = sample("621", CEB621Message.class);
        inventory.getInventory().subList(1, inventory.getInventory().size()).clear();
        var ih = inventory.getInventory().get(0).getInventoryHead();
        ih.setGuid(guid());
        ih.setAppStatus("2");
        ih.setCopNo("COP" + id);
        ih.setOrderNo(orderNo);
        ih.setEbpCode(PLATFORM);
        ih.setEbcCode(PLATFORM);
        ih.setLogisticsCode(CARRIER);
        ih.setLogisticsNo(logisticsNo);
        ih.setAgentCode(AGENT);
        ih.setBuyerName("李小宝");
        ih.setBuyerIdNumber("130681136250023332");
        ih.setFreight(FREIGHT);
        ih.setInsuredFee(BigDecimal.ZERO);
        var il = inventory.getInventory().get(0).getInventoryList();
        il.subList(1, il.size()).clear();
        il.get(0).setGnum(1);
        il.get(0).setItemNo("ITEM-1");
        il.get(0).setQty(new BigDecimal("2"));
        il.get(0).setPrice(PRICE);
        il.get(0).setTotalPrice(goods);
        inventory.getBaseTransfer().setCopCode(AGENT);
        inventory.setSignature(null);

        for (Object message : List.of(order, payment, waybill, inventory)) {
            tweak.accept(message);
        }
        byte[] signedInventory = new CebSigner().sign(new CebWriter(false).write(inventory), agentKey);
        return new Parcel(id, WRITER.write(order), WRITER.write(payment), WRITER.write(waybill), signedInventory);
    }

    static byte[] inventory(String copNo, String appStatus, KeyMaterial key) throws Exception {
        CEB621Message m = sample("621", CEB621Message.class);
        m.getInventory().subList(1, m.getInventory().size()).clear();
        var head = m.getInventory().get(0).getInventoryHead();
        head.setGuid(guid());
        head.setCopNo(copNo);
        head.setAppStatus(appStatus);
        head.setAgentCode(AGENT);
        m.getBaseTransfer().setCopCode(AGENT);
        m.setSignature(null);
        return new CebSigner().sign(new CebWriter(false).write(m), key);
    }
}
