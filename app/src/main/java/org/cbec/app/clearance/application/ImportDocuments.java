package org.cbec.app.clearance.application;

import java.util.List;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.intake.Declaration;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.ceb.schema.import202205.BaseTransfer;
import org.cbec.ceb.schema.import202205.CEB311Message;
import org.cbec.ceb.schema.import202205.CEB411Message;
import org.cbec.ceb.schema.import202205.CEB511Message;
import org.cbec.ceb.schema.import202205.CEB513Message;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.schema.import202205.CEB623Message;
import org.cbec.ceb.schema.import202205.CEB625Message;
import org.cbec.ceb.schema.import202205.CEB711Message;
import org.cbec.ceb.schema.import202205.DeliveryHead;
import org.cbec.ceb.schema.import202205.InventoryHead;
import org.cbec.ceb.schema.import202205.InvtCancel;
import org.cbec.ceb.schema.import202205.InvtRefundHead;
import org.cbec.ceb.schema.import202205.LogisticsHead;
import org.cbec.ceb.schema.import202205.LogisticsStatus;
import org.cbec.ceb.schema.import202205.OrderHead;
import org.cbec.ceb.schema.import202205.PaymentHead;

/** Reads the records and the transmitting enterprise out of the typed import declarations. */
final class ImportDocuments {

    private ImportDocuments() {
    }

