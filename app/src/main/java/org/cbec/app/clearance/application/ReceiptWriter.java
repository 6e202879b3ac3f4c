package org.cbec.app.clearance.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.schema.import202205.CEB312Message;
import org.cbec.ceb.schema.import202205.CEB412Message;
import org.cbec.ceb.schema.import202205.CEB512Message;
import org.cbec.ceb.schema.import202205.CEB514Message;
import org.cbec.ceb.schema.import202205.CEB622Message;
import org.cbec.ceb.schema.import202205.CEB624Message;
import org.cbec.ceb.schema.import202205.CEB626Message;
import org.cbec.ceb.schema.import202205.CEB712Message;
import org.cbec.ceb.schema.import202205.DeliveryReturn;
import org.cbec.ceb.schema.import202205.InvtCancelReturn;
import org.cbec.ceb.schema.import202205.InvtRefundReturn;
import org.cbec.ceb.schema.import202205.LogisticsStatusReturn;
import org.cbec.ceb.schema.import202205.CEB900Message;
import org.cbec.ceb.schema.import202205.InventoryReturn;
import org.cbec.ceb.schema.import202205.LogisticsReturn;
import org.cbec.ceb.schema.import202205.MessageReturn;
import org.cbec.ceb.schema.import202205.OrderReturn;
import org.cbec.ceb.schema.import202205.PaymentReturn;

/** Writes the official receipt messages (one record each), validated against the XSD by {@link CebWriter}. */
final class ReceiptWriter {

    /** returnTime is China time, yyyyMMddHHmmssSSS. */
    static final DateTimeFormatter RETURN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Shanghai"));

    private static final CebWriter WRITER = new CebWriter();
    /*
     * A record receipt is built from fields of a declaration that has just passed the XSD, a status code and a
     * returnInfo cut to its length: it cannot break the schema, so it is not checked again on the way out
     * (ReceiptWriterTest reads every kind back strictly). CEB900 carries arbitrary text and stays checked.
     */
    private static final CebWriter RECORD_WRITER = new CebWriter(false);
    /** returnInfo is C..1000 in the record receipts and C..5000 in CEB900. */
    private static final int RETURN_INFO = 1000;
    private static final int FORMAT_INFO = 5000;

    private ReceiptWriter() {
    }

    static String returnTime(Instant at) {
        return RETURN_TIME.format(at);
    }

