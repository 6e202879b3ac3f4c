package org.cbec.app.customs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.InventoryDesk;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.customs.domain.ReviewCase;
import org.cbec.app.customs.domain.ReviewDecision;
import org.cbec.app.customs.domain.ReviewQueueEntry;
import org.cbec.app.customs.persistence.OfficerRepository;
import org.cbec.app.customs.persistence.ReviewRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' review: the queue of inventories the risk rules sent to 300, what each looks like (documents,
 * comparison, hits, decisions so far), and the decisions, each recorded with who, when and why, each a receipt to
 * the declarant. Rejection and return give the buyer's quota and the tax back.
 */
@Service
public class Reviews {

    private final ReviewRepository cases;
    private final InventoryDesk desk;
    private final Undo undo;
    private final TaxBills bills;
    private final Clock clock;

    Reviews(ReviewRepository cases, InventoryDesk desk, Undo undo, TaxBills bills, Clock clock) {
        this.bills = bills;
        this.cases = cases;
        this.desk = desk;
        this.undo = undo;
        this.clock = clock;
    }

    /** A case as an officer sees it. */
    public record CaseView(ReviewQueueEntry reviewCase, Object inventory, List<ReviewDecision> decisions) {
    }

    public List<ReviewQueueEntry> queue(int limit) {
        return cases.queue(Math.max(1, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    public CaseView view(String invtNo) {
        ReviewQueueEntry found = cases.find(invtNo).orElseThrow(() -> Refusal.notFound("no review of "
                + invtNo));
        return new CaseView(found, desk.describe(invtNo).orElse(null), cases.decisions(invtNo));
    }

    @Transactional
    public CaseView decide(Officer officer, String invtNo, ReviewCase.Action action,
                           String detention, String reason) {
        ReviewQueueEntry found = cases.lock(invtNo).orElseThrow(() -> Refusal.notFound("no review of "
                + invtNo));
        if (desk.export(invtNo) && action != ReviewCase.Action.APPROVE && action != ReviewCase.Action.REJECT) {
            throw new Refusal(Refusal.Kind.CONFLICT, "case-state", action + " is not for an export list: it is "
                    + "approved (399, then 800 on arrival) or rejected (100)");
        }
        ReviewCase.Outcome outcome;
        try {
            outcome = ReviewCase.decide(found.status(), action, detention, reason, officer.roles());
        } catch (ReviewCase.Refused refused) {
            throw switch (refused.kind()) {
                case ROLE -> Refusal.forbidden("officer-role", refused.getMessage());
                case STATE -> new Refusal(Refusal.Kind.CONFLICT, "case-state", refused.getMessage());
                case INPUT -> Refusal.invalid("invalid-decision", refused.getMessage());
            };
        }
        Instant now = clock.instant();
        desk.advance(invtNo, outcome.steps().stream().map(s -> new InventoryDesk.Step(s.returnStatus(), s.info()))
                .toList(), outcome.inventoryState(), now);
        cases.status(invtNo, outcome.next(), now);
        cases.decided(invtNo, officer.login(), action.name(), outcome.steps().get(outcome.steps().size() - 1)
                .returnStatus(), reason, now);
        if (outcome.undo()) {
            undo.all(invtNo, now);
        }
        if (InventoryDesk.RELEASED.equals(outcome.inventoryState()) && !desk.export(invtNo)) {
            bills.released(invtNo, now);
        }
        return view(invtNo);
    }
}
