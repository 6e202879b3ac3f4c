package org.cbec.bench.sim;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.ReadOptions;
import org.cbec.ceb.Samples;
import org.cbec.ceb.schema.export202205.ArrivalList;
import org.cbec.ceb.schema.export202205.CEB303Message;
import org.cbec.ceb.schema.export202205.CEB403Message;
import org.cbec.ceb.schema.export202205.CEB505Message;
import org.cbec.ceb.schema.export202205.CEB507Message;
import org.cbec.ceb.schema.export202205.CEB509Message;
import org.cbec.ceb.schema.export202205.CEB603Message;
import org.cbec.ceb.schema.export202205.DepartureList;

/**
 * Realistic export parcels (9610 B2C, statisticsFlag B) made from the official samples, read leniently (eight export
 * samples repeat their BaseTransfer, CEB-SPEC.md §12.5): for each parcel an order CEB303, a receipt of payment
 * CEB403, a waybill CEB505 and an inventory CEB603 that agree (3 items of 10.00 and 5.00 freight, received 35.00),
 * unless a {@link Fault} spoils one; and the arrival CEB507 and departure CEB509 of their waybills.
 */
public final class ExportParcelFactory {

    /** Ways an export parcel can be wrong on purpose. */
    public enum Fault { NONE, CHARGE_MISMATCH, FREIGHT_MISMATCH, MISSING_WAYBILL }

    /** One parcel: its numbers and its fault. */
    public record Parcel(String id, Fault fault) {
        public String orderNo() {
            return "EORD" + id;
        }

        public String logisticsNo() {
            return "ELN" + id;
        }

        public String copNo() {
            return "ECOP" + id;
        }
    }

    private static final CebReader READER = new CebReader(ReadOptions.lenientOptions());
    private static final BigDecimal QTY = new BigDecimal("3");
    private static final BigDecimal PRICE = new BigDecimal("10.00");
    private static final BigDecimal FREIGHT = new BigDecimal("5.00");

    private final ParcelFactory.Codes codes;
    private final CebWriter writer = new CebWriter();

    public ExportParcelFactory(ParcelFactory.Codes codes) {
        this.codes = codes;
    }

    private static <T> T sample(String number, Class<T> type) {
        return READER.read(Samples.bytes(number)).orThrow().body(type);
    }

    public CEB303Message orderMessage(List<Parcel> parcels) {
        CEB303Message m = sample("303", CEB303Message.class);
        m.getOrder().clear();
        for (Parcel parcel : parcels) {
            var order = sample("303", CEB303Message.class).getOrder().get(0);
            var h = order.getOrderHead();
            h.setGuid(ParcelFactory.guid());
            h.setAppType("1");
            h.setAppStatus("2");
            h.setOrderType("E");
            h.setOrderNo(parcel.orderNo());
            h.setEbpCode(codes.platform());
            h.setEbcCode(codes.platform());
            h.setGoodsValue(PRICE.multiply(QTY));
            h.setFreight(FREIGHT);
            h.setCurrency("142");
            var lines = order.getOrderList();
            lines.subList(1, lines.size()).clear();
            lines.get(0).setGnum(1);
            lines.get(0).setItemNo("SKU-1");
            lines.get(0).setQty(QTY);
            lines.get(0).setPrice(PRICE);
            lines.get(0).setTotalPrice(PRICE.multiply(QTY));
            lines.get(0).setCurrency("142");
            m.getOrder().add(order);
        }
        m.getBaseTransfer().setCopCode(codes.platform());
        m.setSignature(null);
        return m;
    }

    public CEB403Message receiptMessage(List<Parcel> parcels) {
        CEB403Message m = sample("403", CEB403Message.class);
        m.getReceipts().clear();
        for (Parcel parcel : parcels) {
            var r = sample("403", CEB403Message.class).getReceipts().get(0);
            r.setGuid(ParcelFactory.guid());
            r.setAppType("1");
            r.setAppStatus("2");
            r.setOrderNo(parcel.orderNo());
            r.setEbpCode(codes.platform());
            r.setEbcCode(codes.platform());
            r.setPayCode(codes.payer());
            r.setPayNo("EPAY" + parcel.id());
            r.setCharge(parcel.fault() == Fault.CHARGE_MISMATCH ? BigDecimal.ONE : PRICE.multiply(QTY).add(FREIGHT));
            r.setCurrency("142");
            m.getReceipts().add(r);
        }
        m.getBaseTransfer().setCopCode(codes.payer());
        m.setSignature(null);
        return m;
    }

