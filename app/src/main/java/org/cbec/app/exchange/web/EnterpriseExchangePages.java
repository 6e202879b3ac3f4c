package org.cbec.app.exchange.web;

import java.security.Principal;
import org.cbec.app.exchange.application.Credit;
import org.cbec.app.exchange.application.Datasets;
import org.cbec.app.exchange.application.Results;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enterprise's pages of the public service platform: its credit with each factor, the departments' results in
 * its inbox and their notices, and who read its data.
 */
@Controller
@ConsolePage
class EnterpriseExchangePages {

    private final People people;
    private final Credit credit;
    private final Results results;
    private final Datasets datasets;

    EnterpriseExchangePages(People people, Credit credit, Results results, Datasets datasets) {
        this.people = people;
        this.credit = credit;
        this.results = results;
        this.datasets = datasets;
    }

    @GetMapping("/console/exchange/credit")
    String credit(Principal principal, Model model) {
        model.addAttribute("score", credit.score(enterprise(principal)));
        return "console/exchange/credit";
    }

    /** The inbox in cursor order, a page at a time, and the notices. */
    @GetMapping("/console/exchange/inbox")
    String inbox(@RequestParam(defaultValue = "0") long after, Principal principal, Model model) {
        String code = enterprise(principal);
        var messages = results.inbox(code, after, Paging.SIZE);
        model.addAttribute("messages", messages);
        model.addAttribute("next", messages.size() == Paging.SIZE ? messages.get(messages.size() - 1).cursor()
                : null);
        model.addAttribute("notices", results.notices(1).rows());
        return "console/exchange/inbox";
    }

    @GetMapping("/console/exchange/access-log")
    String accessLog(@RequestParam(required = false) Integer page, Principal principal, Model model) {
        String code = enterprise(principal);
        model.addAttribute("reads", Paging.of(page).read((offset, limit) -> datasets.accessLog(code, offset,
                limit)));
        return "console/exchange/access-log";
    }

    private String enterprise(Principal principal) {
        return people.find(principal.getName()).flatMap(Person::enterpriseCode).orElseThrow(() -> Refusal
                .forbidden("not-an-enterprise", "these pages are an enterprise's"));
    }
}
