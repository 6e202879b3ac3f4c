package org.cbec.app.customs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.InventoryLookup;
import org.cbec.app.customs.application.Reviews;
import org.cbec.app.customs.domain.ReviewCase;
import org.cbec.app.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The officers' review queue and their decisions. */
@RestController
class ReviewController {

    private final Reviews reviews;
    private final OfficerCaller officers;
    private final List<InventoryLookup> inventories;

    ReviewController(Reviews reviews, OfficerCaller officers, List<InventoryLookup> inventories) {
        this.reviews = reviews;
        this.officers = officers;
        this.inventories = inventories;
    }

    /** A case as an officer sees it: the case, the inventory as its declarant sees it, and the decisions. */
    record CaseResponse(CustomsJson.Case reviewCase, InventoryLookup.Found inventory,
                        List<CustomsJson.Decision> decisions) {
    }

    /** A decision: APPROVE, REJECT, INSPECT, INSPECTION_PASSED, DETAIN (with returnStatus 501–599) or RETURN. */
    record Decision(String action, String returnStatus, String reason) {
    }

    @GetMapping("/api/v1/customs/reviews")
    Map<String, List<CustomsJson.Case>> queue(@RequestParam(defaultValue = "100") int limit,
                                              HttpServletRequest request) {
        officers.of(request);
        return Map.of("reviews", reviews.queue(limit).stream().map(CustomsJson.Case::of).toList());
    }

    @GetMapping("/api/v1/customs/reviews/{invtNo}")
    CaseResponse view(@PathVariable String invtNo, HttpServletRequest request) {
        officers.of(request);
        return response(invtNo);
    }

    @PostMapping("/api/v1/customs/reviews/{invtNo}/decisions")
    CaseResponse decide(@PathVariable String invtNo, @RequestBody Decision decision,
                            HttpServletRequest request) {
        var officer = officers.of(request);
        ReviewCase.Action action;
        try {
            action = ReviewCase.Action.valueOf(decision.action() == null ? "" : decision.action());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-decision", "action: one of APPROVE, REJECT, INSPECT, "
                    + "INSPECTION_PASSED, DETAIN, RETURN, not '" + decision.action() + "'");
        }
        reviews.decide(officer, invtNo, action, decision.returnStatus(), decision.reason());
        return response(invtNo);
    }

    private CaseResponse response(String invtNo) {
        Reviews.CaseView found = reviews.view(invtNo);
        InventoryLookup.Found inventory = inventories.stream().map(lookup -> lookup.byInvtNo(invtNo))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
        return new CaseResponse(CustomsJson.Case.of(found.reviewCase()), inventory, found.decisions().stream()
                .map(CustomsJson.Decision::of).toList());
    }
}
