package org.cbec.app.onestop.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The platform's logistics partners: filed code, entrusted token, rate card (JSON), waybill range. */
@Repository
public class CarrierRepository {

    private final JdbcClient jdbc;

    public CarrierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A carrier as stored; {@code rangeNext} is the next number to give out. */
    public record StoredCarrier(long id, String code, String name, String token, String trafMode, String rateCard,
                                String prefix, long rangeNext, long rangeEnd) {
    }

    /** Inserts a carrier; empty when its code is filed already. */
    public Optional<Long> insert(String code, String name, String token, String trafMode, String rateCard,
                                 String prefix, long rangeFrom, long rangeTo, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_carrier (code, name, token, traf_mode, rate_card, prefix, "
                        + "range_next, range_end, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(code, name, token, trafMode, rateCard, prefix, rangeFrom, rangeTo, Timestamp.from(at))
                .update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public Optional<StoredCarrier> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(CarrierRepository::row).optional();
    }

    public Optional<StoredCarrier> byCode(String code) {
        return jdbc.sql(SELECT + "where code = ?").param(code).query(CarrierRepository::row).optional();
    }

    public List<StoredCarrier> all() {
        return jdbc.sql(SELECT + "order by id").query(CarrierRepository::row).list();
    }

    /**
     * Takes the next number of a carrier's range (the row stays locked until the caller's transaction ends, so two
     * bookings never take the same); empty when the range is used up.
     */
    public Optional<Long> takeNumber(long id) {
        int taken = jdbc.sql("update onestop_carrier set range_next = range_next + 1 where id = ? "
                + "and range_next <= range_end").param(id).update();
        if (taken == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select range_next - 1 from onestop_carrier where id = ?").param(id)
                .query(Long.class).single());
    }

    private static final String SELECT = "select id, code, name, token, traf_mode, rate_card, prefix, range_next, "
            + "range_end from onestop_carrier ";

    private static StoredCarrier row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredCarrier(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9));
    }
}
