package org.cbec.app.registry.demo;

import java.util.List;
import org.cbec.app.registry.DemoEnterprisesFiled;
import org.cbec.app.registry.People;
import org.cbec.app.registry.Person;
import org.cbec.app.registry.application.PeopleService;
import org.cbec.app.shared.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the demo option, one person of each kind signs in to the console: the demo platform's and the demo
 * declarant's people, a customs officer (customs files the officer of the same login, {@code demo.officer}) and
 * the operator. Their passwords are new at each start and printed, as the demo's tokens are.
 */
@Component
class DemoPeople {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);

    private record Demo(String login, Person.Kind kind, String orgCode, String role, String displayName) {
    }

    static final List<Demo> PEOPLE = List.of(
            new Demo("demo.platform", Person.Kind.ENTERPRISE, "1101110325", "MANAGER", "演示电商平台 张经理"),
            new Demo("demo.agent", Person.Kind.ENTERPRISE, "1105910159", "DECLARANT", "演示报关企业 李报关员"),
            new Demo("demo.tax", Person.Kind.DEPARTMENT, "TAX", "ANALYST", "演示税务部门 陈分析员"),
            new Demo("demo.officer", Person.Kind.CUSTOMS, null, "REVIEWER", "演示海关 王关员"),
            new Demo("demo.operator", Person.Kind.OPERATOR, null, "ADMIN", "演示运营 赵管理员"));

    private final PeopleService people;

    DemoPeople(PeopleService people) {
        this.people = people;
    }

    @EventListener
    void on(DemoEnterprisesFiled filed) {
        StringBuilder report = new StringBuilder("demo people of the console (/console; passwords new at each start):");
        for (Demo demo : PEOPLE) {
            String password = Tokens.generate().substring(0, 16);
            if (people.find(demo.login()).isPresent()) {
                people.setPassword(demo.login(), password);
            } else {
                people.file(new People.Filing(demo.login(), password, demo.kind().name(), demo.orgCode(),
                        demo.role(), demo.displayName()));
            }
            report.append(String.format("%n  %-14s %-10s %s password %s", demo.login(), demo.kind(),
                    demo.displayName(), password));
        }
        LOG.warn("{}", report);
    }
}
