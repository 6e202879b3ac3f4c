package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.clearance.ClearanceFigures;
import org.cbec.app.clearance.persistence.FigureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures of import clearance, read in one read-only transaction each. */
@Service
@Transactional(readOnly = true)
class Figures implements ClearanceFigures {

    private final FigureRepository figures;

    Figures(FigureRepository figures) {
        this.figures = figures;
    }

    @Override
    public List<HourCount> perHour(Instant since) {
        return figures.perHour(since);
    }

    @Override
    public ReleaseTimes releaseTimes(Instant since) {
        return figures.releaseTimes(since);
    }

    @Override
    public Map<String, Long> refusalReasons(Instant since) {
        return figures.refusalReasons(since);
    }

    @Override
    public List<MinuteCount> messagesPerMinute(Instant since) {
        return figures.messagesPerMinute(since);
    }

    @Override
    public Optional<WebhookStatus> webhook(String enterprise) {
        return figures.webhooks(enterprise).stream().findFirst();
    }

    @Override
    public List<WebhookStatus> webhooks() {
        return figures.webhooks(null);
    }
}
