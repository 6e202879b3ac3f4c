package org.cbec.app.clearance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The raw message store and the declared records. */
@Repository
public class IntakeRepository {

    private final JdbcClient jdbc;

    public IntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a message exactly as received; called in a transaction of its own, before anything else. */
    public void storeRaw(String id, String senderCode, Instant receivedAt, byte[] body) {
        jdbc.sql("insert into raw_message (id, sender_code, received_at, size_bytes, body, outcome) "
                        + "values (?, ?, ?, ?, ?, 'RECEIVED')")
                .params(id, senderCode, Timestamp.from(receivedAt), body.length, body).update();
    }

    public void outcome(String id, String messageType, String messageGuid, String outcome, String info) {
        jdbc.sql("update raw_message set message_type = ?, message_guid = ?, outcome = ?, outcome_info = ? "
                        + "where id = ?")
                .params(messageType, messageGuid, outcome, info == null || info.length() <= 2000 ? info
                        : info.substring(0, 2000), id)
                .update();
    }

    public byte[] rawBody(String id) {
        return jdbc.sql("select body from raw_message where id = ?").param(id).query(byte[].class).single();
    }

    public boolean recordSeen(String messageType, String recordGuid) {
        return jdbc.sql("select count(*) from declared_record where message_type = ? and record_guid = ?")
                .params(messageType, recordGuid).query(Integer.class).single() > 0;
    }

    public void insertRecord(String messageType, DeclaredRecord r, String rawId, String senderCode, Instant at) {
        jdbc.sql("insert into declared_record (message_type, record_guid, raw_message, sender_code, app_type, "
                        + "app_status, order_no, ebp_code, logistics_no, logistics_code, cop_no, received_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(messageType, r.recordGuid(), rawId, senderCode, r.appType(), r.appStatus(), r.orderNo(),
                        r.ebpCode(), r.logisticsNo(), r.logisticsCode(), r.copNo(), Timestamp.from(at))
                .update();
    }
}
