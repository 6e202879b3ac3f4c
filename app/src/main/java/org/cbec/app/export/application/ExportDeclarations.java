package org.cbec.app.export.application;

import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.intake.Declaration;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.export.domain.ExportDocuments;
import org.cbec.ceb.schema.export202205.Arrival;
import org.cbec.ceb.schema.export202205.BaseTransfer;
import org.cbec.ceb.schema.export202205.CEB213Message;
import org.cbec.ceb.schema.export202205.CEB215Message;
import org.cbec.ceb.schema.export202205.CEB303Message;
import org.cbec.ceb.schema.export202205.CEB403Message;
import org.cbec.ceb.schema.export202205.CEB505Message;
import org.cbec.ceb.schema.export202205.CEB507Message;
import org.cbec.ceb.schema.export202205.CEB509Message;
import org.cbec.ceb.schema.export202205.CEB603Message;
import org.cbec.ceb.schema.export202205.CEB605Message;
import org.cbec.ceb.schema.export202205.CEB607Message;
import org.cbec.ceb.schema.export202205.CEB701Message;
import org.cbec.ceb.schema.export202205.Departure;
import org.cbec.ceb.schema.export202205.Inventory;
import org.cbec.ceb.schema.export202205.InventoryHead;
import org.cbec.ceb.schema.export202205.InvtCancel;
import org.cbec.ceb.schema.export202205.Logistics;
import org.cbec.ceb.schema.export202205.Order;
import org.cbec.ceb.schema.export202205.OrderHead;
import org.cbec.ceb.schema.export202205.Receipts;

/**
 * Reads the records and the transmitting enterprise out of the typed export declarations (CEB303, 403, 505, 603,
 * the arrival CEB507, the departure CEB509 and the cancellation CEB605).
 */
final class ExportDeclarations {

    private ExportDeclarations() {
    }

