package org.cbec.ceb.dxp;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.cbec.ceb.CebError;
import org.cbec.ceb.CebFormatException;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.schema.dxp.Data;
import org.cbec.ceb.schema.dxp.DxpMsg;
import org.cbec.ceb.schema.dxp.DxpMsgSv;
import org.cbec.ceb.schema.dxp.SvNoType;
import org.cbec.ceb.schema.dxp.TransInfoType;

/**
 * The DXP terminal-node envelope (CEB-SPEC.md §5): a signed business message, Base64 in {@code Data}, with the
 * sender's and receivers' DXP ids, the sender's own message id ({@code CopMsgId}) and the business root name as
 * {@code MsgType}. Thread-safe.
 */
public final class DxpEnvelope {

    /** China time: {@code CreatTime} is local time at E-Port, without an offset. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter CREAT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final CebReader reader;
    private final CebWriter writer = new CebWriter();

    public DxpEnvelope() {
        this(new CebReader());
    }

    public DxpEnvelope(CebReader reader) {
        this.reader = reader;
    }

    /**
     * Wraps a business message. The receiver defaults to the customs DXP id of the message's side when
     * {@code receiverIds} is empty.
     *
     * @throws CebFormatException when the message is not a valid CEB message, or the ids break the DXP XSD
     */
    public byte[] wrap(byte[] businessMessage, String senderId, List<String> receiverIds, String copMsgId,
                       String fileName) {
        ReadResult inner = reader.read(businessMessage);
        MessageType type = inner.orThrow().type();
        if (type.side() == org.cbec.ceb.Side.DXP) {
            throw new CebFormatException(List.of(CebError.ofDocument("dxp", "an envelope cannot wrap an envelope")));
        }
        DxpMsg envelope = new DxpMsg();
        envelope.setVer("1.0");
        TransInfoType info = new TransInfoType();
        info.setCopMsgId(copMsgId == null ? UUID.randomUUID().toString() : copMsgId);
        info.setSenderId(senderId);
        TransInfoType.ReceiverIds receivers = new TransInfoType.ReceiverIds();
        receivers.getReceiverId().addAll(receiverIds.isEmpty() ? List.of(type.side().customsDxpId()) : receiverIds);
        info.setReceiverIds(receivers);
        info.setCreatTime(creatTime(LocalDateTime.now(CHINA)));
        info.setMsgType(type.rootElement());
        envelope.setTransInfo(info);
        Data data = new Data();
        data.setValue(businessMessage);
        envelope.setData(data);
        if (fileName != null) {
            org.cbec.ceb.schema.dxp.AddInfo addInfo = new org.cbec.ceb.schema.dxp.AddInfo();
            addInfo.setFileName(fileName);
            envelope.setAddInfo(addInfo);
        }
        return writer.write(envelope);
    }

    /**
     * Opens an envelope: its transport data and the business message it carries, byte for byte. A transport-node
     * envelope (DxpMsgSv, as deliveries between DXP servers arrive) is opened to the DxpMsg inside it.
     */
    public Unwrapped unwrap(byte[] envelopeXml) {
        ReadResult result = reader.read(envelopeXml);
        Object body = result.orThrow().body();
        DxpMsg envelope;
        if (body instanceof DxpMsgSv transport) {
            envelope = transport.getDxpMsg();
        } else if (body instanceof DxpMsg terminal) {
            envelope = terminal;
        } else {
            throw new CebFormatException(List.of(CebError.ofDocument(CebError.UNKNOWN_MESSAGE_TYPE,
                    "expected a DxpMsg or DxpMsgSv envelope, found " + result.message().type().rootElement())));
        }
        TransInfoType info = envelope.getTransInfo();
        LocalDateTime created = info.getCreatTime().toGregorianCalendar().toZonedDateTime()
                .withZoneSameLocal(CHINA).toLocalDateTime();
        return new Unwrapped(info.getCopMsgId(), info.getSenderId(), List.copyOf(info.getReceiverIds().getReceiverId()),
                info.getMsgType(), created, envelope.getData().getValue());
    }

    /**
     * Puts a terminal envelope in a transport-node envelope, as a DXP server forwards it to the next one.
     *
     * @param msgId the exchange's own id of the message (8-character node id, time, serial; at most 32)
     */
    public byte[] wrapForTransport(byte[] terminalEnvelope, String msgId, String startNode, String endNode) {
        DxpMsgSv transport = new DxpMsgSv();
        transport.setVer("1.0");
        SvNoType svNo = new SvNoType();
        svNo.setVer("1.0");
        svNo.setMsgId(msgId);
        svNo.setSendTime(creatTime(LocalDateTime.now(CHINA)));
        svNo.setStaNode(startNode);
        svNo.setEndNode(endNode);
        transport.setSvNo(svNo);
        transport.setDxpMsg(reader.read(terminalEnvelope).orThrow().body(DxpMsg.class));
        return writer.write(transport);
    }

    /** What an envelope carries. */
    public record Unwrapped(String copMsgId, String senderId, List<String> receiverIds, String msgType,
                            LocalDateTime createTime, byte[] data) {
    }

    private static XMLGregorianCalendar creatTime(LocalDateTime time) {
        try {
            XMLGregorianCalendar value = DatatypeFactory.newInstance().newXMLGregorianCalendar(time.format(CREAT_TIME));
            value.setTimezone(DatatypeConstants.FIELD_UNDEFINED);
            return value;
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
