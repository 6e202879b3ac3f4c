package org.cbec.app.clearance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The raw message store and the declared records. */
@Repository
public class IntakeRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public IntakeRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** Which of these record guids were already taken for this message type. */
    public Set<String> seen(String messageType, Collection<String> recordGuids) {
        if (recordGuids.isEmpty()) {
            return Set.of();
        }
        // by the guid alone: H2 then takes the guid index rather than the primary key's first column
        return new HashSet<>(jdbc.sql("select message_type, record_guid from declared_record "
                        + "where record_guid in (:guids)")
                .param("guids", recordGuids)
                .query((rs, n) -> messageType.equals(rs.getString(1)) ? rs.getString(2) : null).list().stream()
                .filter(java.util.Objects::nonNull).toList());
    }

    /** Records the records taken from one message, in one JDBC batch. */
    public void insertRecords(String messageType, List<DeclaredRecord> records, String rawId, String senderCode,
                              Instant at) {
        Timestamp receivedAt = Timestamp.from(at);
        batch.batchUpdate("insert into declared_record (message_type, record_guid, raw_message, sender_code, "
                        + "app_type, app_status, order_no, ebp_code, logistics_no, logistics_code, cop_no, "
                        + "received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                records.stream().map(r -> new Object[] {messageType, r.recordGuid(), rawId, senderCode, r.appType(),
                    r.appStatus(), r.orderNo(), r.ebpCode(), r.logisticsNo(), r.logisticsCode(), r.copNo(),
                    receivedAt}).toList());
    }
}
