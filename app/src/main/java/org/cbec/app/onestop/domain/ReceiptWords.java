package org.cbec.app.onestop.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A receipt's status and text said in plain words for a seller, in Chinese and English: what the code means, and for
 * a refusal which check failed (the comparison's rule names and customs' codes the receipt text carries), so that a
 * seller who never read the CEB specification knows what to correct.
 */
public final class ReceiptWords {

    /** Plain words in both languages. */
    public record Words(String zh, String en) {
    }

    private static final Map<String, Words> STATUSES = Map.ofEntries(
            Map.entry("1", new Words("电子口岸已暂存", "saved at the e-port, not declared yet")),
            Map.entry("2", new Words("已提交电子口岸，申报中", "received by the e-port, being declared")),
            Map.entry("3", new Words("已发送海关", "sent on to customs")),
            Map.entry("4", new Words("发送海关失败，平台将重发", "could not be sent to customs; it is sent again")),
            Map.entry("100", new Words("海关退单：需要修改后重新申报", "refused by customs: correct the order and send it again")),
            Map.entry("120", new Words("海关已接收入库", "accepted by customs")),
            Map.entry("300", new Words("海关人工审核中", "being reviewed by a customs officer")),
            Map.entry("399", new Words("海关审结，等待放行", "cleared by customs' review, waiting for release")),
            Map.entry("500", new Words("海关查验", "held for inspection")),
            Map.entry("800", new Words("海关放行，可以出境", "released by customs: the goods may leave")),
            Map.entry("899", new Words("已结关：货物已离境", "closed: the goods have left China")),
            Map.entry("-0001", new Words("报文格式错误（平台问题，已报告）", "the message was not well formed (the platform's fault; "
                    + "reported)")),
            Map.entry("-0002", new Words("报文不符合海关格式（平台问题，已报告）", "the message broke customs' schema (the platform's "
                    + "fault; reported)")),
            Map.entry("-1001", new Words("签名校验失败", "its signature did not hold")),
            Map.entry("-10102", new Words("该单据已由其他企业申报", "another enterprise declared this document")));

    /**
     * What a refusal's text says of the check that failed (the comparison's mismatch texts: "order
     * goodsValue+freight/charge 36.50 differs from receipt 30.00"), in plain words.
     */
    private static final Map<String, Words> REASONS = new LinkedHashMap<>();

    static {
        REASONS.put("goodsValue+freight/charge", new Words("收款金额与订单金额（货值+运费）不一致",
                "the payment received is not the order's goods value plus freight"));
        REASONS.put("inventory freight", new Words("清单运费与运单不一致", "the freight differs between the inventory "
                + "and the waybill"));
        REASONS.put("inventory insuredFee", new Words("清单保费与运单不一致", "the insurance differs between the "
                + "inventory and the waybill"));
        REASONS.put("the order has", new Words("清单商品与订单商品不一致", "the goods of the inventory differ from the "
                + "order's"));
        REASONS.put("ebcCode '", new Words("收发货人与订单电商企业不一致", "the consignor differs from the order's"));
        REASONS.put("orderType", new Words("订单类型与监管方式不符", "the order type does not fit the supervision mode"));
        REASONS.put("is not an export mode", new Words("监管方式不是出口方式", "the supervision mode is not an export "
                + "mode"));
        REASONS.put("is not filed with the platform", new Words("企业代码未在海关备案", "an enterprise code is not "
                + "filed with customs"));
        REASONS.put("receipt of payment CEB403", new Words("未收到收款单：请记录收款", "no payment arrived: record the "
                + "payment"));
        REASONS.put("waybill CEB505", new Words("未收到运单", "the carrier's waybill did not arrive"));
        REASONS.put("order CEB303", new Words("未收到订单", "the order did not arrive"));
    }

    /** What the platform itself notes on a timeline. */
    private static final Map<String, Words> PLATFORM = Map.of(
            "BOOKED", new Words("包裹已订舱，运单号已分配", "parcel booked, waybill number given"),
            "QUEUED", new Words("已排队，等待发送至通关服务平台", "queued to be sent to the clearance platform"),
            "RECORDED", new Words("收款已记录", "payment recorded"),
            "CORRECTED", new Words("订单已修改，将重新申报", "order corrected; it is declared again"),
            "RECEIVED", new Words("收到境外货款", "money received from abroad for the order"),
            "SETTLED", new Words("已结汇，人民币计入余额", "converted to CNY and credited to the balance"));

    private ReceiptWords() {
    }

    /** A status in plain words, with the refusal's reasons when the text names any. */
    public static Words of(String status, String info) {
        Words base = STATUSES.getOrDefault(status, PLATFORM.get(status));
        if (base == null && status != null && status.startsWith("HTTP ")) {
            base = new Words("通关服务平台拒收该报文（平台问题，已通知客服）", "the clearance platform refused the message "
                    + "(the platform's fault; its staff are told)");
        } else if (base == null) {
            base = status != null && status.startsWith("-") ? new Words("电子口岸校验未通过", "the e-port's checks refused it")
                    : new Words("回执状态 " + status, "receipt status " + status);
        }
        StringBuilder zh = new StringBuilder(base.zh());
        StringBuilder en = new StringBuilder(base.en());
        if (info != null) {
            REASONS.forEach((phrase, words) -> {
                if (info.contains(phrase)) {
                    zh.append("；").append(words.zh());
                    en.append("; ").append(words.en());
                }
            });
        }
        return new Words(zh.toString(), en.toString());
    }
}
