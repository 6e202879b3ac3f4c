package org.cbec.app.clearance.persistence;

import org.cbec.app.shared.persistence.WebhookProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per enterprise, the last receipt its webhook took, and when to try again after a failure. */
@Repository
public class WebhookRepository extends WebhookProgress {

    public WebhookRepository(JdbcClient jdbc) {
        super(jdbc, "webhook_delivery", "enterprise");
    }
}
