package org.cbec.app.customs.demo;

import java.math.BigDecimal;
import java.time.Clock;
import org.cbec.app.customs.persistence.GuaranteeRepository;
import org.cbec.app.registry.DemoEnterprisesFiled;
import org.cbec.app.registry.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With the demo option, each demo e-commerce enterprise guarantees the tax of its parcels: a guarantee of
 * 1,000,000 CNY is filed for it, unless it has one, so that the demo's parcels are released.
 */
@Component
class DemoGuarantees {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGuarantees.class);
    static final BigDecimal AMOUNT = new BigDecimal("1000000.00");

    private final GuaranteeRepository guarantees;
    private final Clock clock;

    DemoGuarantees(GuaranteeRepository guarantees, Clock clock) {
        this.guarantees = guarantees;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(DemoEnterprisesFiled filed) {
        for (DemoEnterprisesFiled.Filed enterprise : filed.enterprises()) {
            if (enterprise.roles().contains(Role.EBC) && guarantees.find(enterprise.code()).isEmpty()) {
                guarantees.set(enterprise.code(), AMOUNT, clock.instant());
                LOG.warn("demo: a tax guarantee of {} CNY is filed for {} (assureCode)", AMOUNT, enterprise.code());
            }
        }
    }
}
