package org.cbec.app.web;

import java.security.Principal;
import org.cbec.app.clearance.ClearanceFigures;
import org.cbec.app.clearance.ParcelSearch;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.registry.Registry;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An enterprise's own pages: its refused parcels by reason (what a declarant works through each morning), and its
 * filing with the platform: roles, certificates, and how far its webhook has been fed.
 */
@Controller
@ConsolePage
class EnterprisePages {

    private final People people;
    private final ParcelSearch parcels;
    private final Registry registry;
    private final ClearanceFigures figures;

    EnterprisePages(People people, ParcelSearch parcels, Registry registry, ClearanceFigures figures) {
        this.people = people;
        this.parcels = parcels;
        this.registry = registry;
        this.figures = figures;
    }

    /** Refused parcels: the count of each reason, and a page of one reason's (or all) parcels, newest first. */
    @GetMapping("/console/refused")
    String refused(@RequestParam(required = false) String reason, @RequestParam(required = false) Integer page,
                   Principal principal, Model model) {
        String code = enterpriseCode(principal);
        String chosen = reason == null || reason.isBlank() ? null : reason.strip();
        model.addAttribute("reasons", parcels.refusalReasons(code));
        model.addAttribute("reason", chosen);
        model.addAttribute("shown", Paging.of(page).read((offset, limit) -> parcels.refused(code, chosen, offset,
                limit)));
        return "console/refused";
    }

    @GetMapping("/console/filing")
    String filing(Principal principal, Model model) {
        String code = enterpriseCode(principal);
        model.addAttribute("filing", registry.filing(code).orElseThrow(() -> Refusal.notFound("enterprise " + code
                + " is not filed")));
        model.addAttribute("webhook", figures.webhook(code).orElse(null));
        return "console/filing";
    }

    private String enterpriseCode(Principal principal) {
        Person person = people.find(principal.getName()).orElseThrow();
        return person.enterpriseCode().orElseThrow(() -> Refusal.forbidden("not-an-enterprise", "these pages are "
                + "an enterprise's; " + person.login() + " works for " + person.kind()));
    }
}
