package org.cbec.app.customs.demo;

import java.util.Set;
import org.cbec.app.customs.application.Officers;
import org.cbec.app.customs.domain.OfficerRole;
import org.cbec.app.registry.DemoEnterprisesFiled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the demo option, customs has an officer, {@code demo.officer}, who reviews, inspects and sets the risk
 * rules; the registry's demo files the console person of the same login. Filed once; its API token is printed.
 */
@Component
class DemoOfficer {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOfficer.class);
    static final String LOGIN = "demo.officer";

    private final Officers officers;

    DemoOfficer(Officers officers) {
        this.officers = officers;
    }

    @EventListener
    void on(DemoEnterprisesFiled filed) {
        if (officers.byLogin(LOGIN).isEmpty()) {
            String token = officers.file(LOGIN, "演示海关 王关员", Set.of(OfficerRole.REVIEWER, OfficerRole.INSPECTOR,
                    OfficerRole.RISK_ADMIN));
            LOG.warn("demo: customs officer {} (REVIEWER, INSPECTOR, RISK_ADMIN), API token {}", LOGIN, token);
        }
    }
}
