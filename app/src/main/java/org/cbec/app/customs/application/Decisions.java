package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cbec.app.clearance.CustomsDecided.Outcome;
import org.cbec.app.clearance.CustomsDecided.Stage;
import org.cbec.app.clearance.CustomsDecided.Step;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.Verdict;
import org.cbec.app.customs.persistence.ReviewRepository;
import org.cbec.app.customs.persistence.TaxRepository;
import org.cbec.app.export.ExportDecided;
import org.cbec.app.export.ExportInventoryCompared;
import org.cbec.app.shared.BatchedEvents;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customs' answer to the inventories clearance compared, in a transaction of its own once clearance's has
 * committed: the checks of {@link CustomsAssessment} run in a savepoint per inventory, so that what an early check
 * counted (the buyer's quota, the guarantee, the zone's stock) is rolled back when a later one refuses; the
 * decisions are published ({@link CustomsDecided}, {@link ExportDecided}) in the same commit as customs' own
 * records, and the released inventories' tax bills after them ({@code TaxBillIssued}). The guarantees are
 * charged at the end ({@link GuaranteeCharges}), so that a guarantor's row is held only while the batch commits.
 * A deadlock with another decision (one guarantor, one buyer) runs the transaction again. The event publication
 * registry delivers a batch again after a crash: an inventory customs already decided (its tax bill or review
 * exists) is not decided twice.
 */
@Component
class Decisions {

    private final CustomsAssessment assessment;
    private final GuaranteeCharges charges;
    private final TaxRepository taxes;
    private final ReviewRepository reviews;
    private final TaxBills bills;
    private final BatchedEvents events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    Decisions(CustomsAssessment assessment, GuaranteeCharges charges, TaxRepository taxes, ReviewRepository reviews,
              TaxBills bills, BatchedEvents events, PlatformTransactionManager transactions) {
        this.assessment = assessment;
        this.charges = charges;
        this.taxes = taxes;
        this.reviews = reviews;
        this.bills = bills;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(InventoryCompared.Batch compared) {
        // a guarantor charged by another decision while this one ran: decided again, each charge made at once
        AtomicBoolean chargeAtOnce = new AtomicBoolean();
        Retries.inTransaction(transaction, "customs deciding " + compared.inventories().size() + " inventories",
                () -> {
                    if (chargeAtOnce.get()) {
                        charges.chargeEachAtOnce();
                    }
                    // whether each has its bill already (an event delivered again), in one statement
                    taxes.readBills(compared.inventories().stream().map(InventoryCompared::invtNo).toList());
                    compared.inventories().forEach(this::decide);
                    if (!charges.settle()) {
                        chargeAtOnce.set(true);
                        throw new ConcurrencyFailureException("a guarantee was charged by another decision "
                                + "meanwhile and no longer covers this batch's tax as read");
                    }
                });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ExportInventoryCompared.Batch compared) {
        Retries.inTransaction(transaction, "customs reviewing " + compared.inventories().size()
                + " export inventories", () -> {
                    // those with a case already (an event delivered again), in one statement; each reviewed once
                    Set<String> reviewed = new HashSet<>(reviews.withCase(compared.inventories().stream()
                            .map(ExportInventoryCompared::invtNo).toList()));
                    compared.inventories().stream().filter(c -> reviewed.add(c.invtNo())).forEach(this::review);
                });
    }

    private void decide(InventoryCompared compared) {
        if (taxes.bill(compared.invtNo()).isPresent()) {
            return;
        }
        Verdict verdict = savepoint.execute(status -> {
            Verdict checked = assessment.assess(compared);
            if (!checked.taken()) {
                status.setRollbackOnly();
                charges.takeBack(compared.invtNo());
            }
            return checked;
        });
        if (!verdict.taken()) {
            publish(new CustomsDecided(compared.invtNo(), compared.agentCode(), compared.copNo(), Stage.COMPARED,
                    Outcome.REFUSED, List.of(new Step(verdict.returnStatus(), verdict.returnInfo())), null,
                    compared.at()));
            return;
        }
        BigDecimal tax = taxes.bill(compared.invtNo()).map(TaxBill::total).orElse(BigDecimal.ZERO);
        publish(new CustomsDecided(compared.invtNo(), compared.agentCode(), compared.copNo(), Stage.COMPARED,
                verdict.toReview() ? Outcome.REVIEW : Outcome.RELEASED, takenIn(verdict), tax, compared.at()));
        if (!verdict.toReview()) {
            bills.issued(compared.invtNo(), compared.at());
        }
    }

    private void review(ExportInventoryCompared compared) {
        Verdict verdict = assessment.assessExport(compared);
        List<Step> steps = verdict.toReview() ? List.of(review(verdict)) : List.of(new Step("399", "海关审结"));
        events.add(ExportDecided.Batch.class, ExportDecided.Batch::new, new ExportDecided(compared.invtNo(),
                compared.agentCode(), compared.copNo(), Stage.COMPARED, verdict.toReview() ? Outcome.REVIEW
                : Outcome.RELEASED, steps, compared.at()));
    }

    private void publish(CustomsDecided decided) {
        events.add(CustomsDecided.Batch.class, CustomsDecided.Batch::new, decided);
    }

    /** 120 海关入库, then 399 海关审结 → 800 放行, or 300 人工审核 naming the hits. */
    private static List<Step> takenIn(Verdict verdict) {
        List<Step> steps = new ArrayList<>(List.of(new Step("120", "海关入库")));
        if (verdict.toReview()) {
            steps.add(review(verdict));
        } else {
            steps.add(new Step("399", "海关审结"));
            steps.add(new Step("800", "放行"));
        }
        return steps;
    }

    private static Step review(Verdict verdict) {
        return new Step("300", "人工审核: " + String.join("; ", verdict.hits()));
    }
}
