package org.cbec.app.customs.web;

import java.security.Principal;
import org.cbec.app.customs.application.Officers;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operator's list of customs officers with their roles (filed over the API with the operator's token). */
@Controller
@ConsolePage
class OfficerPages {

    private final Officers officers;

    OfficerPages(Officers officers) {
        this.officers = officers;
    }

    @GetMapping("/console/operator/officers")
    String officers(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("shown", Paging.of(page).read(officers::list));
        return "console/operator/officers";
    }

    /** The officer a customs person of the console acts as: the one filed with the same login. */
    static Officer officer(Officers officers, Principal principal) {
        return officers.byLogin(principal.getName()).orElseThrow(() -> Refusal.forbidden("not-an-officer",
                principal.getName() + " is not filed as a customs officer"));
    }
}
