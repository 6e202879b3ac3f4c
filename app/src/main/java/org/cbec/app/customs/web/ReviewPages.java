package org.cbec.app.customs.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.cbec.app.clearance.InventoryLookup;
import org.cbec.app.customs.application.Officers;
import org.cbec.app.customs.application.Reviews;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.customs.domain.ReviewCase;
import org.cbec.app.shared.ConsolePage;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customs' pages on the console: the review queue, a case (its hits, the inventory with its comparison and
 * history, the decisions so far) and the decision form. A person of customs signs in with the login of an officer
 * and decides with that officer's roles, as over the API.
 */
@Controller
@ConsolePage
class ReviewPages {

    private final Reviews reviews;
    private final Officers officers;
    private final List<InventoryLookup> inventories;

    ReviewPages(Reviews reviews, Officers officers, List<InventoryLookup> inventories) {
        this.reviews = reviews;
        this.officers = officers;
        this.inventories = inventories;
    }

    /**
     * The queue: the count of cases in each status, and a page of the cases of one status (every open one when
     * none is chosen) whose rule hits contain the text asked for, oldest first.
     */
    @GetMapping("/console/customs/reviews")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String hit,
                 @RequestParam(required = false) Integer page, Principal principal, Model model) {
        model.addAttribute("officer", officer(principal));
        ReviewCase.Status chosen = status == null || status.isBlank() ? null : Arrays.stream(ReviewCase.Status
                .values()).filter(s -> s.name().equals(status)).findFirst().orElseThrow(() -> Refusal.invalid(
                "invalid-filter", "status: one of " + Arrays.toString(ReviewCase.Status.values())));
        model.addAttribute("counts", reviews.counts());
        model.addAttribute("statuses", ReviewCase.Status.values());
        model.addAttribute("status", chosen);
        model.addAttribute("hit", hit == null ? "" : hit.strip());
        model.addAttribute("shown", Paging.of(page).read((offset, limit) -> reviews.queue(chosen, hit, offset, limit)
                .stream().map(CustomsJson.Case::of).toList()));
        return "console/customs/queue";
    }

    @GetMapping("/console/customs/reviews/{invtNo}")
    String reviewCase(@PathVariable String invtNo, Principal principal, Model model) {
        model.addAttribute("officer", officer(principal));
        Reviews.CaseView found = reviews.view(invtNo);
        model.addAttribute("reviewCase", CustomsJson.Case.of(found.reviewCase()));
        model.addAttribute("decisions", found.decisions().stream().map(CustomsJson.Decision::of).toList());
        model.addAttribute("found", inventories.stream().map(lookup -> lookup.byInvtNo(invtNo))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null));
        model.addAttribute("actions", ReviewCase.Action.values());
        model.addAttribute("detentions", ReviewCase.DETENTIONS.stream().sorted().toList());
        return "console/customs/case";
    }

    /** The decision form: the same rules as the API; a refusal is shown on the case page, naming why. */
    @PostMapping("/console/customs/reviews/{invtNo}")
    String decide(@PathVariable String invtNo, @RequestParam String action,
                  @RequestParam(required = false) String returnStatus, @RequestParam String reason,
                  Principal principal, RedirectAttributes redirect) {
        try {
            reviews.decide(officer(principal), invtNo, ReviewCase.Action.valueOf(action),
                    returnStatus == null || returnStatus.isBlank() ? null : returnStatus, reason);
            redirect.addFlashAttribute("decided", action);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("refused", refusal.getMessage());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refused", "action: " + action + " is not a decision");
        }
        return "redirect:/console/customs/reviews/" + invtNo;
    }

    private Officer officer(Principal principal) {
        return OfficerPages.officer(officers, principal);
    }
}
