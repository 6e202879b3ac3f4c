package org.cbec.app.exchange.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.domain.Masking;
import org.cbec.app.exchange.domain.PolicyChange;
import org.cbec.app.exchange.domain.SharingPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departments and the sharing policies, with the audit of every change of a policy. */
@Repository
public class ExchangeRepository {

    private final JdbcClient jdbc;

    public ExchangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Files a department, or gives it a new token (the row locked by the update: of two at once, the later token is
     * the one that stays); true when it was new.
     */
    public boolean department(String code, String name, String tokenHash, Instant at) {
        if (jdbc.sql("insert into department (code, name, token_hash, created_at) values (?, ?, ?, ?) "
                + "on conflict do nothing").params(code, name, tokenHash, Timestamp.from(at)).update() > 0) {
            return true;
        }
        jdbc.sql("update department set name = ?, token_hash = ? where code = ?").params(name, tokenHash, code)
                .update();
        return false;
    }

    public Optional<String> departmentByTokenHash(String tokenHash) {
        return jdbc.sql("select code from department where token_hash = ?").param(tokenHash).query(String.class)
                .optional();
    }

    public Optional<SharingPolicy> policy(String department, Dataset dataset) {
        return jdbc.sql(SELECT_POLICY + "where department = ? and dataset = ?").params(department,
                dataset.wireName()).query(ExchangeRepository::policy).optional();
    }

    public List<SharingPolicy> policies() {
        return jdbc.sql(SELECT_POLICY + "order by department, dataset").query(ExchangeRepository::policy).list()
                .stream().filter(p -> p != null).toList();
    }

    /**
     * Puts a policy in place of the one before, and records the change with what it was. The row is inserted if
     * new (a change racing it waits for that insert, then finds the row) or locked and then changed, so that two
     * changes at once are two changes one after the other, each audited with what it replaced.
     */
    public void put(SharingPolicy policy, String changedBy, String reason, Instant at) {
        boolean inserted = jdbc.sql("insert into sharing_policy (department, dataset, fields, masking, purpose, "
                        + "valid_from, valid_until) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(policy.department(), policy.dataset().wireName(), String.join(",", policy.fields()),
                        masking(policy.masking()), policy.purpose(), Timestamp.from(policy.validFrom()),
                        timestamp(policy.validUntil())).update() > 0;
        String before = null;
        if (!inserted) {
            before = jdbc.sql(SELECT_POLICY + "where department = ? and dataset = ? for update")
                    .params(policy.department(), policy.dataset().wireName()).query(ExchangeRepository::policy)
                    .optional().map(ExchangeRepository::describe).orElse(null);
            jdbc.sql("update sharing_policy set fields = ?, masking = ?, purpose = ?, valid_from = ?, "
                            + "valid_until = ? where department = ? and dataset = ?")
                    .params(String.join(",", policy.fields()), masking(policy.masking()), policy.purpose(),
                            Timestamp.from(policy.validFrom()), timestamp(policy.validUntil()), policy.department(),
                            policy.dataset().wireName()).update();
        }
        jdbc.sql("insert into sharing_policy_change (department, dataset, changed_by, before_text, after_text, "
                        + "reason, changed_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(policy.department(), policy.dataset().wireName(), changedBy, before, describe(policy),
                        reason, Timestamp.from(at)).update();
    }

    /** A policy's changes, oldest first. */
    public List<PolicyChange> changes(String department, Dataset dataset) {
        return jdbc.sql("select changed_by, before_text, after_text, reason, changed_at from sharing_policy_change "
                        + "where department = ? and dataset = ? order by id")
                .params(department, dataset.wireName())
                .query((rs, n) -> new PolicyChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /** A policy as the audit keeps it: fields, masking, purpose and validity in one line. */
    public static String describe(SharingPolicy p) {
        return "fields=" + String.join(",", p.fields()) + "; masking=" + masking(p.masking()) + "; purpose="
                + p.purpose() + "; valid " + p.validFrom() + " to " + (p.validUntil() == null ? "-" : p.validUntil());
    }

    private static final String SELECT_POLICY = "select department, dataset, fields, masking, purpose, valid_from, "
            + "valid_until from sharing_policy ";

    /** A stored policy; null for a dataset this build no longer keeps. */
    private static SharingPolicy policy(ResultSet rs, int n) throws SQLException {
        Optional<Dataset> dataset = Dataset.named(rs.getString(2));
        if (dataset.isEmpty()) {
            return null;
        }
        Map<String, Masking> masking = new LinkedHashMap<>();
        Arrays.stream(rs.getString(4).split(",")).filter(m -> !m.isBlank()).map(m -> m.split(":"))
                .forEach(m -> masking.put(m[0], Masking.valueOf(m[1])));
        return new SharingPolicy(rs.getString(1), dataset.get(), Arrays.stream(rs.getString(3).split(","))
                .filter(f -> !f.isBlank()).toList(), masking, rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());
    }

    private static String masking(Map<String, Masking> masking) {
        return masking.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue().name()).collect(Collectors.joining(","));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
