package org.cbec.app.exchange.demo;

import org.cbec.app.exchange.application.Departments;
import org.cbec.app.exchange.domain.Department;
import org.cbec.app.registry.DemoEnterprisesFiled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** With the demo option, the departments are filed at start, each with a new token printed. */
@Component
class DemoDepartments {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDepartments.class);

    private final Departments departments;

    DemoDepartments(Departments departments) {
        this.departments = departments;
    }

    @EventListener
    void on(DemoEnterprisesFiled filed) {
        StringBuilder report = new StringBuilder("demo departments of the public service platform (tokens new at "
                + "each start):");
        for (Department department : Department.values()) {
            report.append(String.format("%n  %-9s %s token %s", department.name(), department.chineseName(),
                    departments.file(department.name())));
        }
        LOG.warn("{}", report);
    }
}
