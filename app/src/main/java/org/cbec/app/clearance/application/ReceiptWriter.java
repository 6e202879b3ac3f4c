package org.cbec.app.clearance.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Receipts;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.schema.import202205.CEB312Message;
import org.cbec.ceb.schema.import202205.CEB412Message;
import org.cbec.ceb.schema.import202205.CEB512Message;
import org.cbec.ceb.schema.import202205.CEB514Message;
import org.cbec.ceb.schema.import202205.CEB622Message;
import org.cbec.ceb.schema.import202205.CEB624Message;
import org.cbec.ceb.schema.import202205.CEB626Message;
import org.cbec.ceb.schema.import202205.CEB712Message;
import org.cbec.ceb.schema.import202205.CEB900Message;
import org.cbec.ceb.schema.import202205.DeliveryReturn;
import org.cbec.ceb.schema.import202205.InventoryReturn;
import org.cbec.ceb.schema.import202205.InvtCancelReturn;
import org.cbec.ceb.schema.import202205.InvtRefundReturn;
import org.cbec.ceb.schema.import202205.LogisticsReturn;
import org.cbec.ceb.schema.import202205.LogisticsStatusReturn;
import org.cbec.ceb.schema.import202205.MessageReturn;
import org.cbec.ceb.schema.import202205.OrderReturn;
import org.cbec.ceb.schema.import202205.PaymentReturn;

/** Writes the official receipt messages (one record each), validated against the XSD by {@link CebWriter}. */
final class ReceiptWriter {


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
    /**
     * A CEB900 quotes the refused message up to this many characters: the whole of one near the 10 MiB limit
     * would make a receipt over the reader's limit, and the platform keeps the original anyway.
     */
    static final int QUOTED_ORIGINAL = 64 * 1024;

    private ReceiptWriter() {
    }

    static String returnTime(Instant at) {
        return Receipts.returnTime(at);
    }

    /** A record receipt type: its message, its return entity, and how one goes into the other. */
    private record Kind<M, R>(Supplier<M> message, Supplier<R> entity, Function<M, List<R>> entities,
                              BiConsumer<M, String> guid, BiConsumer<M, String> version) {
        Object build(Map<String, String> fields) {
            M m = message.get();
            R r = entity.get();
            Setters.fill(r, fields);
            entities.apply(m).add(r);
            guid.accept(m, newGuid());
            version.accept(m, "1.0");
            return m;
        }
    }

