package org.cbec.app.customs.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.customs.application.Officers;
import org.cbec.app.customs.application.RiskRules;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.customs.domain.OfficerRole;
import org.cbec.app.customs.domain.RiskRule;
import org.cbec.app.customs.domain.RiskRuleChange;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk rules in the console: every officer reads them with the audit of their changes; an officer with the
 * RISK_ADMIN role changes one, saying why (the same service, and so the same rules, as the API).
 */
@Controller
@ConsolePage
class RiskRulePages {

    private final RiskRules rules;
    private final Officers officers;

    RiskRulePages(RiskRules rules, Officers officers) {
        this.rules = rules;
        this.officers = officers;
    }

    @GetMapping("/console/customs/rules")
    String rules(Principal principal, Model model) {
        Officer officer = OfficerPages.officer(officers, principal);
        Map<RiskRule, List<RiskRuleChange>> audited = new LinkedHashMap<>();
        rules.all().forEach(rule -> audited.put(rule, rules.changes(rule.code())));
        model.addAttribute("rules", audited);
        model.addAttribute("mayChange", officer.roles().contains(OfficerRole.RISK_ADMIN));
        return "console/customs/rules";
    }

    @PostMapping("/console/customs/rules/{code}")
    String change(@PathVariable String code, @RequestParam(defaultValue = "false") boolean enabled,
                  @RequestParam(defaultValue = "") String parameter, @RequestParam(defaultValue = "") String reason,
                  Principal principal, RedirectAttributes redirect) {
        try {
            rules.change(OfficerPages.officer(officers, principal), code, enabled, parameter, reason);
            redirect.addFlashAttribute("changed", code);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("refused", refusal.getMessage());
        }
        return "redirect:/console/customs/rules";
    }
}
