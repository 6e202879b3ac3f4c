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

    /**
     * An order as stored, with its declaration: the orderNo it is declared under, its attempt, its parcel as booked
     * (carrier, waybill number, the booking as JSON, the logistics fee in CNY), its payment (JSON), the last status
     * of its inventory and the invtNo customs gave it.
     */
    public record StoredOrder(long id, long sellerId, String orderNo, String body, String status, Instant createdAt,
                              String declaredNo, int attempt, Long carrierId, String logisticsNo, String parcel,
                              BigDecimal logisticsFee, String payment, String inventoryStatus, String invtNo) {
    }

    /** Inserts an order; false when the seller has one of this number already (a race too). */
    public boolean insert(long sellerId, String orderNo, String mode, String statisticsFlag, String currency,
                          BigDecimal goodsValue, BigDecimal charged, String buyerName, String body, Instant at) {
        return jdbc.sql("insert into onestop_order (seller_id, order_no, mode, statistics_flag, currency, goods_value, "
                        + "charged, buyer_name, body, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "'RECEIVED', ?) on conflict do nothing")
                .params(sellerId, orderNo, mode, statisticsFlag, currency, goodsValue, charged, buyerName, body,
                        Timestamp.from(at)).update() > 0;
    }

    public Optional<StoredOrder> byId(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(OrderRepository::row).optional();
    }

    public Optional<StoredOrder> byDeclaredNo(String declaredNo) {
        return jdbc.sql(SELECT + "where declared_no = ?").param(declaredNo).query(OrderRepository::row).optional();
    }

    /** The order of a waybill: its carrier's code and its number. */
    public Optional<StoredOrder> byWaybill(String logisticsCode, String logisticsNo) {
        return jdbc.sql(SELECT + "where logistics_no = ? and carrier_id = (select id from onestop_carrier "
                + "where code = ?)").params(logisticsNo, logisticsCode).query(OrderRepository::row).optional();
    }

    /**
     * Books an order's parcel and starts its first declaration; false when it is no longer waiting (RECEIVED) for
     * one (booked at the same moment by another request).
     */
    public boolean book(long id, String declaredNo, long carrierId, String logisticsNo, String parcel,
                        BigDecimal fee, Instant at) {
        return jdbc.sql("update onestop_order set status = 'DECLARING', declared_no = ?, attempt = 1, carrier_id = ?, "
                        + "logistics_no = ?, parcel = ?, logistics_fee = ?, updated_at = ? where id = ? "
                        + "and status = 'RECEIVED'")
                .params(declaredNo, carrierId, logisticsNo, parcel, fee, Timestamp.from(at), id).update() > 0;
    }

    /**
     * Replaces an order by its correction: a waiting order stays waiting; a refused one is declared again (its next
     * attempt). False when it is in neither state (or changed at the same moment).
     */
    public boolean correct(long id, String status, String body, BigDecimal goodsValue, BigDecimal charged,
                           String buyerName, Instant at) {
        return jdbc.sql("update onestop_order set body = ?, goods_value = ?, charged = ?, buyer_name = ?, "
                        + "updated_at = ?, "
                        + "attempt = case when status = 'REFUSED' then attempt + 1 else attempt end, "
                        + "status = case when status = 'REFUSED' then 'DECLARING' else status end, "
                        + "inventory_status = case when status = 'REFUSED' then null else inventory_status end "
                        + "where id = ? and status = ?")
                .params(body, goodsValue, charged, buyerName, Timestamp.from(at), id, status).update() > 0;
    }

    public void payment(long id, String payment, Instant at) {
        jdbc.sql("update onestop_order set payment = ?, updated_at = ? where id = ?")
                .params(payment, Timestamp.from(at), id).update();
    }

    /** Moves an order to a status from one of those given (a receipt's effect); false when it was in none. */
    public boolean move(long id, List<String> from, String to, String inventoryStatus, String invtNo, Instant at) {
        return jdbc.sql("update onestop_order set status = ?, inventory_status = coalesce(?, inventory_status), "
                        + "invt_no = coalesce(?, invt_no), updated_at = ? where id = ? and status in (:from)"
                        .replace(":from", String.join(", ", from.stream().map(s -> "'" + s + "'").toList())))
                .params(to, inventoryStatus, invtNo, Timestamp.from(at), id).update() > 0;
    }

    /** Summary (B) orders released in [from, to) with an invtNo, in no summary application yet. */
    public List<StoredOrder> toSummarise(Instant from, Instant to) {
        return jdbc.sql(SELECT + "where statistics_flag = 'B' and released_at >= ? and released_at < ? "
                        + "and invt_no is not null and summary_cop_no is null order by id")
                .params(Timestamp.from(from), Timestamp.from(to)).query(OrderRepository::row).list();
    }

    /** Puts orders into a summary application; answers how many were not in one already. */
    public int summarised(List<Long> ids, String copNo) {
        return ids.isEmpty() ? 0 : jdbc.sql("update onestop_order set summary_cop_no = :copNo where id in (:ids) "
                + "and summary_cop_no is null").param("copNo", copNo).param("ids", ids).update();
    }

    /** A seller's orders taken in [from, to), oldest first. */
    public List<StoredOrder> ofSellerBetween(long sellerId, Instant from, Instant to) {
        return jdbc.sql(SELECT + "where seller_id = ? and created_at >= ? and created_at < ? order by id")
                .params(sellerId, Timestamp.from(from), Timestamp.from(to)).query(OrderRepository::row).list();
    }

    /** A booked order still awaiting money: what it charges less what it received. */
    public record OpenOrder(long id, long sellerId, String orderNo, String buyerName, String currency,
                            BigDecimal outstanding) {
    }

    /**
     * Booked orders in a currency still awaiting money, among those numbered {@code orderNos} or bought by
     * {@code buyerName} (upper case, spaces single), oldest first.
     */
    public List<OpenOrder> open(String currency, List<String> orderNos, String buyerName) {
        String byNumber = orderNos.isEmpty() ? "" : "upper(order_no) in (:numbers) or ";
        var sql = jdbc.sql("select id, seller_id, order_no, buyer_name, currency, charged - received "
                + "from onestop_order where currency = :currency and declared_no is not null and charged > received "
                + "and (" + byNumber + "upper(buyer_name) = :buyer) order by id fetch first 200 rows only")
                .param("currency", currency).param("buyer", buyerName);
        if (!orderNos.isEmpty()) {
            sql = sql.param("numbers", orderNos);
        }
        return sql.query((rs, n) -> new OpenOrder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getBigDecimal(6))).list();
    }

    /** Adds money received to an order. */
    public void received(long id, BigDecimal amount) {
        jdbc.sql("update onestop_order set received = received + ? where id = ?").params(amount, id).update();
    }

    /** What an order charges and has received: [charged, received]. */
    public BigDecimal[] money(long id) {
        return jdbc.sql("select charged, received from onestop_order where id = ?").param(id)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
    }

    /** The orders of a summary application. */
    public List<Long> inSummary(String copNo) {
        return jdbc.sql("select id from onestop_order where summary_cop_no = ? order by id").param(copNo)
                .query(Long.class).list();
    }

    /** Notes when an order was released (800): summaries are by release month. */
    public void released(long id, Instant at) {
        jdbc.sql("update onestop_order set released_at = coalesce(released_at, ?) where id = ?")
                .params(Timestamp.from(at), id).update();
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

    /** The ids of a seller's approved products whose export needs a licence (flagged at pre-review). */
    public Set<Long> licensedProducts(long sellerId) {
        return Set.copyOf(jdbc.sql("select id from onestop_product where seller_id = ? and status = 'APPROVED' "
                + "and flags like '%LICENCE_REQUIRED%'").param(sellerId).query(Long.class).list());
    }

    /** The ids of a seller's approved products whose goods have an export refund (a rate above 0). */
    public Set<Long> refundableProducts(long sellerId) {
        return Set.copyOf(jdbc.sql("select id from onestop_product where seller_id = ? and status = 'APPROVED' "
                + "and refund_rate > 0").param(sellerId).query(Long.class).list());
    }

    /** The ids of a seller's approved products. */
    public Set<Long> approvedProducts(long sellerId) {
        return Set.copyOf(jdbc.sql("select id from onestop_product where seller_id = ? and status = 'APPROVED'")
                .param(sellerId).query(Long.class).list());
    }

    private static final String SELECT = "select id, seller_id, order_no, body, status, created_at, declared_no, "
            + "attempt, carrier_id, logistics_no, parcel, logistics_fee, payment, inventory_status, invt_no "
            + "from onestop_order ";

    private static StoredOrder row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Long carrier = rs.getObject(9) == null ? null : rs.getLong(9);
        return new StoredOrder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getInt(8), carrier,
                rs.getString(10), rs.getString(11), rs.getBigDecimal(12), rs.getString(13), rs.getString(14),
                rs.getString(15));
    }
}
