package org.cbec.app.exchange.application;

import java.time.Clock;
import java.util.List;
import org.cbec.app.customs.EnterpriseFlagged;
import org.cbec.app.exchange.domain.Department;
import org.cbec.app.exchange.domain.InboxMessage;
import org.cbec.app.exchange.domain.Notice;
import org.cbec.app.exchange.domain.Result;
import org.cbec.app.exchange.persistence.ResultRepository;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Paging;
import org.cbec.app.shared.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two-way: departments publish notices for every enterprise, send an enterprise their results (its inbox, pulled
 * by cursor), and put an enterprise on the customs risk list (an event customs' BLOCKED_ENTERPRISE rule takes,
 * audited as the department's change).
 */
@Service
public class Results {

    /** The most inbox messages one pull returns. */
    public static final int MAX_LIMIT = 500;

    private final ResultRepository results;
    private final ApplicationEventPublisher events;
    private final EventDelivery delivery;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Results(ResultRepository results, ApplicationEventPublisher events, EventDelivery delivery,
            TransactionTemplate transactions, Clock clock) {
        this.results = results;
        this.events = events;
        this.delivery = delivery;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Notice publish(String department, String title, String body) {
        if (title == null || title.isBlank() || title.length() > 200 || body == null || body.isBlank()
                || body.length() > 20_000) {
            throw Refusal.invalid("invalid-notice", "title and body: required, at most 200 and 20,000 characters");
        }
        return transactions.execute(status -> {
            long id = results.publish(department, title, body, clock.instant());
            return new Notice(id, department, title, body, clock.instant());
        });
    }

    public Paging.Shown<Notice> notices(Integer page) {
        return Paging.of(page).read(results::notices);
    }

    /** Delivers a department's result to the enterprise's inbox; its cursor. */
    public long send(String department, Result result) {
        String problem = result.problem(department);
        if (problem != null) {
            throw Refusal.invalid("invalid-result", problem);
        }
        return transactions.execute(status -> results.deliver(department, result, clock.instant()));
    }

    public List<InboxMessage> inbox(String enterprise, long after, int limit) {
        return results.inbox(enterprise, Math.max(0, after), Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    /**
     * Puts an enterprise on the customs risk list, saying why; customs has taken it in when this returns. Customs
     * does it itself from its own findings, so the departments of the platform other than customs do.
     */
    public void flag(String department, String enterprise, String reason) {
        if (enterprise == null || !enterprise.matches("[0-9A-Za-z]{10}|[0-9A-Z]{18}")) {
            throw Refusal.invalid("invalid-flag", "enterprise: a 10-character customs code or an 18-character "
                    + "credit code");
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw Refusal.invalid("invalid-flag", "reason: every flag says why, in at most 1,000 characters");
        }
        if (Department.CUSTOMS.name().equals(department)) {
            throw Refusal.forbidden("not-for-customs", "customs changes its risk rules itself");
        }
        delivery.inTransaction(transactions, () -> {
            events.publishEvent(new EnterpriseFlagged(enterprise, department, reason));
            return null;
        });
    }
}