    static Declaration<ExportDocuments.Order> orders(CEB303Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(),
                m.getOrder().stream().map(o -> order(o.getOrderHead())).toList(),
                m.getOrder().stream().map(ExportDeclarations::orderDocument).toList());
    }

    static Declaration<ExportDocuments.Receipt> receipts(CEB403Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(),
                m.getReceipts().stream().map(ExportDeclarations::receipt).toList(),
                m.getReceipts().stream().map(r -> new ExportDocuments.Receipt(r.getOrderNo(), r.getEbpCode(),
                        r.getEbcCode(), r.getPayCode(), r.getPayNo(), r.getCharge(), r.getCurrency())).toList());
    }

    static Declaration<ExportDocuments.Waybill> waybills(CEB505Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(),
                m.getLogistics().stream().map(ExportDeclarations::waybill).toList(),
                m.getLogistics().stream().map(l -> new ExportDocuments.Waybill(l.getLogisticsCode(),
                        l.getLogisticsNo(), l.getFreight(), l.getInsuredFee(), l.getGrossWeight(), l.getPackNo()))
                        .toList());
    }

    static Declaration<ExportDocuments.Inventory> inventories(CEB603Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(),
                m.getInventory().stream().map(i -> inventory(i.getInventoryHead())).toList(),
                m.getInventory().stream().map(ExportDeclarations::inventoryDocument).toList());
    }

    static Declaration<ExportDocuments.WaybillMovement> arrivals(CEB507Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(),
                m.getArrival().stream().map(ExportDeclarations::arrival).toList(),
                m.getArrival().stream().map(a -> new ExportDocuments.WaybillMovement(false,
                        a.getArrivalHead().getLogisticsCode(), a.getArrivalList().stream()
                        .map(l -> l.getLogisticsNo()).toList(), a.getArrivalHead().getBillNo(),
                        a.getArrivalHead().getAppTime())).toList());
    }

    static Declaration<ExportDocuments.WaybillMovement> departures(CEB509Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(),
                m.getDeparture().stream().map(ExportDeclarations::departure).toList(),
                m.getDeparture().stream().map(d -> new ExportDocuments.WaybillMovement(true,
                        d.getDepartureHead().getLogisticsCode(), d.getDepartureList().stream()
                        .map(l -> l.getLogisticsNo()).toList(), d.getDepartureHead().getBillNo(),
                        d.getDepartureHead().getLeaveTime())).toList());
    }

    static Declaration<ExportDocuments.Cancellation> cancellations(CEB605Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(),
                m.getInvtCancel().stream().map(ExportDeclarations::cancellation).toList(),
                m.getInvtCancel().stream().map(c -> new ExportDocuments.Cancellation(c.getInvtNo(),
                        c.getAgentCode(), c.getCopNo(), c.getReason())).toList());
    }

    static Declaration<ExportDocuments.SummaryApplication> summaryApplications(CEB701Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(), m.getSummaryApply().stream().map(a -> {
            var h = a.getSummaryApplyHead();
            return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), null, null, h.getEbcCode(),
                    null, null, null, null, h.getCopNo(), h.getAgentCode(), h.getCustomsCode());
        }).toList(), m.getSummaryApply().stream().map(a -> {
            var h = a.getSummaryApplyHead();
            return new ExportDocuments.SummaryApplication(h.getCopNo(), h.getCustomsCode(), h.getAgentCode(),
                    h.getAgentName(), h.getEbcCode(), h.getEbcName(), h.getDeclAgentCode(), h.getDeclAgentName(),
                    h.getSummaryFlag(), time(h.getStartTime()), time(h.getEndTime()), a.getSummaryApplyList()
                    .stream().map(l -> l.getInvtNo()).filter(n -> n != null && !n.isBlank()).toList());
        }).toList());
    }

    static Declaration<ExportDocuments.MasterBill> masterBills(CEB607Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(), m.getWayBill().stream().map(w -> {
            var h = w.getWayBillHead();
            return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), null, null, null, null, null,
                    null, h.getLogisticsCode(), h.getCopNo(), h.getAgentCode(), h.getCustomsCode(), null, null,
                    Map.of("billNo", h.getBillNo(), "msgSeqNo", Integer.toString(h.getMsgSeqNo())));
        }).toList(), m.getWayBill().stream().map(w -> new ExportDocuments.MasterBill(
                w.getWayBillHead().getBillNo(), w.getWayBillHead().getLogisticsCode(), w.getWayBillList().stream()
                .map(l -> l.getLogisticsNo()).toList(), w.getWayBillList().stream().map(l -> l.getInvtNo())
                .toList())).toList());
    }

    static Declaration<ExportDocuments.ReturnApplication> returns(CEB213Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(), m.getInvtRefund().stream().map(r -> {
            var h = r.getInvtRefundHead();
            return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), null, h.getEbpCode(),
                    h.getEbcCode(), null, null, h.getLogisticsNo(), h.getLogisticsCode(), null, h.getAgentCode(),
                    h.getCustomsCode(), h.getInvtNo(), null, Map.of("coElNo", h.getCoElNo()));
        }).toList(), m.getInvtRefund().stream().map(r -> {
            var h = r.getInvtRefundHead();
            return new ExportDocuments.ReturnApplication(h.getInvtNo(), h.getCoElNo(), h.getCustomsCode(),
                    h.getLogisticsCode(), h.getLogisticsNo(), h.getReason());
        }).toList());
    }

    static Declaration<ExportDocuments.Tally> tallies(CEB215Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature(), m.getInvtRefundDetail().stream()
                .map(d -> new DeclaredRecord(d.getGuid(), d.getAppType(), d.getAppStatus(), null, null, null, null,
                        null, d.getLogisticsNo(), d.getLogisticsCode(), null, null, d.getCustomsCode(), d.getInvtNo(),
                        d.getOperatorCode(), Map.of("coElNo", d.getCoElNo()))).toList(),
                m.getInvtRefundDetail().stream().map(d -> new ExportDocuments.Tally(d.getLogisticsCode(),
                        d.getLogisticsNo(), d.getCoElNo())).toList());
    }

    /** A time of the spec (yyyyMMddHHmmss, China time), or null when absent. */
    private static java.time.Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return java.time.LocalDateTime.parse(text, java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private static <D> Declaration<D> declaration(BaseTransfer transfer, String guid, Object signature,
                                                  List<DeclaredRecord> records, List<D> documents) {
        return new Declaration<>(transfer.getCopCode(), guid, signature != null, records, documents);
    }

    private static ExportDocuments.Order orderDocument(Order order) {
        OrderHead h = order.getOrderHead();
        return new ExportDocuments.Order(h.getOrderNo(), h.getEbpCode(), h.getEbcCode(), h.getOrderType(),
                h.getGoodsValue(), h.getFreight(), h.getCurrency(), order.getOrderList().stream()
                .map(l -> new ParcelDocuments.GoodsLine(l.getGnum(), l.getItemNo(), l.getQty(), l.getPrice(),
                        l.getTotalPrice())).toList());
    }

    private static ExportDocuments.Inventory inventoryDocument(Inventory inventory) {
        InventoryHead h = inventory.getInventoryHead();
        return new ExportDocuments.Inventory(h.getCopNo(), h.getOrderNo(), h.getEbpCode(), h.getEbcCode(),
                h.getLogisticsCode(), h.getLogisticsNo(), h.getAgentCode(), h.getOwnerCode(), h.getTradeMode(),
                h.getStatisticsFlag(), h.getCustomsCode(), h.getPortCode(), h.getCountry(), h.getFreight(),
                h.getInsuredFee(), inventory.getInventoryList().stream()
                .map(l -> new ParcelDocuments.GoodsLine(l.getGnum(), l.getItemNo(), l.getQty(), l.getPrice(),
                        l.getTotalPrice(), l.getGcode(), l.getItemRecordNo(), l.getGname(), l.getUnit(), l.getQty1(),
                        l.getUnit1(), l.getCountry())).toList(), h.getTrafMode(), inventory.getInventoryList().stream()
                .map(l -> new ExportDocuments.Destination(l.getGnum(), l.getCountry(), l.getCurrency())).toList(),
                h.getGrossWeight(), h.getNetWeight());
    }

    private static DeclaredRecord order(OrderHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(),
                h.getEbcCode(), null, null, null, null, null, null, null);
    }

    private static DeclaredRecord receipt(Receipts r) {
        return new DeclaredRecord(r.getGuid(), r.getAppType(), r.getAppStatus(), r.getOrderNo(), r.getEbpCode(),
                r.getEbcCode(), r.getPayCode(), null, null, null, null, null, null, null, null,
                r.getPayNo() == null ? Map.of() : Map.of("payNo", r.getPayNo()));
    }

    private static DeclaredRecord waybill(Logistics l) {
        return new DeclaredRecord(l.getGuid(), l.getAppType(), l.getAppStatus(), null, null, l.getEbcCode(), null,
                null, l.getLogisticsNo(), l.getLogisticsCode(), null, null, null);
    }

    private static DeclaredRecord inventory(InventoryHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(),
                h.getEbcCode(), null, null, h.getLogisticsNo(), h.getLogisticsCode(), h.getCopNo(), h.getAgentCode(),
                h.getCustomsCode(), null, null, Map.of("statisticsFlag", h.getStatisticsFlag()));
    }

    private static DeclaredRecord arrival(Arrival a) {
        var h = a.getArrivalHead();
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), null, null, null, null, null, null,
                h.getLogisticsCode(), h.getCopNo(), null, h.getCustomsCode(), null, h.getOperatorCode(),
                Map.of("billNo", h.getBillNo() == null ? "" : h.getBillNo(), "msgSeqNo",
                        Integer.toString(h.getMsgSeqNo())));
    }

    private static DeclaredRecord departure(Departure d) {
        var h = d.getDepartureHead();
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), null, null, null, null, null, null,
                h.getLogisticsCode(), h.getCopNo(), null, h.getCustomsCode(), null, null,
                Map.of("msgSeqNo", Integer.toString(h.getMsgSeqNo())));
    }

    private static DeclaredRecord cancellation(InvtCancel c) {
        return new DeclaredRecord(c.getGuid(), c.getAppType(), c.getAppStatus(), null, null, c.getEbcCode(), null,
                null, null, null, c.getCopNo(), c.getAgentCode(), c.getCustomsCode(), c.getInvtNo(), null);
    }
}
