package org.cbec.app.onestop.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Sellers' sign-ups (their application as JSON), their review, and the hash of each seller's token. */
@Repository
public class SellerRepository {

    private final JdbcClient jdbc;

    public SellerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A seller as stored: its number, its application's JSON, where its review stands. */
    public record StoredSeller(long id, String body, String status, String reason, String reviewer,
                               Instant submittedAt, Instant decidedAt) {
    }

    /** Inserts a sign-up; empty when its credit code or identity number has signed up already (a race too). */
    public Optional<Long> insert(String kind, String identity, String body, String tokenHash, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_seller (kind, identity_no, body, status, token_hash, "
                        + "submitted_at) values (?, ?, ?, 'PENDING', ?, ?) on conflict do nothing")
                .params(kind, identity, body, tokenHash, Timestamp.from(at)).update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public Optional<StoredSeller> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(SellerRepository::row).optional();
    }

    public Optional<StoredSeller> byToken(String tokenHash) {
        return jdbc.sql(SELECT + "where token_hash = ?").param(tokenHash).query(SellerRepository::row).optional();
    }

    /** The seller of a credit code or identity number. */
    public Optional<StoredSeller> byIdentity(String identity) {
        return jdbc.sql(SELECT + "where identity_no = ?").param(identity).query(SellerRepository::row).optional();
    }

    /** Replaces a seller's token (a lost one stops working at once); false for no such seller. */
    public boolean token(long id, String tokenHash) {
        return jdbc.sql("update onestop_seller set token_hash = ? where id = ?").params(tokenHash, id).update() > 0;
    }

    /** Decides a pending sign-up; false when it was decided already (by another reviewer at the same moment). */
    public boolean decide(long id, String status, String reason, String reviewer, Instant at) {
        return Reviewed.decide(jdbc, "onestop_seller", id, status, reason, reviewer, at);
    }

    /** The sellers who take their export VAT a way (REFUND, EXEMPT). */
    public List<Long> withRefundMethod(String method) {
        return jdbc.sql("select id from onestop_seller where refund_method = ? order by id").param(method)
                .query(Long.class).list();
    }

    /** A seller's credit code or identity number. */
    public String identityOf(long id) {
        return jdbc.sql("select identity_no from onestop_seller where id = ?").param(id).query(String.class).single();
    }

    /** Sign-ups in a status, oldest first, a page. */
    public List<StoredSeller> inStatus(String status, int offset, int limit) {
        return jdbc.sql(SELECT + "where status = ? order by id offset " + offset + " rows fetch next " + limit
                + " rows only").param(status).query(SellerRepository::row).list();
    }

    private static final String SELECT = "select id, body, status, reason, reviewer, submitted_at, decided_at "
            + "from onestop_seller ";

    private static StoredSeller row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp(7);
        return new StoredSeller(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), decided == null ? null : decided.toInstant());
    }
}