    /** The receipt of one record in the receipt type of its declaration (CEB312, 412, 512, 514, 622, 624, 626, 712). */
    static String record(String receiptType, DeclaredRecord r, String preNo, String status, String info,
                         String returnTime) {
        String text = truncate(info, RETURN_INFO);
        Object message = switch (receiptType) {
            case "CEB312" -> {
                OrderReturn ret = new OrderReturn();
                ret.setGuid(r.recordGuid());
                ret.setEbpCode(r.ebpCode());
                ret.setEbcCode(r.ebcCode());
                ret.setOrderNo(r.orderNo());
                ret.setReturnStatus(status);
                ret.setReturnTime(returnTime);
                ret.setReturnInfo(text);
                CEB312Message m = new CEB312Message();
                m.getOrderReturn().add(ret);
                yield root(m, m::setGuid, m::setVersion);
            }
            case "CEB412" -> {
                PaymentReturn ret = new PaymentReturn();
                ret.setGuid(r.recordGuid());
                ret.setPayCode(r.payCode());
                ret.setPayTransactionId(r.payTransactionId());
                ret.setReturnStatus(status);
                ret.setReturnTime(returnTime);
                ret.setReturnInfo(text);
                CEB412Message m = new CEB412Message();
                m.getPaymentReturn().add(ret);
                yield root(m, m::setGuid, m::setVersion);
            }
            case "CEB512" -> {
                LogisticsReturn ret = new LogisticsReturn();
                ret.setGuid(r.recordGuid());
                ret.setLogisticsCode(r.logisticsCode());
                ret.setLogisticsNo(r.logisticsNo());
                ret.setReturnStatus(status);
                ret.setReturnTime(returnTime);
                ret.setReturnInfo(text);
                CEB512Message m = new CEB512Message();
                m.getLogisticsReturn().add(ret);
                yield root(m, m::setGuid, m::setVersion);
            }
            case "CEB622" -> {
                InventoryReturn ret = new InventoryReturn();
                ret.setGuid(r.recordGuid());
                ret.setCustomsCode(r.customsCode());
                ret.setEbpCode(r.ebpCode());
                ret.setEbcCode(r.ebcCode());
                ret.setAgentCode(r.agentCode());
                ret.setCopNo(r.copNo());
                ret.setPreNo(preNo);
                ret.setInvtNo(r.invtNo());
                ret.setReturnStatus(status);
                ret.setReturnTime(returnTime);
                ret.setReturnInfo(text);
                CEB622Message m = new CEB622Message();
                m.getInventoryReturn().add(ret);
                yield root(m, m::setGuid, m::setVersion);
            }
            case "CEB514" -> {
                LogisticsStatusReturn ret = new LogisticsStatusReturn();
                ret.setGuid(r.recordGuid());
                ret.setLogisticsCode(r.logisticsCode());
                ret.setLogisticsNo(r.logisticsNo());
                // the only status the spec knows: signed for
                ret.setLogisticsStatus("S");
                ret.setReturnStatus(status);
                ret.setReturnTime(returnTime);
                ret.setReturnInfo(text);
                CEB514Message m = new CEB514Message();
                m.getLogisticsStatusReturn().add(ret);
                yield root(m, m::setGuid, m::setVersion);
            }
            case "CEB624" -> {
                InvtCancelReturn ret = new InvtCancelReturn();
                ret.setGuid(r.recordGuid());
                ret.setCustomsCode(r.customsCode());
                ret.setAgentCode(r.agentCode());
                ret.setEbpCode(r.ebpCode());
                ret.setEbcCode(r.ebcCode());
                ret.setCopNo(r.copNo());
                ret.setPreNo(preNo);
                ret.setInvtNo(r.invtNo());
                ret.setReturnStatus(status);
                ret.setReturnTime(returnTime);
                ret.setReturnInfo(text);
                CEB624Message m = new CEB624Message();
                m.getInvtCancelReturn().add(ret);
                yield root(m, m::setGuid, m::setVersion);
            }
            case "CEB626" -> {
                InvtRefundReturn ret = new InvtRefundReturn();
                ret.setGuid(r.recordGuid());
                ret.setCustomsCode(r.customsCode());
                ret.setAgentCode(r.agentCode());
                ret.setEbpCode(r.ebpCode());
                ret.setEbcCode(r.ebcCode());
                ret.setCopNo(r.copNo());
                ret.setPreNo(preNo);
                ret.setInvtNo(r.invtNo());
                ret.setReturnStatus(status);
                ret.setReturnTime(returnTime);
                ret.setReturnInfo(text);
                CEB626Message m = new CEB626Message();
                m.getInvtRefundReturn().add(ret);
                yield root(m, m::setGuid, m::setVersion);
            }
            case "CEB712" -> {
                DeliveryReturn ret = new DeliveryReturn();
                ret.setGuid(r.recordGuid());
                ret.setCustomsCode(r.customsCode());
                ret.setOperatorCode(r.operatorCode());
                ret.setCopNo(r.copNo());
                ret.setPreNo(preNo);
                ret.setReturnStatus(status);
                ret.setReturnTime(returnTime);
                ret.setReturnInfo(text);
                CEB712Message m = new CEB712Message();
                m.getDeliveryReturn().add(ret);
                yield root(m, m::setGuid, m::setVersion);
            }
            default -> throw new IllegalArgumentException("no receipt writer for " + receiptType);
        };
        return new String(RECORD_WRITER.write(message), StandardCharsets.UTF_8);
    }

    /** CEB900: the format receipt of a message that could not be read; it carries the original message. */
    static String formatReceipt(String status, String info, String copMsgId, String messageType, String original,
                                String returnTime) {
        MessageReturn ret = new MessageReturn();
        ret.setGuid(newGuid());
        ret.setReturnStatus(status);
        ret.setReturnInfo(truncate(info, FORMAT_INFO));
        ret.setReturnTime(returnTime);
        ret.setOriCopMsgId(copMsgId);
        ret.setOriMessageType(messageType == null ? "Unknown" : messageType);
        ret.setOriBizMessage(xmlSafe(original));
        CEB900Message m = new CEB900Message();
        m.setMessageReturn(ret);
        root(m, m::setGuid, m::setVersion);
        return new String(WRITER.write(m), StandardCharsets.UTF_8);
    }

    private static Object root(Object message, java.util.function.Consumer<String> guid,
                               java.util.function.Consumer<String> version) {
        guid.accept(newGuid());
        version.accept("1.0");
        return message;
    }

    /** The original may hold bytes XML cannot carry (a sender's garbage): those become U+FFFD. */
    private static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)
                ? c : 0xFFFD));
        return out.toString();
    }

    /** The spec's guid: 36 characters, upper case. */
    static String newGuid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
