package org.cbec.app.registry.application;

import org.cbec.app.registry.EnterpriseApproved;
import org.cbec.app.registry.domain.Enterprise;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files the enterprises customs approved on the public service platform: a new one with its roles (its API token
 * issued by the operator when it asks), one already filed with the name and roles approved, keeping its DXP id,
 * webhook and certificates.
 */
@Component
class ApprovedFilings {

    private final EnterpriseService enterprises;
    private final TransactionTemplate transaction;

    ApprovedFilings(EnterpriseService enterprises, TransactionTemplate transaction) {
        this.enterprises = enterprises;
        this.transaction = transaction;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(EnterpriseApproved approved) {
        Retries.inTransaction(transaction, "filing approved enterprise " + approved.code(), () -> {
            if (enterprises.exists(approved.code())) {
                Enterprise filed = enterprises.find(approved.code());
                enterprises.change(approved.code(), new EnterpriseService.Filing(approved.code(), approved.name(),
                        approved.roles(), filed.dxpId(), null, filed.webhookUrl()));
            } else {
                enterprises.file(new EnterpriseService.Filing(approved.code(), approved.name(), approved.roles(),
                        null, null, null));
            }
        });
    }
}
