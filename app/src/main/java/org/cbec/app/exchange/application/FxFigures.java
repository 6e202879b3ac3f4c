package org.cbec.app.exchange.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.domain.FxGap;
import org.cbec.app.exchange.domain.SharingPolicy;
import org.cbec.app.exchange.persistence.DatasetRepository;
import org.cbec.app.exchange.persistence.FxRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FX's figures (cbec-rules.md §D): each released parcel's payment (import, CEB411) or receipt (export, CEB403)
 * against the value declared to customs, as a record of {@code fx-payments} and added to its enterprise's month;
 * the enterprises whose money differs from their declared value by more than a share ({@code
 * cbec.exchange.fx-gap-share}, 5 % unless set; a query may ask another) listed with their figures.
 */
@Service
public class FxFigures {

    private final FxRepository figures;
    private final DatasetRepository records;
    private final Datasets datasets;
    private final Clock clock;
    private final BigDecimal share;

    FxFigures(FxRepository figures, DatasetRepository records, Datasets datasets, Clock clock,
              @Value("${cbec.exchange.fx-gap-share:0.05}") String share) {
        this.figures = figures;
        this.records = records;
        this.datasets = datasets;
        this.clock = clock;
        this.share = FxGap.share(share);
    }

    /** A released parcel's money and declared value: false when it was counted already (an event again). */
    boolean released(Map<String, Object> payment, String direction, String enterprise, BigDecimal declared,
                     BigDecimal paid, Instant releasedAt) {
        String month = YearMonth.from(releasedAt.atZone(Statistics.CHINA)).toString();
        Map<String, Object> record = new LinkedHashMap<>(payment);
        record.put("direction", direction);
        record.put("declaredValue", declared);
        record.put("paidValue", paid);
        record.put("month", month);
        if (!records.append(Dataset.FX_PAYMENTS.wireName(), (String) payment.get("invtNo"), enterprise,
                Datasets.JSON.writeValueAsString(record), releasedAt)) {
            return false;
        }
        Object payCode = payment.get("payCode");
        figures.add(enterprise, month, direction, payCode == null ? "" : payCode.toString(), declared, paid);
        return true;
    }

    /** The enterprises FX asks to explain for a month, with the share used. */
    public record Gaps(String month, BigDecimal share, List<FxGap> listed) {
    }

    /** A month's gaps, for a department whose policy grants it {@code fx-payments}; the read is logged. */
    @Transactional
    public Gaps gaps(String department, String month, String share) {
        Instant now = clock.instant();
        SharingPolicy policy = datasets.granted(department, Dataset.FX_PAYMENTS, now);
        YearMonth asked;
        try {
            asked = YearMonth.parse(month);
        } catch (DateTimeParseException | NullPointerException e) {
            throw Refusal.invalid("invalid-fx", "month: a month as YYYY-MM, not '" + month + "'");
        }
        BigDecimal over;
        try {
            over = share == null ? this.share : FxGap.share(share);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("invalid-fx", e.getMessage());
        }
        List<FxGap> listed = figures.months(asked.toString(), null, null).stream().filter(g -> g.over(over))
                .toList();
        Map<String, Integer> read = new LinkedHashMap<>();
        listed.forEach(g -> read.merge(g.enterprise(), 1, Integer::sum));
        datasets.logged(department, Dataset.FX_PAYMENTS, read, policy.purpose(), now);
        return new Gaps(asked.toString(), over, listed);
    }

    /** Months of the last 12 (this one included) in which an enterprise was over the configured share. */
    int gapMonths(String enterprise, Instant now) {
        YearMonth first = YearMonth.from(now.atZone(Statistics.CHINA)).minusMonths(11);
        return (int) figures.months(null, enterprise, first.toString()).stream().filter(g -> g.over(share))
                .map(FxGap::month).distinct().count();
    }
}
