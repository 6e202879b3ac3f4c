package org.cbec.app;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cbec.ceb.CebReader;
import org.cbec.bench.sim.ParcelFactory;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.Samples;
import org.cbec.ceb.schema.import202205.CEB311Message;
import org.cbec.ceb.schema.import202205.CEB411Message;
import org.cbec.ceb.schema.import202205.CEB511Message;
import org.cbec.ceb.schema.import202205.CEB513Message;
import org.cbec.ceb.schema.import202205.CEB623Message;
import org.cbec.ceb.schema.import202205.CEB625Message;
import org.cbec.ceb.schema.import202205.CEB711Message;
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

    /** The four documents of one consistent parcel (the simulator's), after {@code tweak} spoiled any of them. */
    static Parcel parcel(String id, KeyMaterial agentKey, java.util.function.Consumer<Object> tweak) throws Exception {
        return parcel(new ParcelFactory.Parcel(id, ParcelFactory.Fault.NONE), agentKey, tweak);
    }

    /** The four documents of a parcel of this buyer, price and quantity (the simulator's handbag line). */
    static Parcel parcel(String id, String buyerIdNumber, String price, String qty, KeyMaterial agentKey)
            throws Exception {
        return parcel(new ParcelFactory.Parcel(id, ParcelFactory.Fault.NONE, buyerIdNumber,
                new java.math.BigDecimal(price), new java.math.BigDecimal(qty)), agentKey, message -> { });
    }

    static Parcel parcel(ParcelFactory.Parcel spec, KeyMaterial agentKey, java.util.function.Consumer<Object> tweak)
            throws Exception {
        String id = spec.id();
        ParcelFactory factory = new ParcelFactory(new ParcelFactory.Codes(PLATFORM, PAYER, CARRIER, AGENT), agentKey);
        List<ParcelFactory.Parcel> one = List.of(spec);
        CEB311Message order = factory.orderMessage(one);
        CEB411Message payment = factory.paymentMessage(one);
        CEB511Message waybill = factory.waybillMessage(one);
        CEB621Message inventory = factory.inventoryMessage(one);
        for (Object message : List.of(order, payment, waybill, inventory)) {
            tweak.accept(message);
        }
        return new Parcel(id, WRITER.write(order), WRITER.write(payment), WRITER.write(waybill),
                factory.sign(inventory));
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

    /** CEB513: the carrier reports the parcel of this waybill signed for. */
    static byte[] signedFor(String logisticsNo) {
        CEB513Message m = sample("513", CEB513Message.class);
        m.getLogisticsStatus().subList(1, m.getLogisticsStatus().size()).clear();
        var status = m.getLogisticsStatus().get(0);
        status.setGuid(guid());
        status.setAppType("1");
        status.setAppStatus("2");
        status.setLogisticsCode(CARRIER);
        status.setLogisticsNo(logisticsNo);
        // the official sample says R; the XSD's documentation says 限定S (signed for), and the XSD wins
        status.setLogisticsStatus("S");
        m.getBaseTransfer().setCopCode(CARRIER);
        m.setSignature(null);
        return WRITER.write(m);
    }

    /** CEB623: the declarant asks to cancel the inventory customs numbered {@code invtNo}, signed with {@code key}. */
    static byte[] cancellation(String invtNo, String id, KeyMaterial key) throws Exception {
        CEB623Message m = sample("623", CEB623Message.class);
        m.getInvtCancel().subList(1, m.getInvtCancel().size()).clear();
        var c = m.getInvtCancel().get(0);
        c.setGuid(guid());
        c.setAppStatus("2");
        c.setInvtNo(invtNo);
        c.setCopNo("COP" + id);
        c.setOrderNo("ORD" + id);
        c.setLogisticsNo("LN" + id);
        c.setEbpCode(PLATFORM);
        c.setEbcCode(PLATFORM);
        c.setLogisticsCode(CARRIER);
        c.setAgentCode(AGENT);
        c.setReason("消费者取消订单");
        m.getBaseTransfer().setCopCode(AGENT);
        m.setSignature(null);
        return new CebSigner().sign(new CebWriter(false).write(m), key);
    }

    /** CEB625: the declarant returns {@code qty} of line {@code gnum} of the inventory {@code invtNo}. */
    static byte[] refund(String invtNo, String id, int gnum, String gcode, String qty, KeyMaterial key)
            throws Exception {
        CEB625Message m = sample("625", CEB625Message.class);
        m.getInvtRefund().subList(1, m.getInvtRefund().size()).clear();
        var refund = m.getInvtRefund().get(0);
        var h = refund.getInvtRefundHead();
        h.setGuid(guid());
        h.setAppStatus("2");
        h.setInvtNo(invtNo);
        h.setCopNo("COP" + id);
        h.setOrderNo("ORD" + id);
        h.setLogisticsNo("LN" + id);
        h.setEbpCode(PLATFORM);
        h.setEbcCode(PLATFORM);
        h.setLogisticsCode(CARRIER);
        h.setAgentCode(AGENT);
        h.setReason("七天无理由退货");
        refund.getInvtRefundList().subList(1, refund.getInvtRefundList().size()).clear();
        var line = refund.getInvtRefundList().get(0);
        line.setGnum(gnum);
        line.setGcode(gcode);
        line.setQty(new java.math.BigDecimal(qty));
        m.getBaseTransfer().setCopCode(AGENT);
        m.setSignature(null);
        return new CebSigner().sign(new CebWriter(false).write(m), key);
    }

    /** CEB711: the site operator reports these parcels of the test carrier entered under one bill of lading. */
    static byte[] delivery(String operator, String billNo, List<String> logisticsNos, KeyMaterial key)
            throws Exception {
        CEB711Message m = sample("711", CEB711Message.class);
        var h = m.getDelivery().getDeliveryHead();
        h.setGuid(guid());
        h.setAppStatus("2");
        h.setOperatorCode(operator);
        h.setBillNo(billNo);
        h.setLogisticsCode(CARRIER);
        var lines = m.getDelivery().getDeliveryList();
        var template = lines.get(0);
        lines.clear();
        for (int i = 0; i < logisticsNos.size(); i++) {
            var line = new org.cbec.ceb.schema.import202205.DeliveryList();
            line.setGnum(i + 1);
            line.setLogisticsNo(logisticsNos.get(i));
            line.setNote(template.getNote());
            lines.add(line);
        }
        m.getBaseTransfer().setCopCode(operator);
        m.setSignature(null);
        return new CebSigner().sign(new CebWriter(false).write(m), key);
    }
}
