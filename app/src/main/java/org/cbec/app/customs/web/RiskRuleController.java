package org.cbec.app.customs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cbec.app.customs.application.RiskRules;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The risk rules, readable by every officer, changed by a RISK_ADMIN, with the audit of every change. */
@RestController
class RiskRuleController {

    private final RiskRules rules;
    private final OfficerCaller officers;

    RiskRuleController(RiskRules rules, OfficerCaller officers) {
        this.rules = rules;
        this.officers = officers;
    }

    /** A change: turn the rule on or off, set its parameter, and say why. */
    record Change(Boolean enabled, String parameter, String reason) {
    }

    @GetMapping("/api/v1/customs/risk-rules")
    Map<String, List<CustomsJson.Rule>> all(HttpServletRequest request) {
        officers.of(request);
        return Map.of("rules", rules.all().stream().map(CustomsJson.Rule::of).toList());
    }

    @PutMapping("/api/v1/customs/risk-rules/{code}")
    CustomsJson.Rule change(@PathVariable String code, @RequestBody Change change, HttpServletRequest request) {
        return CustomsJson.Rule.of(rules.change(officers.of(request), code, change.enabled(), change.parameter(),
                change.reason()));
    }

    @GetMapping("/api/v1/customs/risk-rules/{code}/changes")
    Map<String, List<CustomsJson.RuleChange>> changes(@PathVariable String code, HttpServletRequest request) {
        officers.of(request);
        return Map.of("changes", rules.changes(code).stream().map(CustomsJson.RuleChange::of).toList());
    }
}
