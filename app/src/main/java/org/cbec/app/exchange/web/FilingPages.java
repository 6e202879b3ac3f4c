package org.cbec.app.exchange.web;

import java.security.Principal;
import org.cbec.app.exchange.application.Filings;
import org.cbec.app.exchange.domain.FilingReview;
import org.cbec.app.registry.People;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A reviewing department's filings (market regulation, customs, tax, FX): its queue by status, a filing with every
 * department's review, attachments and history, and the form that decides its part (approve, or return saying
 * what to correct; FX names the directory class). The person's login is the reviewer on record.
 */
@Controller
@ConsolePage
class FilingPages {

    private final People people;
    private final Filings filings;

    FilingPages(People people, Filings filings) {
        this.people = people;
        this.filings = filings;
    }

    @GetMapping("/console/department/filings")
    String queue(@RequestParam(defaultValue = "PENDING") String status, @RequestParam(required = false) Integer page,
                 Principal principal, Model model) {
        String department = reviewer(principal);
        FilingReview.Status shown;
        try {
            shown = FilingReview.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-status", "status: PENDING, APPROVED or RETURNED, not '" + status + "'");
        }
        model.addAttribute("department", department);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", FilingReview.Status.values());
        model.addAttribute("filings", filings.queue(department, shown, page));
        return "console/department/filings";
    }

    @GetMapping("/console/department/filings/{id}")
    String filing(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("department", reviewer(principal));
        model.addAttribute("view", filings.view(id));
        model.addAttribute("fxClasses", FilingReview.FX_CLASSES);
        return "console/department/filing";
    }

    @PostMapping("/console/department/filings/{id}/review")
    String decide(@PathVariable long id, @RequestParam String decision,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String fxClass,
                  Principal principal, Model model) {
        String department = reviewer(principal);
        try {
            filings.decide(id, department, decision, reason, blank(fxClass) ? null : fxClass, principal.getName());
        } catch (Refusal refused) {
            model.addAttribute("refused", refused.getMessage());
            return filing(id, principal, model);
        }
        return "redirect:/console/department/filings/" + id + "?decided";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String reviewer(Principal principal) {
        String department = DepartmentPages.department(people, principal);
        if (!FilingReview.REVIEWERS.contains(department)) {
            throw Refusal.forbidden("not-a-reviewer", department + " does not review filings; "
                    + FilingReview.REVIEWERS + " do");
        }
        return department;
    }
}
