package org.cbec.app.customs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.InvtNo;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.customs.domain.ReviewCase;
import org.cbec.app.customs.domain.ReviewDecision;
import org.cbec.app.customs.domain.ReviewQueueEntry;
import org.cbec.app.customs.persistence.ReviewRepository;
import org.cbec.app.export.ExportDecided;
import org.cbec.app.shared.BatchedEvents;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officers' review: the queue of inventories the risk rules sent to 300, what each looks like (documents,
 * comparison, hits, decisions so far), and the decisions, each recorded with who, when and why, each a receipt to
 * the declarant. Rejection and return give the buyer's quota and the tax back. A decision is published
 * ({@link CustomsDecided}, {@link ExportDecided}) in the transaction that records it; clearance applies it to the
 * inventory once that has committed.
 */
@Service
public class Reviews {

    private final ReviewRepository cases;
    private final BatchedEvents events;
    private final EventDelivery delivery;
    private final TransactionTemplate transactions;
    private final Undo undo;
    private final TaxBills bills;
    private final Clock clock;

    Reviews(ReviewRepository cases, BatchedEvents events, Undo undo, TaxBills bills, Clock clock,
            EventDelivery delivery, TransactionTemplate transactions) {
        this.delivery = delivery;
        this.transactions = transactions;
        this.bills = bills;
        this.cases = cases;
        this.events = events;
        this.undo = undo;
        this.clock = clock;
    }

    /** A case as customs holds it: the case and its decisions (the inventory itself is clearance's). */
    public record CaseView(ReviewQueueEntry reviewCase, List<ReviewDecision> decisions) {
    }

    public List<ReviewQueueEntry> queue(int limit) {
        return cases.queue(Math.max(1, Math.min(limit, 500)));
    }

    /** The queue as officers filter it: by status (null: every open case) and by a rule hit, a page of it. */
    public List<ReviewQueueEntry> queue(ReviewCase.Status status, String hit, int offset, int limit) {
        return cases.queue(status, hit == null || hit.isBlank() ? null : hit.strip(), offset, limit);
    }

    /** How many cases stand in each status. */
    public java.util.Map<ReviewCase.Status, Long> counts() {
        return cases.counts();
    }

    @Transactional(readOnly = true)
    public CaseView view(String invtNo) {
        ReviewQueueEntry found = cases.find(invtNo).orElseThrow(() -> Refusal.notFound("no review of "
                + invtNo));
        return new CaseView(found, cases.decisions(invtNo));
    }

    /** Decides the case; the inventory moves on once this has committed, before this returns. */
    public void decide(Officer officer, String invtNo, ReviewCase.Action action, String detention, String reason) {
        delivery.inTransaction(transactions, () -> {
            decideNow(officer, invtNo, action, detention, reason);
            return null;
        });
    }

    private void decideNow(Officer officer, String invtNo, ReviewCase.Action action, String detention,
                           String reason) {
        ReviewQueueEntry found = cases.lock(invtNo).orElseThrow(() -> Refusal.notFound("no review of "
                + invtNo));
        boolean export = InvtNo.export(invtNo);
        if (export && action != ReviewCase.Action.APPROVE && action != ReviewCase.Action.REJECT) {
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
        List<CustomsDecided.Step> steps = outcome.steps().stream()
                .map(s -> new CustomsDecided.Step(s.returnStatus(), s.info())).toList();
        CustomsDecided.Stage from = stage(found.status());
        CustomsDecided.Outcome result = CustomsDecided.Outcome.valueOf(outcome.inventoryState().name());
        if (export) {
            events.add(ExportDecided.Batch.class, ExportDecided.Batch::new, new ExportDecided(invtNo,
                    found.agentCode(), found.copNo(), from, result, steps, now));
        } else {
            events.add(CustomsDecided.Batch.class, CustomsDecided.Batch::new, new CustomsDecided(invtNo,
                    found.agentCode(), found.copNo(), from, result, steps, null, now));
        }
        cases.status(invtNo, outcome.next(), now);
        cases.decided(invtNo, officer.login(), action.name(), outcome.steps().get(outcome.steps().size() - 1)
                .returnStatus(), reason, now);
        if (outcome.undo()) {
            undo.all(invtNo, now);
        }
        if (outcome.inventoryState() == ReviewCase.Result.RELEASED && !export) {
            bills.released(invtNo, now);
        }
    }

    /** Where the inventory is while its case is in this state. */
    private static CustomsDecided.Stage stage(ReviewCase.Status status) {
        return switch (status) {
            case INSPECTION -> CustomsDecided.Stage.INSPECTION;
            case DETAINED -> CustomsDecided.Stage.DETAINED;
            default -> CustomsDecided.Stage.REVIEW;
        };
    }
}