    public CEB505Message waybillMessage(List<Parcel> parcels) {
        CEB505Message m = sample("505", CEB505Message.class);
        m.getLogistics().clear();
        for (Parcel parcel : parcels) {
            var l = sample("505", CEB505Message.class).getLogistics().get(0);
            l.setGuid(ParcelFactory.guid());
            l.setAppType("1");
            l.setAppStatus("2");
            l.setLogisticsCode(codes.carrier());
            l.setLogisticsNo(parcel.logisticsNo());
            l.setFreight(FREIGHT);
            l.setInsuredFee(BigDecimal.ZERO);
            m.getLogistics().add(l);
        }
        m.getBaseTransfer().setCopCode(codes.carrier());
        m.setSignature(null);
        return m;
    }

    public CEB603Message inventoryMessage(List<Parcel> parcels) {
        CEB603Message m = sample("603", CEB603Message.class);
        m.getInventory().clear();
        for (Parcel parcel : parcels) {
            var inventory = sample("603", CEB603Message.class).getInventory().get(0);
            var h = inventory.getInventoryHead();
            h.setGuid(ParcelFactory.guid());
            h.setAppType("1");
            h.setAppStatus("2");
            h.setCopNo(parcel.copNo());
            h.setOrderNo(parcel.orderNo());
            h.setEbpCode(codes.platform());
            h.setEbcCode(codes.platform());
            h.setLogisticsCode(codes.carrier());
            h.setLogisticsNo(parcel.logisticsNo());
            h.setAgentCode(codes.agent());
            h.setTradeMode("9610");
            h.setStatisticsFlag("B");
            h.setInvtNo(null);
            h.setFreight(parcel.fault() == Fault.FREIGHT_MISMATCH ? new BigDecimal("6.00") : FREIGHT);
            h.setInsuredFee(BigDecimal.ZERO);
            var lines = inventory.getInventoryList();
            lines.subList(1, lines.size()).clear();
            lines.get(0).setGnum(1);
            lines.get(0).setItemNo("SKU-1");
            lines.get(0).setQty(QTY);
            lines.get(0).setPrice(PRICE);
            lines.get(0).setTotalPrice(PRICE.multiply(QTY));
            m.getInventory().add(inventory);
        }
        m.getBaseTransfer().setCopCode(codes.agent());
        m.setSignature(null);
        return m;
    }

    /** CEB507: these parcels' waybills arrived at the supervised site. */
    public CEB507Message arrivalMessage(List<Parcel> parcels) {
        CEB507Message m = sample("507", CEB507Message.class);
        m.getArrival().subList(1, m.getArrival().size()).clear();
        var h = m.getArrival().get(0).getArrivalHead();
        h.setGuid(ParcelFactory.guid());
        h.setAppType("1");
        h.setAppStatus("2");
        h.setLogisticsCode(codes.carrier());
        h.setMsgCount(1);
        h.setMsgSeqNo(1);
        var list = m.getArrival().get(0).getArrivalList();
        list.clear();
        for (int i = 0; i < parcels.size(); i++) {
            ArrivalList line = new ArrivalList();
            line.setGnum(i + 1);
            line.setLogisticsNo(parcels.get(i).logisticsNo());
            list.add(line);
        }
        m.getBaseTransfer().setCopCode(codes.carrier());
        m.setSignature(null);
        return m;
    }

    /** CEB509: these parcels' waybills left the country. */
    public CEB509Message departureMessage(List<Parcel> parcels) {
        CEB509Message m = sample("509", CEB509Message.class);
        m.getDeparture().subList(1, m.getDeparture().size()).clear();
        var h = m.getDeparture().get(0).getDepartureHead();
        h.setGuid(ParcelFactory.guid());
        h.setAppType("1");
        h.setAppStatus("2");
        h.setLogisticsCode(codes.carrier());
        h.setMsgCount(1);
        h.setMsgSeqNo(1);
        var list = m.getDeparture().get(0).getDepartureList();
        list.clear();
        for (int i = 0; i < parcels.size(); i++) {
            DepartureList line = new DepartureList();
            line.setGnum(i + 1);
            line.setLogisticsNo(parcels.get(i).logisticsNo());
            list.add(line);
        }
        m.getBaseTransfer().setCopCode(codes.carrier());
        m.setSignature(null);
        return m;
    }

    public byte[] write(Object message) {
        return writer.write(message);
    }

    /** The four documents of one parcel after {@code tweak} spoiled any of them, written. */
    public List<byte[]> parcel(Parcel parcel, Consumer<Object> tweak) {
        List<Object> messages = List.of(orderMessage(List.of(parcel)), receiptMessage(List.of(parcel)),
                waybillMessage(List.of(parcel)), inventoryMessage(List.of(parcel)));
        messages.forEach(tweak);
        return messages.stream().map(this::write).toList();
    }
}
