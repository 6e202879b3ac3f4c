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
        ParcelFactory factory = new ParcelFactory(new ParcelFactory.Codes(PLATFORM, PAYER, CARRIER, AGENT), agentKey);
        List<ParcelFactory.Parcel> one = List.of(new ParcelFactory.Parcel(id, ParcelFactory.Fault.NONE));
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
}
