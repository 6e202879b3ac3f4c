package org.cbec.bench.sim;

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
import org.cbec.ceb.sign.SigningException;

/**
 * Realistic import parcels made from the official samples: for each parcel an order (CEB311), a payment (CEB411),
 * a waybill (CEB511) and an inventory (CEB621) that agree with each other, unless a {@link Fault} spoils one.
 * Several parcels go into one message (at most 100 records, the XSD's limit); inventories are signed.
 */
public final class ParcelFactory {

    /** Ways a parcel can be wrong on purpose. */
    public enum Fault { NONE, AMOUNT_MISMATCH, CONSIGNEE_MISMATCH, PAYER_NOT_BUYER, MISSING_WAYBILL }

    /** The enterprises of the simulation. */
    public record Codes(String platform, String payer, String carrier, String agent) {
    }

    /** One parcel: its numbers and its fault. */
    public record Parcel(String id, Fault fault) {
        public String orderNo() {
            return "ORD" + id;
        }

        public String logisticsNo() {
            return "LN" + id;
        }

        public String copNo() {
            return "COP" + id;
        }
    }

    static final BigDecimal PRICE = new BigDecimal("20.00");
    static final BigDecimal FREIGHT = new BigDecimal("10.00");
    private static final BigDecimal QTY = new BigDecimal("2");

    private final Codes codes;
    private final KeyMaterial agentKey;
    private final CebReader reader = new CebReader();
    private final CebWriter writer = new CebWriter();
    private final CebSigner signer = new CebSigner();

    public ParcelFactory(Codes codes, KeyMaterial agentKey) {
        this.codes = codes;
        this.agentKey = agentKey;
    }

    static String guid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    private <T> T sample(String number, Class<T> type) {
        return reader.read(Samples.bytes(number)).orThrow().body(type);
    }

    public byte[] orders(List<Parcel> parcels) {
        return writer.write(orderMessage(parcels));
    }

    public byte[] payments(List<Parcel> parcels) {
        return writer.write(paymentMessage(parcels));
    }

    public byte[] waybills(List<Parcel> parcels) {
        return writer.write(waybillMessage(parcels));
    }

    /** The inventories, signed by the declarant's key. */
    public byte[] inventories(List<Parcel> parcels) throws SigningException {
        return sign(inventoryMessage(parcels));
    }

    /** Signs an inventory message (written unchecked: the signature is part of what the XSD requires). */
    public byte[] sign(CEB621Message inventory) throws SigningException {
        return signer.sign(new CebWriter(false).write(inventory), agentKey);
    }

    public CEB311Message orderMessage(List<Parcel> parcels) {
        CEB311Message message = sample("311", CEB311Message.class);
        var template = message.getOrder().get(0);
        message.getOrder().clear();
        for (Parcel parcel : parcels) {
            var record = sample("311", CEB311Message.class).getOrder().get(0);
            var h = record.getOrderHead();
            h.setGuid(guid());
            h.setOrderNo(parcel.orderNo());
            h.setEbpCode(codes.platform());
            h.setEbcCode(codes.platform());
            h.setGoodsValue(PRICE.multiply(QTY));
            h.setFreight(FREIGHT);
            h.setDiscount(BigDecimal.ZERO);
            h.setTaxTotal(BigDecimal.ZERO);
            h.setActuralPaid(PRICE.multiply(QTY).add(FREIGHT));
            h.setBuyerName("李小宝");
            h.setBuyerIdNumber("130681136250023332");
            h.setPayCode(codes.payer());
            h.setPayTransactionId("PAY" + parcel.id());
            h.setConsignee("李小宝");
            h.setConsigneeTelephone("13256253633");
            h.setConsigneeAddress("北京市海淀区中关村软件园");
            var lines = record.getOrderList();
            lines.subList(1, lines.size()).clear();
            lines.get(0).setGnum(1);
            lines.get(0).setItemNo("ITEM-1");
            lines.get(0).setQty(QTY);
            lines.get(0).setPrice(PRICE);
            lines.get(0).setTotalPrice(PRICE.multiply(QTY));
            message.getOrder().add(record);
        }
        if (message.getOrder().isEmpty()) {
            message.getOrder().add(template);
        }
        message.getBaseTransfer().setCopCode(codes.platform());
        message.setSignature(null);
        return message;
    }

