package org.cbec.bench.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * One parcel: its numbers, its fault, its buyer and its one goods line (a handbag, HS 4202221000: VAT 13 %, no
     * consumption tax, on the positive list).
     */
    public record Parcel(String id, Fault fault, String buyerIdNumber, BigDecimal price, BigDecimal qty) {

        /** A parcel of two 20.00 handbags for a buyer of its own (each parcel its own, so no annual quota fills up). */
        public Parcel(String id, Fault fault) {
            this(id, fault, buyerOf(id), PRICE, QTY);
        }

        public BigDecimal goodsValue() {
            return price.multiply(qty);
        }

        /** The dutiable price: goods and freight (no insurance). */
        public BigDecimal dutiable() {
            return goodsValue().add(FREIGHT);
        }

        /**
         * The tax the platform collects: within the limits VAT 13 % at 70 %; one indivisible item above 5,000 pays
         * the 6 % tariff and VAT in full (cbec-rules.md §A.3, §A.4), each rounded to the fen.
         */
        public BigDecimal taxTotal() {
            BigDecimal p = dutiable();
            if (p.compareTo(new BigDecimal("5000")) > 0 && qty.compareTo(BigDecimal.ONE) == 0) {
                BigDecimal duty = p.multiply(new BigDecimal("0.06")).setScale(2, RoundingMode.HALF_UP);
                return duty.add(p.add(p.multiply(new BigDecimal("0.06"))).multiply(new BigDecimal("0.13"))
                        .setScale(2, RoundingMode.HALF_UP));
            }
            return p.multiply(new BigDecimal("0.091")).setScale(2, RoundingMode.HALF_UP);
        }

        public BigDecimal acturalPaid() {
            return dutiable().add(taxTotal());
        }
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

    /** An 18-character ID number of the form of a resident ID card, made from the parcel's id. */
    static String buyerOf(String id) {
        return "11010119" + String.format("%010d", Math.floorMod(id.hashCode(), 10_000_000_000L));
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
            h.setGoodsValue(parcel.goodsValue());
            h.setFreight(FREIGHT);
            h.setDiscount(BigDecimal.ZERO);
            h.setTaxTotal(parcel.taxTotal());
            h.setActuralPaid(parcel.acturalPaid());
            h.setBuyerName("李小宝");
            h.setBuyerIdNumber(parcel.buyerIdNumber());
            h.setPayCode(codes.payer());
            h.setPayTransactionId("PAY" + parcel.id());
            h.setConsignee("李小宝");
            h.setConsigneeTelephone("13256253633");
            h.setConsigneeAddress("北京市海淀区中关村软件园");
            var lines = record.getOrderList();
            lines.subList(1, lines.size()).clear();
            lines.get(0).setGnum(1);
            lines.get(0).setItemNo("ITEM-1");
            lines.get(0).setQty(parcel.qty());
            lines.get(0).setPrice(parcel.price());
            lines.get(0).setTotalPrice(parcel.goodsValue());
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
            h.setPayerIdNumber(parcel.buyerIdNumber());
            h.setAmountPaid(parcel.fault() == Fault.AMOUNT_MISMATCH ? new BigDecimal("1.00") : parcel.acturalPaid());
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
            // the e-commerce enterprise guarantees the tax of its parcels
            h.setAssureCode(codes.platform());
            h.setBuyerName("李小宝");
            h.setBuyerIdNumber(parcel.buyerIdNumber());
            h.setFreight(FREIGHT);
            h.setInsuredFee(BigDecimal.ZERO);
            var lines = record.getInventoryList();
            lines.subList(1, lines.size()).clear();
            lines.get(0).setGnum(1);
            lines.get(0).setItemNo("ITEM-1");
            lines.get(0).setGcode("4202221000");
            lines.get(0).setItemName("以塑料片作面的手提包");
            lines.get(0).setUnit("011");
            lines.get(0).setQty(parcel.qty());
            lines.get(0).setQty1(parcel.qty());
            lines.get(0).setUnit1("011");
            lines.get(0).setQty2(null);
            lines.get(0).setUnit2(null);
            lines.get(0).setPrice(parcel.price());
            lines.get(0).setTotalPrice(parcel.goodsValue());
            message.getInventory().add(record);
        }
        message.getBaseTransfer().setCopCode(codes.agent());
        message.setSignature(null);
        return message;
    }
}
