package org.cbec.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cbec.app.clearance.ClearanceFigures.HourCount;
import org.cbec.app.clearance.ClearanceFigures;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.shared.ConsolePage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Customs' dashboard over the last 24 hours: parcels per hour by status, release time p50 and p90, and the top
 * refusal reasons. The figures are in the page as tables (readable without JavaScript) and drawn by ECharts from
 * the same figures as JSON.
 */
@Controller
@ConsolePage
class CustomsDashboard {

    static final Duration WINDOW = Duration.ofHours(24);
    /** The refusal reasons the dashboard shows, the most frequent. */
    static final int TOP_REASONS = 10;
    /**
     * How long counted figures are shown again: counting a day of a busy platform's parcels takes a database a
     * good part of a second, and a figure over 24 hours does not change in {@value} seconds.
     */
    static final int FRESH_SECONDS = 15;

    private final Cache<Duration, Figures> counted = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(FRESH_SECONDS)).maximumSize(1).build();

    private final ClearanceFigures figures;
    private final Clock clock;
    private final ConsoleLocale.ChinaTime chinaTime;
    private final MessageSource messages;

    CustomsDashboard(ClearanceFigures figures, Clock clock, ConsoleLocale.ChinaTime chinaTime,
                     MessageSource messages) {
        this.messages = messages;
        this.figures = figures;
        this.clock = clock;
        this.chinaTime = chinaTime;
    }

    /**
     * The dashboard's figures: hours (China time), a series of counts per status, times, reasons, and the names
     * of the statuses and reasons in the reader's language.
     */
    record Figures(List<String> hours, Map<String, List<Long>> perHour, long released, long p50Seconds,
                   long p90Seconds, Map<String, Long> reasons, Map<String, String> labels) {
    }

    @GetMapping("/console/customs/dashboard")
    String dashboard(Model model) {
        model.addAttribute("figures", figures());
        return "console/customs/dashboard";
    }

    @GetMapping("/console/customs/dashboard/figures")
    @ResponseBody
    Figures figures() {
        Figures shown = counted.get(WINDOW, window -> count());
        Map<String, String> labels = new LinkedHashMap<>();
        shown.perHour().keySet().forEach(status -> labels.put(status, label("status." + status, status)));
        shown.reasons().keySet().forEach(reason -> labels.put(reason, label("reason." + reason, reason)));
        return new Figures(shown.hours(), shown.perHour(), shown.released(), shown.p50Seconds(),
                shown.p90Seconds(), shown.reasons(), labels);
    }

    /** The figures as counted, without labels: every officer's page and its chart share them for a while. */
    private Figures count() {
        Instant since = clock.instant().minus(WINDOW);
        List<HourCount> counts = figures.perHour(since);
        List<Instant> hours = new ArrayList<>(new TreeSet<>(counts.stream().map(HourCount::hour).toList()));
        Map<String, List<Long>> perHour = new LinkedHashMap<>();
        for (InventoryStatus status : InventoryStatus.values()) {
            List<Long> series = hours.stream().map(hour -> counts.stream().filter(c -> c.hour().equals(hour)
                    && c.status().equals(status.name())).mapToLong(HourCount::count).sum()).toList();
            if (series.stream().anyMatch(n -> n > 0)) {
                perHour.put(status.name(), series);
            }
        }
        ClearanceFigures.ReleaseTimes times = figures.releaseTimes(since);
        Map<String, Long> reasons = new LinkedHashMap<>();
        figures.refusalReasons(since).entrySet().stream().limit(TOP_REASONS)
                .forEach(e -> reasons.put(e.getKey(), e.getValue()));
        return new Figures(hours.stream().map(h -> chinaTime.format(h).substring(5, 16)).toList(), perHour,
                times.released(), times.p50().toSeconds(), times.p90().toSeconds(), reasons, Map.of());
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
