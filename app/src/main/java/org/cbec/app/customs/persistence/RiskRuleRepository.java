package org.cbec.app.customs.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.customs.domain.RiskRule;
import org.cbec.app.customs.domain.RiskRuleChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The risk rules and the audit of every change to them. */
@Repository
public class RiskRuleRepository {

    private final JdbcClient jdbc;

    public RiskRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RiskRule> all() {
        return jdbc.sql("select code, description, enabled, parameter from risk_rule order by code")
                .query((rs, n) -> new RiskRule(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    public Optional<RiskRule> lock(String code) {
        return jdbc.sql("select code, description, enabled, parameter from risk_rule where code = ? for update")
                .param(code)
                .query((rs, n) -> new RiskRule(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .optional();
    }

    public void change(RiskRule before, boolean enabled, String parameter, String officer, String reason,
                       Instant at) {
        jdbc.sql("update risk_rule set enabled = ?, parameter = ?, updated_by = ?, updated_at = ? where code = ?")
                .params(enabled, parameter, officer, Timestamp.from(at), before.code()).update();
        jdbc.sql("insert into risk_rule_change (code, officer, enabled_before, parameter_before, enabled_after, "
                        + "parameter_after, reason, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(before.code(), officer, before.enabled(), before.parameter(), enabled, parameter, reason,
                        Timestamp.from(at))
                .update();
    }

    public List<RiskRuleChange> changes(String code) {
        return jdbc.sql("select officer, enabled_before, parameter_before, enabled_after, parameter_after, reason, "
                        + "changed_at from risk_rule_change where code = ? order by id")
                .param(code)
                .query((rs, n) -> new RiskRuleChange(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }
}
