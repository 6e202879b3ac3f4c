package org.cbec.app;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.cbec.bench.sim.ExportParcelFactory;
import org.cbec.bench.sim.ParcelFactory;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.ReadOptions;
import org.cbec.ceb.Samples;
import org.cbec.ceb.schema.export202205.CEB605Message;

/**
 * Export messages of one parcel made from the official samples (read leniently: eight export samples repeat their
 * BaseTransfer, CEB-SPEC.md §12.5), with the codes of {@link Parcels}' enterprises: 3 items of 10.00 and 5.00
 * freight, received 35.00.
 */
final class ExportParcels {

    private static final CebReader READER = new CebReader(ReadOptions.lenientOptions());
    private static final CebWriter WRITER = new CebWriter();
    private static final ExportParcelFactory FACTORY = new ExportParcelFactory(new ParcelFactory.Codes(
            Parcels.PLATFORM, Parcels.PAYER, Parcels.CARRIER, Parcels.AGENT));

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
        List<byte[]> written = FACTORY.parcel(new ExportParcelFactory.Parcel(id, ExportParcelFactory.Fault.NONE),
                tweak);
        return new Parcel(id, written.get(0), written.get(1), written.get(2), written.get(3));
    }

    /** CEB507 (arrival) of these waybills of the test carrier. */
    static byte[] arrival(List<String> logisticsNos) {
        return FACTORY.write(FACTORY.arrivalMessage(logisticsNos.stream().map(ExportParcels::byWaybill).toList()));
    }

    /** CEB509 (departure) of these waybills of the test carrier. */
    static byte[] departure(List<String> logisticsNos) {
        return FACTORY.write(FACTORY.departureMessage(logisticsNos.stream().map(ExportParcels::byWaybill).toList()));
    }

    /** The parcel whose waybill is {@code logisticsNo} (ELN + id). */
    private static ExportParcelFactory.Parcel byWaybill(String logisticsNo) {
        return new ExportParcelFactory.Parcel(logisticsNo.substring(3), ExportParcelFactory.Fault.NONE);
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