    static Declaration<ParcelDocuments.Order> orders(CEB311Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature() != null, m.getOrder().stream()
                .map(o -> order(o.getOrderHead())).toList(), m.getOrder().stream()
                .map(ImportDocuments::orderDocument).toList());
    }

    static Declaration<ParcelDocuments.Payment> payments(CEB411Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature() != null, m.getPayment().stream()
                .map(p -> payment(p.getPaymentHead())).toList(), m.getPayment().stream()
                .map(p -> paymentDocument(p.getPaymentHead())).toList());
    }

    static Declaration<ParcelDocuments.Waybill> waybills(CEB511Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature() != null, m.getLogistics().stream()
                .map(l -> waybill(l.getLogisticsHead())).toList(), m.getLogistics().stream()
                .map(l -> waybillDocument(l.getLogisticsHead())).toList());
    }

    static Declaration<ParcelDocuments.Inventory> inventories(CEB621Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature() != null, m.getInventory().stream()
                .map(i -> inventory(i.getInventoryHead())).toList(), m.getInventory().stream()
                .map(ImportDocuments::inventoryDocument).toList());
    }

    static Declaration<ParcelDocuments.WaybillStatus> signedFor(CEB513Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature() != null, m.getLogisticsStatus()
                .stream().map(ImportDocuments::status).toList(), m.getLogisticsStatus().stream()
                .map(s -> new ParcelDocuments.WaybillStatus(s.getLogisticsCode(), s.getLogisticsNo(),
                        s.getLogisticsStatus(), s.getLogisticsTime())).toList());
    }

    static Declaration<ParcelDocuments.Cancellation> cancellations(CEB623Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature() != null, m.getInvtCancel().stream()
                .map(ImportDocuments::cancellation).toList(), m.getInvtCancel().stream()
                .map(c -> new ParcelDocuments.Cancellation(c.getInvtNo(), c.getAgentCode(), c.getCopNo(),
                        c.getReason())).toList());
    }

    static Declaration<ParcelDocuments.Refund> refunds(CEB625Message m) {
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature() != null, m.getInvtRefund().stream()
                .map(r -> refund(r.getInvtRefundHead())).toList(), m.getInvtRefund().stream()
                .map(ImportDocuments::refundDocument).toList());
    }

    static Declaration<ParcelDocuments.Delivery> deliveries(CEB711Message m) {
        DeliveryHead h = m.getDelivery().getDeliveryHead();
        return declaration(m.getBaseTransfer(), m.getGuid(), m.getSignature() != null, List.of(new DeclaredRecord(
                h.getGuid(), h.getAppType(), h.getAppStatus(), null, null, null, null, null, null,
                h.getLogisticsCode(), h.getCopNo(), null, h.getCustomsCode(), null, h.getOperatorCode())),
                List.of(new ParcelDocuments.Delivery(h.getOperatorCode(), h.getCopNo(), h.getBillNo(),
                        h.getLogisticsCode(), m.getDelivery().getDeliveryList().stream()
                        .map(l -> l.getLogisticsNo()).toList())));
    }

    private static <D> Declaration<D> declaration(BaseTransfer transfer, String guid, boolean signed,
                                                  List<DeclaredRecord> records, List<D> documents) {
        return new Declaration<>(transfer.getCopCode(), guid, signed, records, documents);
    }

    private static ParcelDocuments.Order orderDocument(CEB311Message.Order order) {
        OrderHead h = order.getOrderHead();
        return new ParcelDocuments.Order(h.getOrderNo(), h.getEbpCode(), h.getEbcCode(), h.getGoodsValue(),
                h.getFreight(), h.getDiscount(), h.getTaxTotal(), h.getActuralPaid(), h.getBuyerName(),
                h.getBuyerIdNumber(), h.getPayCode(), h.getPayTransactionId(), h.getConsignee(),
                h.getConsigneeTelephone(), h.getConsigneeAddress(), order.getOrderList().stream()
                .map(l -> new ParcelDocuments.GoodsLine(l.getGnum(), l.getItemNo(), l.getQty(), l.getPrice(),
                        l.getTotalPrice())).toList());
    }

    private static ParcelDocuments.Payment paymentDocument(PaymentHead h) {
        return new ParcelDocuments.Payment(h.getOrderNo(), h.getEbpCode(), h.getPayCode(), h.getPayTransactionId(),
                h.getPayerName(), h.getPayerIdNumber(), h.getAmountPaid());
    }

    private static ParcelDocuments.Waybill waybillDocument(LogisticsHead h) {
        return new ParcelDocuments.Waybill(h.getLogisticsCode(), h.getLogisticsNo(), h.getOrderNo(), h.getFreight(),
                h.getInsuredFee(), h.getConsignee(), h.getConsigneeTelephone(), h.getConsigneeAddress());
    }

    private static ParcelDocuments.Inventory inventoryDocument(CEB621Message.Inventory inventory) {
        InventoryHead h = inventory.getInventoryHead();
        return new ParcelDocuments.Inventory(h.getCopNo(), h.getOrderNo(), h.getEbpCode(), h.getEbcCode(),
                h.getLogisticsCode(), h.getLogisticsNo(), h.getAgentCode(), h.getBuyerName(), h.getBuyerIdNumber(),
                h.getFreight(), h.getInsuredFee(), inventory.getInventoryList().stream()
                .map(l -> new ParcelDocuments.GoodsLine(l.getGnum(), l.getItemNo(), l.getQty(), l.getPrice(),
                        l.getTotalPrice(), l.getGcode(), l.getItemRecordNo(), l.getItemName(), l.getUnit(),
                        l.getQty1(), l.getUnit1(), l.getCountry())).toList(), h.getTradeMode(),
                h.getEmsNo(), h.getAreaCode(), h.getAssureCode());
    }

    private static DeclaredRecord order(OrderHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(),
                h.getEbcCode(), h.getPayCode(), h.getPayTransactionId(), null, null, null, null, null);
    }

    private static DeclaredRecord payment(PaymentHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(), null,
                h.getPayCode(), h.getPayTransactionId(), null, null, null, null, null);
    }

    private static DeclaredRecord waybill(LogisticsHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), null, null, null,
                null, h.getLogisticsNo(), h.getLogisticsCode(), null, null, null);
    }

    private static DeclaredRecord status(LogisticsStatus s) {
        return new DeclaredRecord(s.getGuid(), s.getAppType(), s.getAppStatus(), null, null, null, null, null,
                s.getLogisticsNo(), s.getLogisticsCode(), null, null, null);
    }

    private static DeclaredRecord cancellation(InvtCancel c) {
        return new DeclaredRecord(c.getGuid(), c.getAppType(), c.getAppStatus(), c.getOrderNo(), c.getEbpCode(),
                c.getEbcCode(), null, null, c.getLogisticsNo(), c.getLogisticsCode(), c.getCopNo(), c.getAgentCode(),
                c.getCustomsCode(), c.getInvtNo(), null);
    }

    private static DeclaredRecord refund(InvtRefundHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(),
                h.getEbcCode(), null, null, h.getLogisticsNo(), h.getLogisticsCode(), h.getCopNo(), h.getAgentCode(),
                h.getCustomsCode(), h.getInvtNo(), null);
    }

    private static ParcelDocuments.Refund refundDocument(CEB625Message.InvtRefund refund) {
        InvtRefundHead h = refund.getInvtRefundHead();
        return new ParcelDocuments.Refund(h.getInvtNo(), h.getAgentCode(), h.getCopNo(), h.getReason(),
                refund.getInvtRefundList().stream().map(l -> new ParcelDocuments.RefundLine(l.getGnum(),
                        l.getGcode(), l.getQty())).toList());
    }

    private static DeclaredRecord inventory(InventoryHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(),
                h.getEbcCode(), null, null, h.getLogisticsNo(), h.getLogisticsCode(), h.getCopNo(), h.getAgentCode(),
                h.getCustomsCode());
    }
}
