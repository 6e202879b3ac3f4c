package org.cbec.app.customs.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.customs.domain.OfficerRole;
import org.cbec.app.customs.domain.RiskRule;
import org.cbec.app.customs.domain.RiskRuleChange;
import org.cbec.app.customs.persistence.RiskRuleRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The risk rules as data. Every inventory is checked against them, so they are kept for a second; a change by an
 * officer with the RISK_ADMIN role is audited (who, when, why, before and after) and takes effect on this node as
 * it commits, on the others of a cluster within that second.
 */
@Service
public class RiskRules {

    private static final String ALL = "all";

    private final RiskRuleRepository rules;
    private final Clock clock;
    private final LoadingCache<String, List<RiskRule>> current;

    RiskRules(RiskRuleRepository rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        this.current = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(1)).build(key -> rules.all());
    }

    public List<RiskRule> current() {
        return current.get(ALL);
    }

    public List<RiskRule> all() {
        return rules.all();
    }

    public List<RiskRuleChange> changes(String code) {
        return rules.changes(code);
    }

    @Transactional
    public RiskRule change(Officer officer, String code, Boolean enabled, String parameter,
                           String reason) {
        if (!officer.roles().contains(OfficerRole.RISK_ADMIN)) {
            throw Refusal.forbidden("officer-role", "only an officer with the RISK_ADMIN role changes risk rules");
        }
        RiskRule before = rules.lock(code).orElseThrow(() -> Refusal.notFound("no risk rule " + code));
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("invalid-rule-change", "reason: every change says why");
        }
        boolean on = enabled == null ? before.enabled() : enabled;
        String value = parameter == null ? before.parameter() : parameter.trim();
        String problem = RiskRule.parameterProblem(code, value);
        if (problem != null) {
            throw Refusal.invalid("invalid-rule-change", problem);
        }
        rules.change(before, on, value, officer.login(), reason, clock.instant());
        forgetAfterCommit();
        return new RiskRule(code, before.description(), on, value);
    }

    /**
     * Puts an enterprise's code on BLOCKED_ENTERPRISE, once, in the caller's transaction: the change audited as
     * made by {@code by} (a department) with its reason.
     */
    public void block(String code, String by, String reason) {
        RiskRule before = rules.lock(RiskRule.BLOCKED_ENTERPRISE).orElseThrow();
        List<String> codes = java.util.Arrays.stream(before.parameter().split(",")).map(String::trim)
                .filter(c -> !c.isEmpty()).toList();
        if (codes.contains(code)) {
            return;
        }
        String value = codes.isEmpty() ? code : String.join(",", codes) + "," + code;
        String problem = RiskRule.parameterProblem(RiskRule.BLOCKED_ENTERPRISE, value);
        if (problem != null) {
            throw Refusal.invalid("invalid-rule-change", problem);
        }
        rules.change(before, before.enabled(), value, by, reason, clock.instant());
        forgetAfterCommit();
    }

    private void forgetAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                current.invalidateAll();
            }
        });
    }
}
