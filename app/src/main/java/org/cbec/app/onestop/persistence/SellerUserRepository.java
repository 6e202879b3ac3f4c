package org.cbec.app.onestop.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** A seller's users: login, name, role, the hash of each one's token, and whether it was disabled. */
@Repository
public class SellerUserRepository {

    private final JdbcClient jdbc;

    public SellerUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user as stored. */
    public record StoredUser(long id, long sellerId, String login, String name, String role, Instant createdAt,
                             Instant disabledAt) {
    }

    /** Inserts a user; empty when the seller has one of this login already (a race too). */
    public Optional<Long> insert(long sellerId, String login, String name, String role, String tokenHash,
                                 Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_seller_user (seller_id, login, name, role, token_hash, "
                        + "created_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(sellerId, login, name, role, tokenHash, Timestamp.from(at)).update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    /** The enabled user of a token. */
    public Optional<StoredUser> byToken(String tokenHash) {
        return jdbc.sql(SELECT + "where token_hash = ? and disabled_at is null").param(tokenHash)
                .query(SellerUserRepository::row).optional();
    }

    public Optional<StoredUser> find(long sellerId, long id) {
        return jdbc.sql(SELECT + "where seller_id = ? and id = ?").params(sellerId, id)
                .query(SellerUserRepository::row).optional();
    }

    public List<StoredUser> ofSeller(long sellerId) {
        return jdbc.sql(SELECT + "where seller_id = ? order by id").param(sellerId).query(SellerUserRepository::row)
                .list();
    }

    /** Disables a user: its token stops working at once; false when it was disabled already. */
    public boolean disable(long sellerId, long id, Instant at) {
        return jdbc.sql("update onestop_seller_user set disabled_at = ? where seller_id = ? and id = ? "
                + "and disabled_at is null").params(Timestamp.from(at), sellerId, id).update() > 0;
    }

    /** A new token for an enabled user; false when there is none. */
    public boolean token(long sellerId, long id, String tokenHash) {
        return jdbc.sql("update onestop_seller_user set token_hash = ? where seller_id = ? and id = ? "
                + "and disabled_at is null").params(tokenHash, sellerId, id).update() > 0;
    }

    private static final String SELECT = "select id, seller_id, login, name, role, created_at, disabled_at "
            + "from onestop_seller_user ";

    private static StoredUser row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp disabled = rs.getTimestamp(7);
        return new StoredUser(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), disabled == null ? null : disabled.toInstant());
    }
}
