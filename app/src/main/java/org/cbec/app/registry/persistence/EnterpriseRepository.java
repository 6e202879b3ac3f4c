package org.cbec.app.registry.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cbec.app.registry.Role;
import org.cbec.app.registry.domain.Enterprise;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registry's tables, with hand-written SQL that runs on H2 and PostgreSQL. */
@Repository
public class EnterpriseRepository {

    private final JdbcClient jdbc;

    public EnterpriseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from enterprise where code = ?").param(code).query(Integer.class).single() > 0;
    }

    /**
     * Files an enterprise; false when its code was filed meanwhile (two filings at once: one row, and no duplicate
     * key to spoil the transaction).
     */
    public boolean insert(Enterprise enterprise, String tokenHash, Instant now) {
        if (jdbc.sql("insert into enterprise (code, name, dxp_id, webhook_url, token_hash, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(enterprise.code(), enterprise.name(), enterprise.dxpId(), enterprise.webhookUrl(), tokenHash,
                        Timestamp.from(now), Timestamp.from(now))
                .update() == 0) {
            return false;
        }
        insertRoles(enterprise.code(), enterprise.roles());
        return true;
    }

    public void update(Enterprise enterprise, Instant now) {
        jdbc.sql("update enterprise set name = ?, dxp_id = ?, webhook_url = ?, updated_at = ? where code = ?")
                .params(enterprise.name(), enterprise.dxpId(), enterprise.webhookUrl(), Timestamp.from(now),
                        enterprise.code())
                .update();
        jdbc.sql("delete from enterprise_role where code = ?").param(enterprise.code()).update();
        insertRoles(enterprise.code(), enterprise.roles());
    }

    public void replaceToken(String code, String tokenHash, Instant now) {
        jdbc.sql("update enterprise set token_hash = ?, updated_at = ? where code = ?")
                .params(tokenHash, Timestamp.from(now), code).update();
    }

    private void insertRoles(String code, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into enterprise_role (code, role) values (?, ?)").params(code, role.name()).update();
        }
    }

    public Optional<Enterprise> find(String code) {
        return jdbc.sql("select code, name, dxp_id, webhook_url from enterprise where code = ?").param(code)
                .query((rs, n) -> new Enterprise(rs.getString("code"), rs.getString("name"), roles(code),
                        rs.getString("dxp_id"), rs.getString("webhook_url"), certificates(code)))
                .optional();
    }

    /** Codes of filed enterprises in order, a page of them. */
    public List<String> codes(int offset, int limit) {
        return jdbc.sql("select code from enterprise order by code offset " + offset + " rows fetch next " + limit
                + " rows only").query(String.class).list();
    }

    public Optional<String> codeByTokenHash(String tokenHash) {
        return jdbc.sql("select code from enterprise where token_hash = ?").param(tokenHash).query(String.class)
                .optional();
    }

    public java.util.Map<String, String> webhooks() {
        java.util.Map<String, String> webhooks = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, webhook_url from enterprise where webhook_url is not null order by code")
                .query((rs, n) -> webhooks.put(rs.getString(1), rs.getString(2))).list();
        return webhooks;
    }

    public Set<Role> roles(String code) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from enterprise_role where code = ?").param(code).query(String.class).list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    public List<Enterprise.Certificate> certificates(String code) {
        return jdbc.sql("select id, serial_hex, sha256, pem, revoked_at from enterprise_certificate where code = ? "
                        + "order by id")
                .param(code)
                .query((rs, n) -> new Enterprise.Certificate(rs.getLong("id"), rs.getString("serial_hex"),
                        rs.getString("sha256"), rs.getString("pem"), rs.getTimestamp("revoked_at") != null))
                .list();
    }

    /** Adds a certificate; an identical one already on file is kept (its id is returned). */
    /**
     * Adds a certificate, or puts a revoked one back in force; its id. The same certificate added by two requests
     * at once is one row (no duplicate key).
     */
    public long addCertificate(String code, String serialHex, String sha256, String pem, Instant now) {
        jdbc.sql("insert into enterprise_certificate (code, serial_hex, sha256, pem, added_at) values (?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(code, serialHex, sha256, pem, Timestamp.from(now)).update();
        long id = jdbc.sql("select id from enterprise_certificate where code = ? and sha256 = ?").params(code, sha256)
                .query(Long.class).single();
        jdbc.sql("update enterprise_certificate set revoked_at = null where id = ? and revoked_at is not null")
                .param(id).update();
        return id;
    }

    public boolean revokeCertificate(String code, long id, Instant now) {
        return jdbc.sql("update enterprise_certificate set revoked_at = ? where code = ? and id = ? "
                        + "and revoked_at is null")
                .params(Timestamp.from(now), code, id).update() == 1;
    }

    public boolean holdsCertificate(String code, String sha256) {
        return jdbc.sql("select count(*) from enterprise_certificate where code = ? and sha256 = ? "
                        + "and revoked_at is null")
                .params(code, sha256).query(Integer.class).single() > 0;
    }
}
