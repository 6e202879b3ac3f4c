package org.cbec.app.clearance.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.shared.persistence.KeyArrays;
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

    /**
     * Stores a message exactly as received, with what became of it: in the transaction that takes its records (so
     * that a 202 and the message commit together), or in one of its own for a refusal or a failure. The same bytes
     * sent again by the same sender are stored as a reference to the first copy.
     *
     * @param signatureMode how its signature held, or null
     */
    public void store(String id, String senderCode, Instant receivedAt, byte[] body, String messageType,
                      String messageGuid, String outcome, String info, String signatureMode) {
        insert(id, senderCode, receivedAt, body, messageType, messageGuid, outcome, info, signatureMode, "");
    }

    /** As {@link #store}, unless the message is stored already (a failure after its records were taken). */
    public void storeIfAbsent(String id, String senderCode, Instant receivedAt, byte[] body, String outcome,
                              String info) {
        insert(id, senderCode, receivedAt, body, null, null, outcome, info, null, " on conflict do nothing");
    }

    private void insert(String id, String senderCode, Instant receivedAt, byte[] body, String messageType,
                        String messageGuid, String outcome, String info, String signatureMode, String onConflict) {
        String digest = sha256(body);
        String first = jdbc.sql("select id from raw_message where sender_code = ? and body_sha256 = ? "
                        + "and duplicate_of is null fetch first 1 rows only")
                .params(senderCode, digest).query(String.class).optional().orElse(null);
        jdbc.sql("insert into raw_message (id, sender_code, received_at, size_bytes, body, body_sha256, duplicate_of, "
                        + "message_type, message_guid, outcome, outcome_info, signature_mode) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + onConflict)
                .params(id, senderCode, Timestamp.from(receivedAt), body.length, first == null ? body : null, digest,
                        first, messageType, messageGuid, outcome, info == null || info.length() <= 2000 ? info
                                : info.substring(0, 2000), signatureMode).update();
    }

    private static String sha256(byte[] body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** What became of a message, for its sender only. */
    public Optional<Map<String, Object>> status(String senderCode, String id) {
        return jdbc.sql("select id, received_at, size_bytes, message_type, message_guid, outcome, outcome_info, "
                        + "signature_mode, duplicate_of from raw_message where id = ? and sender_code = ?")
                .params(id, senderCode).query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("intakeId", rs.getString("id"));
                    m.put("receivedAt", rs.getTimestamp("received_at").toInstant().toString());
                    m.put("sizeBytes", rs.getInt("size_bytes"));
                    m.put("messageType", rs.getString("message_type"));
                    m.put("guid", rs.getString("message_guid"));
                    m.put("outcome", rs.getString("outcome"));
                    m.put("outcomeInfo", rs.getString("outcome_info"));
                    m.put("signatureMode", rs.getString("signature_mode"));
                    m.put("duplicateOf", rs.getString("duplicate_of"));
                    return m;
                }).optional();
    }

    /** The bytes of a stored message, through the first copy when it was stored as a duplicate. */
    public byte[] rawBody(String id) {
        return jdbc.sql("select coalesce(m.body, f.body) from raw_message m left join raw_message f "
                + "on f.id = m.duplicate_of where m.id = ?").param(id).query(byte[].class).single();
    }

    /** Which of these record guids were already taken for this message type. */
    public Set<String> seen(String messageType, Collection<String> recordGuids) {
        if (recordGuids.isEmpty()) {
            return Set.of();
        }
        // each guid under this type: the primary key finds them, and no index on the guid alone has to be kept up
        // at every record taken (V2_15)
        List<String> guids = List.copyOf(new LinkedHashSet<>(recordGuids));
        return new HashSet<>(jdbc.sql("select record_guid from declared_record "
                        + KeyArrays.join("message_type", "record_guid"))
                .params(KeyArrays.of(guids, g -> messageType, g -> g))
                .query(String.class).list());
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
