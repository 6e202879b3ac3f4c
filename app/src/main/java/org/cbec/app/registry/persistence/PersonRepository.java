package org.cbec.app.registry.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.registry.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The console's people (table person). */
@Repository
public class PersonRepository {

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files a person; false when the login is taken (a race files it once). */
    public boolean insert(Person person, Instant at) {
        return jdbc.sql("insert into person (login, password_hash, kind, org_code, role, display_name, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(person.login(), person.passwordHash(), person.kind().name(), person.orgCode(), person.role(),
                        person.displayName(), Timestamp.from(at)).update() > 0;
    }

    public Optional<Person> find(String login) {
        return jdbc.sql(SELECT + "where login = ?").param(login).query(PersonRepository::person).optional();
    }

    public List<Person> list(int offset, int limit) {
        return jdbc.sql(SELECT + "order by login offset " + offset + " rows fetch next " + limit + " rows only")
                .query(PersonRepository::person).list();
    }

    private static final String SELECT = "select login, password_hash, kind, org_code, role, display_name, "
            + "failed_attempts, locked_until from person ";

    private static Person person(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getString(1), rs.getString(2), Person.Kind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7),
                rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant());
    }

    public void signedIn(String login) {
        jdbc.sql("update person set failed_attempts = 0, locked_until = null where login = ?").param(login).update();
    }

    /** Counts a failure atomically; the {@code max}-th in a row locks the login until {@code lockUntil}. */
    public void failed(String login, int max, Instant lockUntil) {
        jdbc.sql("update person set failed_attempts = failed_attempts + 1, locked_until = case when "
                        + "failed_attempts + 1 >= ? then ? else locked_until end where login = ?")
                .params(max, Timestamp.from(lockUntil), login).update();
    }

    public void password(String login, String passwordHash) {
        jdbc.sql("update person set password_hash = ? where login = ?").params(passwordHash, login).update();
    }
}
