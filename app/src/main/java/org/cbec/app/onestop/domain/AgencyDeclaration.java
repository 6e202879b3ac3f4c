package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cbec.ceb.schema.export202205.BaseTransfer;
import org.cbec.ceb.schema.export202205.CEB303Message;
import org.cbec.ceb.schema.export202205.CEB403Message;
import org.cbec.ceb.schema.export202205.CEB505Message;
import org.cbec.ceb.schema.export202205.CEB603Message;
import org.cbec.ceb.schema.export202205.CEB701Message;
import org.cbec.ceb.schema.export202205.Inventory;
import org.cbec.ceb.schema.export202205.InventoryHead;
import org.cbec.ceb.schema.export202205.InventoryList;
import org.cbec.ceb.schema.export202205.Logistics;
import org.cbec.ceb.schema.export202205.Order;
import org.cbec.ceb.schema.export202205.OrderHead;
import org.cbec.ceb.schema.export202205.OrderList;
import org.cbec.ceb.schema.export202205.Receipts;
import org.cbec.ceb.schema.export202205.SummaryApply;
import org.cbec.ceb.schema.export202205.SummaryApplyHead;
import org.cbec.ceb.schema.export202205.SummaryApplyList;

/**
 * The messages the platform declares for a seller's order (CEB-SPEC.md §4.2, §11), built from what it holds, not
 * from samples. The platform is the consignor (ebcCode, 收发货人) and the declaring agent (agentCode) of its sellers'
 * exports, as OneTouch is; the seller is the producer and seller (ownerCode, 生产销售单位); the order goes through
 * the platform (ebpCode), or for 9810 to the overseas warehouse the order names (ebpName). The waybill is the
 * carrier's (logisticsCode), sent in its name. Every record is declared (appStatus 2); a corrected order and its
 * waybill are changes (appType 2), its inventory a new one under a new copNo.
 */
public final class AgencyDeclaration {

    /** The platform as declarant: its filed code and name, its DXP id, the customs office and port it declares at. */
    public record Declarant(String code, String name, String dxpId, String customsCode, String portCode) {
    }

    /** The producer and seller: its credit code or identity number, and name. */
    public record Owner(String code, String name) {
    }

    /** The parcel as booked with its carrier. */
    public record Parcel(String carrierCode, String carrierName, String trafMode, String logisticsNo, String pod,
                         BigDecimal grossWeightKg, BigDecimal netWeightKg, int packNo, String wrapType) {
    }

    /** A goods line as declared: the product's SKU, names, HS code, elements, units and quantities, price, total. */
    public record Line(String itemNo, String itemName, String gcode, String gmodel, String unit, String unit1,
                       BigDecimal qty, BigDecimal qty1, BigDecimal price, BigDecimal totalPrice) {
    }

    /** Money received for an order (CEB403): from whom (payCode may be empty), its number, amount, when. */
    public record Payment(String payCode, String payName, String payNo, BigDecimal charge, Instant accountingDate) {
    }

    /** The CEB version of the messages built (CEB-SPEC.md §2: 2022-05 schema, version attribute 1.0). */
    static final String VERSION = "1.0";
    /** Freight and insurance are declared as totals (flag 3, 总价). */
    static final String TOTAL = "3";
    static final String ADD = "1";
    static final String CHANGE = "2";
    static final String DECLARE = "2";
    /** The goodsInfo of a waybill is C..200. */
    static final int GOODS_INFO = 200;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter APP_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(CHINA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT)
            .withZone(CHINA);

    private final Declarant declarant;
    private final Instant now;

    public AgencyDeclaration(Declarant declarant, Instant now) {
        this.declarant = declarant;
        this.now = now;
    }

    /** The order type each mode declares (E retail, B B2B, W overseas warehouse: CEB-SPEC.md §7.2). */
    public static String orderType(String mode) {
        return switch (mode) {
            case "9710" -> "B";
            case "9810" -> "W";
            default -> "E";
        };
    }

