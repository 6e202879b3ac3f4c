package org.cbec.app.onestop.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform's own key and certificate, and its standing at the clearance platform (one row each). */
@Repository
public class LinkRepository {

    private final JdbcClient jdbc;

    public LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The platform's key (PKCS#8 PEM), certificate (PEM) and webhook secret. */
    public record Identity(String keyPem, String certificatePem, String webhookSecret) {
    }

    /** The platform at the clearance platform: code, name, token, DXP id, customs office and port. */
    public record Link(String code, String name, String token, String dxpId, String customsCode, String portCode,
                       Instant updatedAt) {
    }

    public Optional<Identity> identity() {
        return jdbc.sql("select key_pem, certificate_pem, webhook_secret from onestop_identity where id = 1")
                .query((rs, n) -> new Identity(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Stores the identity unless one is there (two nodes starting at once keep the first). */
    public void insertIdentity(Identity identity, Instant at) {
        jdbc.sql("insert into onestop_identity (id, key_pem, certificate_pem, webhook_secret, created_at) "
                        + "values (1, ?, ?, ?, ?) on conflict do nothing")
                .params(identity.keyPem(), identity.certificatePem(), identity.webhookSecret(), Timestamp.from(at))
                .update();
    }

    public Optional<Link> link() {
        return jdbc.sql("select code, name, token, dxp_id, customs_code, port_code, updated_at from onestop_link "
                + "where id = 1").query((rs, n) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).optional();
    }

    public void putLink(Link link) {
        int changed = jdbc.sql("update onestop_link set code = ?, name = ?, token = ?, dxp_id = ?, customs_code = ?, "
                        + "port_code = ?, updated_at = ? where id = 1")
                .params(link.code(), link.name(), link.token(), link.dxpId(), link.customsCode(), link.portCode(),
                        Timestamp.from(link.updatedAt())).update();
        if (changed == 0) {
            jdbc.sql("insert into onestop_link (id, code, name, token, dxp_id, customs_code, port_code, updated_at) "
                            + "values (1, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(link.code(), link.name(), link.token(), link.dxpId(), link.customsCode(),
                            link.portCode(), Timestamp.from(link.updatedAt())).update();
        }
    }
}
