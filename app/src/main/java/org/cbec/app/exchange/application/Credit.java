package org.cbec.app.exchange.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cbec.app.customs.TaxPaymentChanged;
import org.cbec.app.exchange.domain.CreditScore;
import org.cbec.app.exchange.persistence.CreditRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;

/**
 * Credit (电商信用): the facts of each enterprise counted as the feeds write them (a release, a refusal by the
 * comparison or by customs, a return, a guarantor's payment form), and its score recomputed before the commit of
 * every transaction that added one (once per enterprise). A form falling due unpaid changes a score without an
 * event: those are recomputed each hour.
 */
@Service
public class Credit {

    private static final Duration YEAR = Duration.ofDays(365);

    private final CreditRepository facts;
    private final FxFigures fx;
    private final Clock clock;

    Credit(CreditRepository facts, FxFigures fx, Clock clock) {
        this.facts = facts;
        this.fx = fx;
        this.clock = clock;
    }

    /** A fact about an enterprise, in the month (China time) it happened. */
    void counted(String enterprise, CreditRepository.Counted fact, Instant at) {
        if (enterprise == null) {
            return;
        }
        facts.count(enterprise, YearMonth.from(at.atZone(Statistics.CHINA)).toString(), fact);
        touched(enterprise);
    }

    /** A payment form issued or paid: its guarantor's overdue tax. */
    void taxPayment(TaxPaymentChanged change) {
        facts.taxPayment(change.entDutyNo(), change.assureCode(), change.total(), change.at(), change.dueBy(),
                "PAID".equals(change.status()) ? change.at() : null);
        touched(change.assureCode());
    }

    /** An enterprise's code as credit knows it: a customs code (10) or a credit code (18), digits and capitals. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9A-Z]{10,18}");

    /** An enterprise's score as of now, from its facts (an enterprise without any has them all clean). */
    @Transactional(readOnly = true)
    public CreditScore score(String enterprise) {
        if (enterprise == null || !CODE.matcher(enterprise).matches()) {
            throw Refusal.invalid("invalid-enterprise", "code: an enterprise's customs code (10 characters) or "
                    + "credit code (18), digits and capitals, not '" + enterprise + "'");
        }
        return computed(enterprise, clock.instant());
    }

    /** Computes an enterprise's score and stores it: what departments list. */
    private void rescore(String enterprise) {
        Instant now = clock.instant();
        CreditScore score = computed(enterprise, now);
        facts.score(enterprise, score.score(), score.grade(), Datasets.JSON.writeValueAsString(score.factors()),
                now);
    }

    private CreditScore computed(String enterprise, Instant now) {
        String from = YearMonth.from(now.atZone(Statistics.CHINA)).minusMonths(11).toString();
        long[] counts = facts.counts(enterprise, from);
        return CreditScore.of(enterprise, new CreditScore.Facts(counts[0], counts[1], counts[2], counts[3],
                fx.gapMonths(enterprise, now), facts.overdueForms(enterprise, now.minus(YEAR), now)));
    }

    /** Scores as last computed, lowest first, a page of them: what a department looks at. */
    @Transactional(readOnly = true)
    public List<CreditScore> lowest(int offset, int limit) {
        return facts.lowest(offset, limit).stream().map(s -> new CreditScore(s.enterprise(), s.score(),
                s.grade().charAt(0), Datasets.JSON.readValue(s.factors(),
                new TypeReference<List<CreditScore.Factor>>() { }))).toList();
    }

    private Instant lastDueCheck;

    /** The guarantors whose forms fell due unpaid since the last look: their scores drop without an event. */
    @Scheduled(fixedDelayString = "${cbec.exchange.credit-due-check:PT1H}", initialDelayString = "PT1M")
    @Transactional
    public void fellDue() {
        Instant now = clock.instant();
        Instant since = lastDueCheck == null ? now.minus(YEAR) : lastDueCheck;
        facts.fellDue(since, now).forEach(this::rescore);
        lastDueCheck = now;
    }

    /** Remembers an enterprise whose facts changed; its score is recomputed once, just before the commit. */
    private void touched(String enterprise) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rescore(enterprise);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> touched = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (touched == null) {
            Set<String> fresh = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    fresh.forEach(Credit.this::rescore);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(Credit.this);
                }
            });
            touched = fresh;
        }
        touched.add(enterprise);
    }
}