    /** CEB303: the order, under the orderNo it is declared by. */
    public CEB303Message order(String orderNo, ExportOrder order, List<Line> lines, BigDecimal goodsValue,
                               boolean change) {
        OrderHead head = new OrderHead();
        head.setGuid(guid());
        head.setAppType(change ? CHANGE : ADD);
        head.setAppTime(APP_TIME.format(now));
        head.setAppStatus(DECLARE);
        head.setOrderType(orderType(order.mode()));
        head.setOrderNo(orderNo);
        head.setEbpCode(declarant.code());
        head.setEbpName(ebpName(order));
        head.setEbcCode(declarant.code());
        head.setEbcName(declarant.name());
        head.setGoodsValue(goodsValue);
        head.setFreight(order.freight());
        head.setCurrency(order.currency());
        Order record = new Order();
        record.setOrderHead(head);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            OrderList item = new OrderList();
            item.setGnum(i + 1);
            item.setItemNo(line.itemNo());
            item.setItemName(line.itemName());
            item.setUnit(line.unit());
            item.setCurrency(order.currency());
            item.setQty(line.qty());
            item.setPrice(line.price());
            item.setTotalPrice(line.totalPrice());
            record.getOrderList().add(item);
        }
        CEB303Message message = new CEB303Message();
        message.setGuid(guid());
        message.setVersion(VERSION);
        message.getOrder().add(record);
        message.setBaseTransfer(transfer(declarant.code(), declarant.name()));
        return message;
    }

    /** CEB505: the parcel's waybill, in the carrier's name. */
    public CEB505Message waybill(Parcel parcel, ExportOrder order, List<Line> lines, boolean change) {
        Logistics waybill = new Logistics();
        waybill.setGuid(guid());
        waybill.setAppType(change ? CHANGE : ADD);
        waybill.setAppTime(APP_TIME.format(now));
        waybill.setAppStatus(DECLARE);
        waybill.setLogisticsCode(parcel.carrierCode());
        waybill.setLogisticsName(parcel.carrierName());
        waybill.setLogisticsNo(parcel.logisticsNo());
        waybill.setFreight(order.freight());
        waybill.setInsuredFee(BigDecimal.ZERO);
        waybill.setCurrency(order.currency());
        waybill.setGrossWeight(parcel.grossWeightKg());
        waybill.setPackNo(parcel.packNo());
        waybill.setGoodsInfo(goodsInfo(lines));
        waybill.setEbcCode(declarant.code());
        waybill.setEbcName(declarant.name());
        CEB505Message message = new CEB505Message();
        message.setGuid(guid());
        message.setVersion(VERSION);
        message.getLogistics().add(waybill);
        message.setBaseTransfer(transfer(parcel.carrierCode(), parcel.carrierName()));
        return message;
    }

    /** CEB603: the inventory of the order's goods, declared by the platform for the seller. */
    public CEB603Message inventory(String orderNo, String copNo, Owner owner, Parcel parcel, ExportOrder order,
                                   List<Line> lines) {
        InventoryHead head = new InventoryHead();
        head.setGuid(guid());
        head.setAppType(ADD);
        head.setAppTime(APP_TIME.format(now));
        head.setAppStatus(DECLARE);
        head.setCustomsCode(declarant.customsCode());
        head.setEbpCode(declarant.code());
        head.setEbpName(ebpName(order));
        head.setOrderNo(orderNo);
        head.setLogisticsCode(parcel.carrierCode());
        head.setLogisticsName(parcel.carrierName());
        head.setLogisticsNo(parcel.logisticsNo());
        head.setCopNo(copNo);
        head.setIeFlag("E");
        head.setPortCode(declarant.portCode());
        head.setIeDate(DATE.format(now));
        head.setStatisticsFlag(order.statisticsFlag());
        head.setAgentCode(declarant.code());
        head.setAgentName(declarant.name());
        head.setEbcCode(declarant.code());
        head.setEbcName(declarant.name());
        head.setOwnerCode(owner.code());
        head.setOwnerName(owner.name());
        head.setTradeMode(order.mode());
        head.setTrafMode(parcel.trafMode());
        head.setCountry(order.buyerCountry());
        head.setPOD(parcel.pod());
        head.setFreight(order.freight());
        head.setFCurrency(order.currency());
        head.setFFlag(TOTAL);
        head.setInsuredFee(BigDecimal.ZERO);
        head.setICurrency(order.currency());
        head.setIFlag(TOTAL);
        head.setWrapType(parcel.wrapType());
        head.setPackNo(parcel.packNo());
        head.setGrossWeight(parcel.grossWeightKg());
        head.setNetWeight(parcel.netWeightKg());
        Inventory record = new Inventory();
        record.setInventoryHead(head);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            InventoryList item = new InventoryList();
            item.setGnum(i + 1);
            item.setItemNo(line.itemNo());
            item.setItemName(line.itemName());
            item.setGcode(line.gcode());
            item.setGname(line.itemName());
            item.setGmodel(line.gmodel());
            item.setBarCode("无");
            item.setCountry(order.buyerCountry());
            item.setCurrency(order.currency());
            item.setQty(line.qty());
            item.setQty1(line.qty1());
            item.setUnit(line.unit());
            item.setUnit1(line.unit1());
            item.setPrice(line.price());
            item.setTotalPrice(line.totalPrice());
            record.getInventoryList().add(item);
        }
        CEB603Message message = new CEB603Message();
        message.setGuid(guid());
        message.setVersion(VERSION);
        message.getInventory().add(record);
        message.setBaseTransfer(transfer(declarant.code(), declarant.name()));
        return message;
    }

    /** CEB403: the money received for the order, the platform receiving it as the order's consignor. */
    public CEB403Message payment(String orderNo, ExportOrder order, Payment payment, boolean change) {
        Receipts receipt = new Receipts();
        receipt.setGuid(guid());
        receipt.setAppType(change ? CHANGE : ADD);
        receipt.setAppTime(APP_TIME.format(now));
        receipt.setAppStatus(DECLARE);
        receipt.setEbpCode(declarant.code());
        receipt.setEbpName(ebpName(order));
        receipt.setEbcCode(declarant.code());
        receipt.setEbcName(declarant.name());
        receipt.setOrderNo(orderNo);
        receipt.setPayCode(blankToNull(payment.payCode()));
        receipt.setPayName(payment.payName());
        receipt.setPayNo(blankToNull(payment.payNo()));
        receipt.setCharge(payment.charge());
        receipt.setCurrency(order.currency());
        receipt.setAccountingDate(APP_TIME.format(payment.accountingDate()));
        CEB403Message message = new CEB403Message();
        message.setGuid(guid());
        message.setVersion(VERSION);
        message.getReceipts().add(receipt);
        message.setBaseTransfer(transfer(declarant.code(), declarant.name()));
        return message;
    }

    /**
     * CEB701: a summary application of released B inventories named by invtNo, by
     * consignor only (summaryFlag 1), by original item name (itemNameFlag 1), the platform its own broker.
     */
    public CEB701Message summary(String copNo, Instant start, Instant end, List<String> invtNos) {
        SummaryApplyHead head = new SummaryApplyHead();
        head.setGuid(guid());
        head.setAppType(ADD);
        head.setAppTime(APP_TIME.format(now));
        head.setAppStatus(DECLARE);
        head.setCustomsCode(declarant.customsCode());
        head.setCopNo(copNo);
        head.setAgentCode(declarant.code());
        head.setAgentName(declarant.name());
        head.setEbcCode(declarant.code());
        head.setEbcName(declarant.name());
        head.setDeclAgentCode(declarant.code());
        head.setDeclAgentName(declarant.name());
        head.setStartTime(APP_TIME.format(start));
        head.setEndTime(APP_TIME.format(end));
        head.setSummaryFlag("1");
        head.setItemNameFlag("1");
        head.setMsgCount(1);
        head.setMsgSeqNo(1);
        SummaryApply record = new SummaryApply();
        record.setSummaryApplyHead(head);
        for (String invtNo : invtNos) {
            SummaryApplyList item = new SummaryApplyList();
            item.setInvtNo(invtNo);
            record.getSummaryApplyList().add(item);
        }
        CEB701Message message = new CEB701Message();
        message.setGuid(guid());
        message.setVersion(VERSION);
        message.getSummaryApply().add(record);
        message.setBaseTransfer(transfer(declarant.code(), declarant.name()));
        return message;
    }

    /** The waybill's main goods: the lines' names, cut to the field's 200 characters. */
    static String goodsInfo(List<Line> lines) {
        String names = String.join(";", lines.stream().map(Line::itemName).distinct().toList());
        return names.length() <= GOODS_INFO ? names : names.substring(0, GOODS_INFO);
    }

    private String ebpName(ExportOrder order) {
        return "9810".equals(order.mode()) ? order.warehouse() : declarant.name();
    }

    private BaseTransfer transfer(String copCode, String copName) {
        BaseTransfer transfer = new BaseTransfer();
        transfer.setCopCode(copCode);
        transfer.setCopName(copName);
        transfer.setDxpMode("DXP");
        transfer.setDxpId(declarant.dxpId());
        return transfer;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String guid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
