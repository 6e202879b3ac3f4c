package org.cbec.app.customs.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.customs.domain.OfficerRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customs officers and the hashes of their tokens. */
@Repository
public class OfficerRepository {

    private final JdbcClient jdbc;

    public OfficerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files an officer; false when the login was filed meanwhile (two filings at once: one row). */
    public boolean insert(Officer officer, String tokenHash, Instant at) {
        return jdbc.sql("insert into officer (login, name, roles, token_hash, created_at) values (?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(officer.login(), officer.name(), officer.roles().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")), tokenHash, Timestamp.from(at))
                .update() > 0;
    }

    public Optional<Officer> byTokenHash(String tokenHash) {
        return jdbc.sql("select login, name, roles from officer where token_hash = ?").param(tokenHash)
                .query((rs, n) -> new Officer(rs.getString(1), rs.getString(2), roles(rs.getString(3)))).optional();
    }

    public Optional<Officer> byLogin(String login) {
        return jdbc.sql("select login, name, roles from officer where login = ?").param(login)
                .query((rs, n) -> new Officer(rs.getString(1), rs.getString(2), roles(rs.getString(3)))).optional();
    }

    /** Officers by login, a page of them. */
    public java.util.List<Officer> list(int offset, int limit) {
        return jdbc.sql("select login, name, roles from officer order by login offset " + offset + " rows fetch next "
                        + limit + " rows only")
                .query((rs, n) -> new Officer(rs.getString(1), rs.getString(2), roles(rs.getString(3)))).list();
    }

    private static Set<OfficerRole> roles(String text) {
        Set<OfficerRole> roles = EnumSet.noneOf(OfficerRole.class);
        Arrays.stream(text.split(",")).filter(r -> !r.isBlank()).map(OfficerRole::valueOf).forEach(roles::add);
        return roles;
    }
}
