package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.List;
import org.cbec.app.clearance.intake.StrandedSource;
import org.cbec.app.clearance.intake.Touched;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.springframework.stereotype.Component;

/** Complete import sets (order, payment, waybill and inventory on file) whose inventory still waits. */
@Component
class ImportStrandedSets implements StrandedSource {

    private final ParcelRepository parcels;
    private final ParcelComparison comparison;

    ImportStrandedSets(ParcelRepository parcels, ParcelComparison comparison) {
        this.parcels = parcels;
        this.comparison = comparison;
    }

    @Override
    public String side() {
        return "import";
    }

    @Override
    public List<Touched> stranded(Instant before, int limit) {
        return parcels.stranded(before, limit).stream().map(k -> new Touched("INVENTORY", k[0], k[1])).toList();
    }

    @Override
    public void recheck(List<Touched> keys, Instant now) {
        comparison.recheck(keys, now);
    }
}
