package org.cbec.app.onestop.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The products sellers file (one per model and seller), what the tariff flagged, and their review. */
@Repository
public class ProductRepository {

    private final JdbcClient jdbc;

    public ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A product as stored. */
    public record StoredProduct(long id, long sellerId, String body, String flags, BigDecimal refundRate,
                                String status, String reason, String reviewer, Instant filedAt, Instant decidedAt) {
    }

    /** Inserts a product; empty when the seller filed this model already (a race too). */
    public Optional<Long> insert(long sellerId, String model, String hsCode, String body, String flags,
                                 BigDecimal refundRate, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_product (seller_id, model, hs_code, body, flags, refund_rate, "
                        + "status, filed_at) values (?, ?, ?, ?, ?, ?, 'PENDING', ?) on conflict do nothing")
                .params(sellerId, model, hsCode, body, flags, refundRate, Timestamp.from(at)).update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public Optional<StoredProduct> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(ProductRepository::row).optional();
    }

    /** Decides a pending product; false when it was decided already. */
    public boolean decide(long id, String status, String reason, String reviewer, Instant at) {
        return Reviewed.decide(jdbc, "onestop_product", id, status, reason, reviewer, at);
    }

    /** A seller's products, newest first, a page. */
    public List<StoredProduct> ofSeller(long sellerId, int offset, int limit) {
        return jdbc.sql(SELECT + "where seller_id = ? order by id desc offset " + offset + " rows fetch next " + limit
                + " rows only").param(sellerId).query(ProductRepository::row).list();
    }

    /** Every seller's products in a status, oldest first, a page: the reviewers' queue. */
    public List<StoredProduct> inStatus(String status, int offset, int limit) {
        return jdbc.sql(SELECT + "where status = ? order by id offset " + offset + " rows fetch next " + limit
                + " rows only").param(status).query(ProductRepository::row).list();
    }

    private static final String SELECT = "select id, seller_id, body, flags, refund_rate, status, reason, reviewer, "
            + "filed_at, decided_at from onestop_product ";

    private static StoredProduct row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp(10);
        return new StoredProduct(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getBigDecimal(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), decided == null ? null : decided.toInstant());
    }
}