    public CEB411Message paymentMessage(List<Parcel> parcels) {
        CEB411Message message = sample("411", CEB411Message.class);
        message.getPayment().clear();
        for (Parcel parcel : parcels) {
            var record = sample("411", CEB411Message.class).getPayment().get(0);
            var h = record.getPaymentHead();
            h.setGuid(guid());
            h.setOrderNo(parcel.orderNo());
            h.setEbpCode(codes.platform());
            h.setPayCode(codes.payer());
            h.setPayTransactionId("PAY" + parcel.id());
            h.setPayerName(parcel.fault() == Fault.PAYER_NOT_BUYER ? "王大明" : "李小宝");
            h.setPayerIdNumber("130681136250023332");
            h.setAmountPaid(parcel.fault() == Fault.AMOUNT_MISMATCH ? new BigDecimal("1.00")
                    : PRICE.multiply(QTY).add(FREIGHT));
            message.getPayment().add(record);
        }
        message.getBaseTransfer().setCopCode(codes.payer());
        message.setSignature(null);
        return message;
    }

    public CEB511Message waybillMessage(List<Parcel> parcels) {
        CEB511Message message = sample("511", CEB511Message.class);
        message.getLogistics().clear();
        for (Parcel parcel : parcels) {
            var record = sample("511", CEB511Message.class).getLogistics().get(0);
            var h = record.getLogisticsHead();
            h.setGuid(guid());
            h.setLogisticsCode(codes.carrier());
            h.setLogisticsNo(parcel.logisticsNo());
            h.setOrderNo(parcel.orderNo());
            h.setFreight(FREIGHT);
            h.setInsuredFee(BigDecimal.ZERO);
            h.setConsignee("李小宝");
            h.setConsigneeTelephone(parcel.fault() == Fault.CONSIGNEE_MISMATCH ? "13900000000" : "13256253633");
            h.setConsigneeAddress("北京市海淀区中关村软件园");
            message.getLogistics().add(record);
        }
        message.getBaseTransfer().setCopCode(codes.carrier());
        message.setSignature(null);
        return message;
    }

    public CEB621Message inventoryMessage(List<Parcel> parcels) {
        CEB621Message message = sample("621", CEB621Message.class);
        message.getInventory().clear();
        for (Parcel parcel : parcels) {
            var record = sample("621", CEB621Message.class).getInventory().get(0);
            var h = record.getInventoryHead();
            h.setGuid(guid());
            h.setAppStatus("2");
            h.setCopNo(parcel.copNo());
            h.setOrderNo(parcel.orderNo());
            h.setEbpCode(codes.platform());
            h.setEbcCode(codes.platform());
            h.setLogisticsCode(codes.carrier());
            h.setLogisticsNo(parcel.logisticsNo());
            h.setAgentCode(codes.agent());
            h.setBuyerName("李小宝");
            h.setBuyerIdNumber("130681136250023332");
            h.setFreight(FREIGHT);
            h.setInsuredFee(BigDecimal.ZERO);
            var lines = record.getInventoryList();
            lines.subList(1, lines.size()).clear();
            lines.get(0).setGnum(1);
            lines.get(0).setItemNo("ITEM-1");
            lines.get(0).setQty(QTY);
            lines.get(0).setPrice(PRICE);
            lines.get(0).setTotalPrice(PRICE.multiply(QTY));
            message.getInventory().add(record);
        }
        message.getBaseTransfer().setCopCode(codes.agent());
        message.setSignature(null);
        return message;
    }
}
