package org.cbec.app.customs.application;

import org.cbec.app.customs.EnterpriseFlagged;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/** A department's flag puts the enterprise on the BLOCKED_ENTERPRISE rule, audited as the department's change. */
@Component
class FlaggedEnterprises {

    private final RiskRules rules;
    private final TransactionTemplate transaction;

    FlaggedEnterprises(RiskRules rules, TransactionTemplate transaction) {
        this.rules = rules;
        this.transaction = transaction;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(EnterpriseFlagged flagged) {
        Retries.inTransaction(transaction, "blocking enterprise " + flagged.code(), () -> rules.block(
                flagged.code(), "department:" + flagged.department(), flagged.reason()));
    }
}