    private static final Map<String, Kind<?, ?>> KINDS = Map.ofEntries(
            Map.entry("CEB312", new Kind<>(CEB312Message::new, OrderReturn::new, CEB312Message::getOrderReturn,
                    CEB312Message::setGuid, CEB312Message::setVersion)),
            Map.entry("CEB412", new Kind<>(CEB412Message::new, PaymentReturn::new, CEB412Message::getPaymentReturn,
                    CEB412Message::setGuid, CEB412Message::setVersion)),
            Map.entry("CEB512", new Kind<>(CEB512Message::new, LogisticsReturn::new, CEB512Message::getLogisticsReturn,
                    CEB512Message::setGuid, CEB512Message::setVersion)),
            Map.entry("CEB514", new Kind<>(
                    CEB514Message::new,
                    LogisticsStatusReturn::new,
                    CEB514Message::getLogisticsStatusReturn,
                    CEB514Message::setGuid,
                    CEB514Message::setVersion)),
            Map.entry("CEB622", new Kind<>(CEB622Message::new, InventoryReturn::new, CEB622Message::getInventoryReturn,
                    CEB622Message::setGuid, CEB622Message::setVersion)),
            Map.entry("CEB624", new Kind<>(
                    CEB624Message::new,
                    InvtCancelReturn::new,
                    CEB624Message::getInvtCancelReturn,
                    CEB624Message::setGuid,
                    CEB624Message::setVersion)),
            Map.entry("CEB626", new Kind<>(
                    CEB626Message::new,
                    InvtRefundReturn::new,
                    CEB626Message::getInvtRefundReturn,
                    CEB626Message::setGuid,
                    CEB626Message::setVersion)),
            Map.entry("CEB712", new Kind<>(CEB712Message::new, DeliveryReturn::new, CEB712Message::getDeliveryReturn,
                    CEB712Message::setGuid, CEB712Message::setVersion)),
            Map.entry("CEB304", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB304Message::new,
                    org.cbec.ceb.schema.export202205.OrderReturn::new,
                    org.cbec.ceb.schema.export202205.CEB304Message::getOrderReturn,
                    org.cbec.ceb.schema.export202205.CEB304Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB304Message::setVersion)),
            Map.entry("CEB404", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB404Message::new,
                    org.cbec.ceb.schema.export202205.ReceiptsReturn::new,
                    org.cbec.ceb.schema.export202205.CEB404Message::getReceiptsReturn,
                    org.cbec.ceb.schema.export202205.CEB404Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB404Message::setVersion)),
            Map.entry("CEB506", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB506Message::new,
                    org.cbec.ceb.schema.export202205.LogisticsReturn::new,
                    org.cbec.ceb.schema.export202205.CEB506Message::getLogisticsReturn,
                    org.cbec.ceb.schema.export202205.CEB506Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB506Message::setVersion)),
            Map.entry("CEB508", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB508Message::new,
                    org.cbec.ceb.schema.export202205.ArrivalReturn::new,
                    org.cbec.ceb.schema.export202205.CEB508Message::getArrivalReturn,
                    org.cbec.ceb.schema.export202205.CEB508Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB508Message::setVersion)),
            Map.entry("CEB510", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB510Message::new,
                    org.cbec.ceb.schema.export202205.DepartureReturn::new,
                    org.cbec.ceb.schema.export202205.CEB510Message::getDepartureReturn,
                    org.cbec.ceb.schema.export202205.CEB510Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB510Message::setVersion)),
            Map.entry("CEB604", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB604Message::new,
                    org.cbec.ceb.schema.export202205.InventoryReturn::new,
                    org.cbec.ceb.schema.export202205.CEB604Message::getInventoryReturn,
                    org.cbec.ceb.schema.export202205.CEB604Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB604Message::setVersion)),
            Map.entry("CEB606", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB606Message::new,
                    org.cbec.ceb.schema.export202205.InvtCancelReturn::new,
                    org.cbec.ceb.schema.export202205.CEB606Message::getInvtCancelReturn,
                    org.cbec.ceb.schema.export202205.CEB606Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB606Message::setVersion)),
            Map.entry("CEB702", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB702Message::new,
                    org.cbec.ceb.schema.export202205.SummaryReturn::new,
                    org.cbec.ceb.schema.export202205.CEB702Message::getSummaryReturn,
                    org.cbec.ceb.schema.export202205.CEB702Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB702Message::setVersion)),
            Map.entry("CEB608", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB608Message::new,
                    org.cbec.ceb.schema.export202205.WayBillReturn::new,
                    org.cbec.ceb.schema.export202205.CEB608Message::getWayBillReturn,
                    org.cbec.ceb.schema.export202205.CEB608Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB608Message::setVersion)),
            Map.entry("CEB214", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB214Message::new,
                    org.cbec.ceb.schema.export202205.RefundReturn::new,
                    org.cbec.ceb.schema.export202205.CEB214Message::getRefundReturn,
                    org.cbec.ceb.schema.export202205.CEB214Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB214Message::setVersion)),
            Map.entry("CEB216", new Kind<>(
                    org.cbec.ceb.schema.export202205.CEB216Message::new,
                    org.cbec.ceb.schema.export202205.InvtRefundDetailReturn::new,
                    org.cbec.ceb.schema.export202205.CEB216Message::getInvtRefundDetailReturn,
                    org.cbec.ceb.schema.export202205.CEB216Message::setGuid,
                    org.cbec.ceb.schema.export202205.CEB216Message::setVersion)));

    /**
     * The receipt of one record in the receipt type of its declaration (CEB312, 412, 512, 514, 622, 624, 626, 712).
     * Each return entity carries the keys of the record it answers: every field of the record that the entity
     * has is copied into it by name, the spec's names on both sides.
     */
    static String record(String receiptType, DeclaredRecord r, String preNo, String status, String info,
                         String returnTime) {
        Kind<?, ?> kind = KINDS.get(receiptType);
        if (kind == null) {
            throw new IllegalArgumentException("no receipt writer for " + receiptType);
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("guid", r.recordGuid());
        fields.put("customsCode", r.customsCode());
        fields.put("ebpCode", r.ebpCode());
        fields.put("ebcCode", r.ebcCode());
        fields.put("orderNo", r.orderNo());
        fields.put("payCode", r.payCode());
        fields.put("payTransactionId", r.payTransactionId());
        fields.put("logisticsCode", r.logisticsCode());
        fields.put("logisticsNo", r.logisticsNo());
        // the only waybill status the spec knows: signed for
        fields.put("logisticsStatus", "S");
        fields.put("agentCode", r.agentCode());
        fields.put("operatorCode", r.operatorCode());
        fields.put("copNo", r.copNo());
        fields.put("preNo", preNo);
        fields.put("invtNo", r.invtNo());
        fields.put("returnStatus", status);
        fields.put("returnTime", returnTime);
        fields.put("returnInfo", truncate(info, RETURN_INFO));
        if (r.more() != null) {
            fields.putAll(r.more());
        }
        if ("CEB604".equals(receiptType) && r.invtNo() == null) {
            // the export XSD requires invtNo in every CEB604, also before customs numbers the inventory at 120
            fields.put("invtNo", "");
        }
        return new String(RECORD_WRITER.write(kind.build(fields)), StandardCharsets.UTF_8);
    }

    /** CEB900: the format receipt of a message that could not be read; it carries the original message. */
    static String formatReceipt(String guid, String status, String info, String copMsgId, String messageType,
                                String original, String returnTime) {
        MessageReturn ret = new MessageReturn();
        ret.setGuid(guid);
        ret.setReturnStatus(status);
        ret.setReturnInfo(truncate(info, FORMAT_INFO));
        ret.setReturnTime(returnTime);
        ret.setOriCopMsgId(copMsgId);
        ret.setOriMessageType(messageType == null ? "Unknown" : messageType);
        ret.setOriBizMessage(xmlSafe(original.length() <= QUOTED_ORIGINAL ? original
                : original.substring(0, QUOTED_ORIGINAL) + "…[" + original.length()
                + " characters in all: the platform keeps the whole message]"));
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
        return Receipts.newGuid();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
