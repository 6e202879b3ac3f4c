package org.cbec.app.customs.web;

import java.security.Principal;
import org.cbec.app.customs.application.Guarantees;
import org.cbec.app.customs.application.Officers;
import org.cbec.app.customs.application.TaxBills;
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
 * Guarantees and tax: officers see every guarantor's guarantee and the payment forms; an enterprise that
 * guarantees tax (its code is the assureCode) sees its guarantee, the bills it backs and its payment forms.
 */
@Controller
@ConsolePage
class GuaranteePages {

    private final Guarantees guarantees;
    private final TaxBills bills;
    private final Officers officers;
    private final People people;

    GuaranteePages(Guarantees guarantees, TaxBills bills, Officers officers, People people) {
        this.guarantees = guarantees;
        this.bills = bills;
        this.officers = officers;
        this.people = people;
    }

    @GetMapping("/console/customs/guarantees")
    String guarantees(@RequestParam(required = false) Integer page, Principal principal, Model model) {
        OfficerPages.officer(officers, principal);
        Paging paging = Paging.of(page);
        model.addAttribute("guarantees", paging.read(guarantees::list));
        model.addAttribute("payments", paging.read((offset, limit) -> bills.payments(null, offset, limit)));
        return "console/customs/guarantees";
    }

    @GetMapping("/console/tax-bills")
    String taxBills(@RequestParam(required = false) Integer page, Principal principal, Model model) {
        String code = people.find(principal.getName()).flatMap(Person::enterpriseCode).orElseThrow(() -> Refusal
                .forbidden("not-an-enterprise", "tax bills are shown to the enterprise that guarantees them"));
        Paging paging = Paging.of(page);
        model.addAttribute("guarantee", guarantees.find(code).orElse(null));
        model.addAttribute("shown", paging.read((offset, limit) -> bills.ofGuarantor(code, offset, limit)));
        model.addAttribute("payments", Paging.of(1).read((offset, limit) -> bills.payments(code, offset, limit)));
        return "console/tax-bills";
    }
}
