package org.cbec.app.onestop.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sellers' export orders as taken in (the order as JSON), one per seller's order number. */
@Repository
public class OrderRepository {

    private final JdbcClient jdbc;

    public OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An order as stored. */
    public record StoredOrder(long id, long sellerId, String orderNo, String body, String status, Instant createdAt) {
    }

    /** Inserts an order; false when the seller has one of this number already (a race too). */
    public boolean insert(long sellerId, String orderNo, String mode, String currency, BigDecimal goodsValue,
                          String body, Instant at) {
        return jdbc.sql("insert into onestop_order (seller_id, order_no, mode, currency, goods_value, body, status, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, 'RECEIVED', ?) on conflict do nothing")
                .params(sellerId, orderNo, mode, currency, goodsValue, body, Timestamp.from(at)).update() > 0;
    }

    public Optional<StoredOrder> find(long sellerId, String orderNo) {
        return jdbc.sql(SELECT + "where seller_id = ? and order_no = ?").params(sellerId, orderNo)
                .query(OrderRepository::row).optional();
    }

    /** A seller's orders, newest first, a page. */
    public List<StoredOrder> ofSeller(long sellerId, int offset, int limit) {
        return jdbc.sql(SELECT + "where seller_id = ? order by id desc offset " + offset + " rows fetch next " + limit
                + " rows only").param(sellerId).query(OrderRepository::row).list();
    }

    /** The ids of a seller's approved products. */
    public Set<Long> approvedProducts(long sellerId) {
        return Set.copyOf(jdbc.sql("select id from onestop_product where seller_id = ? and status = 'APPROVED'")
                .param(sellerId).query(Long.class).list());
    }

    private static final String SELECT = "select id, seller_id, order_no, body, status, created_at from onestop_order ";

    private static StoredOrder row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredOrder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
