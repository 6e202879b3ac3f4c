package org.cbec.app.export.application;

import java.util.Map;
import java.util.Optional;
import org.cbec.app.clearance.InventoryLookup;
import org.cbec.app.clearance.InvtNo;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.InventorySummary;
import org.cbec.app.export.persistence.ExportRepository;
import org.cbec.app.export.persistence.ExportRepository.ExportInventoryRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An export inventory as its declarant and the officers see it: where it stands, with its history. */
@Service
public class ExportLookup implements InventoryLookup {

    private final ExportRepository exports;

    ExportLookup(ExportRepository exports) {
        this.exports = exports;
    }

    /** A declarant's export inventory, by its copNo. */
    @Transactional(readOnly = true)
    public Optional<InventorySummary> view(String agentCode, String copNo) {
        return exports.find(agentCode, copNo).map(this::summary);
    }

    private InventorySummary summary(ExportInventoryRow row) {
        return new InventorySummary(row.agentCode(), row.copNo(), row.ebpCode(), row.orderNo(), row.logisticsCode(),
                row.logisticsNo(), row.preNo(), row.invtNo(), InventoryStatus.of(row.status()), row.deadline(),
                row.releasedAt(), exports.history(row.agentCode(), row.copNo()).stream()
                .map(h -> new InventorySummary.HistoryLine(h.status(), h.info(), h.at())).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Found> byCopNo(String callerCode, String copNo) {
        return view(callerCode, copNo).map(summary -> new Found(summary, Map.of(), null));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Found> byInvtNo(String invtNo) {
        if (!InvtNo.export(invtNo)) {
            return Optional.empty();
        }
        return exports.byInvtNo(invtNo).map(row -> new Found(summary(row), Map.of(), null));
    }
}
