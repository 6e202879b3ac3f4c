package org.cbec.ceb.pay179;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The payment raw data a platform uploads when customs asks for it under announcement 2018 No.179
 * (CEB-SPEC.md §9): member names and order as the working interface uses them, including the official spellings
 * {@code initalRequest}, {@code initalResponse} and {@code payExchangeInfoLists}.
 */
@JsonPropertyOrder({"sessionID", "payExchangeInfoHead", "payExchangeInfoLists", "serviceTime"})
public record PayExchangeInfo(String sessionID, Head payExchangeInfoHead, List<Line> payExchangeInfoLists,
                              String serviceTime) {

    /** The payment: the original request to and response from the payment company. */
    @JsonPropertyOrder({"guid", "initalRequest", "initalResponse", "ebpCode", "payCode", "payTransactionId",
            "totalAmount", "currency", "verDept", "payType", "tradingTime", "note"})
    public record Head(String guid, String initalRequest, String initalResponse, String ebpCode, String payCode,
                       String payTransactionId, BigDecimal totalAmount, String currency, String verDept,
                       String payType, String tradingTime, String note) {
    }

    /** One order paid by the payment, with its goods and the receiving account. */
    @JsonPropertyOrder({"orderNo", "goodsInfo", "recpAccount", "recpCode", "recpName"})
    public record Line(String orderNo, List<Goods> goodsInfo, String recpAccount, String recpCode, String recpName) {
    }

    @JsonPropertyOrder({"gname", "itemLink"})
    public record Goods(String gname, String itemLink) {
    }
}
