package org.cbec.app.customs.web;

import java.math.BigDecimal;
import java.time.Instant;
import org.cbec.app.customs.domain.Guarantee;
import org.cbec.app.customs.domain.ReviewDecision;
import org.cbec.app.customs.domain.ReviewQueueEntry;
import org.cbec.app.customs.domain.RiskRule;
import org.cbec.app.customs.domain.RiskRuleChange;
import org.cbec.app.customs.domain.StockItem;
import org.cbec.app.customs.domain.TaxPayment;

/** What customs' endpoints answer: their own shapes, mapped from the domain's records in one place. */
final class CustomsJson {

    private CustomsJson() {
    }

    /** A risk rule: its code, what it checks, whether it is on, and its parameter. */
    record Rule(String code, String description, boolean enabled, String parameter) {
        static Rule of(RiskRule r) {
            return new Rule(r.code(), r.description(), r.enabled(), r.parameter());
        }
    }

    /** A change of a risk rule: who, what before and after, why, when. */
    record RuleChange(String officer, boolean enabledBefore, String parameterBefore, boolean enabledAfter,
                      String parameterAfter, String reason, Instant changedAt) {
        static RuleChange of(RiskRuleChange c) {
            return new RuleChange(c.officer(), c.enabledBefore(), c.parameterBefore(), c.enabledAfter(),
                    c.parameterAfter(), c.reason(), c.changedAt());
        }
    }

    /** An item of a bonded account book and what it holds. */
    record Stock(String emsNo, String itemRecordNo, String ownerCode, String gcode, BigDecimal qty) {
        static Stock of(StockItem i) {
            return new Stock(i.emsNo(), i.itemRecordNo(), i.ownerCode(), i.gcode(), i.qty());
        }
    }

    /** A guarantor's tax guarantee: its amount, what its bills owe, and what is left. */
    record GuaranteeJson(String assureCode, BigDecimal amount, BigDecimal owed, BigDecimal available) {
        static GuaranteeJson of(Guarantee g) {
            return new GuaranteeJson(g.assureCode(), g.amount(), g.owed(), g.available());
        }
    }

    /** A payment form (entDutyNo) summarising a guarantor's bills. */
    record Payment(String entDutyNo, String assureCode, int bills, BigDecimal total, String status) {
        static Payment of(TaxPayment p) {
            return new Payment(p.entDutyNo(), p.assureCode(), p.bills(), p.total(), p.status());
        }
    }

    /** A review case in the queue. */
    record Case(String invtNo, String agentCode, String copNo, String hits, String status, Instant openedAt,
                Instant updatedAt) {
        static Case of(ReviewQueueEntry e) {
            return new Case(e.invtNo(), e.agentCode(), e.copNo(), e.hits(), e.status().name(), e.openedAt(),
                    e.updatedAt());
        }
    }

    /** An officer's decision on a case. */
    record Decision(String officer, String action, String returnStatus, String reason, Instant decidedAt) {
        static Decision of(ReviewDecision d) {
            return new Decision(d.officer(), d.action(), d.returnStatus(), d.reason(), d.decidedAt());
        }
    }
}
