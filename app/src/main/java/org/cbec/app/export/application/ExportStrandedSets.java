package org.cbec.app.export.application;

import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.intake.StrandedSource;
import org.cbec.app.clearance.intake.Touched;
import org.cbec.app.export.persistence.ExportRepository;
import org.springframework.stereotype.Component;

/**
 * Complete export sets (order, waybill, inventory, and the receipt of payment where it is required) whose
 * inventory still waits.
 */
@Component
class ExportStrandedSets implements StrandedSource {

    private final ExportRepository exports;
    private final ExportClearance clearance;

    ExportStrandedSets(ExportRepository exports, ExportClearance clearance) {
        this.exports = exports;
        this.clearance = clearance;
    }

    @Override
    public String side() {
        return "export";
    }

    @Override
    public List<Touched> stranded(Instant before, int limit) {
        return exports.stranded(clearance.receiptRequired(), before, limit).stream()
                .map(k -> new Touched(ExportDocumentStore.INVENTORY, k[0], k[1])).toList();
    }

    @Override
    public void recheck(List<Touched> keys, Instant now) {
        clearance.recheck(keys, now);
    }
}
