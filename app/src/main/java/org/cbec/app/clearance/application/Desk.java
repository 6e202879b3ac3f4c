package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.InventoryDesk;
import org.springframework.stereotype.Service;

/** The {@link InventoryDesk} customs' officers work at. */
@Service
class Desk implements InventoryDesk {

    private final ParcelComparison parcels;
    private final ExportClearance exports;

    Desk(ParcelComparison parcels, ExportClearance exports) {
        this.parcels = parcels;
        this.exports = exports;
    }

    @Override
    public Optional<Object> describe(String invtNo) {
        return exports.isExport(invtNo) ? exports.describe(invtNo) : parcels.viewByInvtNo(invtNo);
    }

    @Override
    public Optional<String> state(String invtNo) {
        return exports.isExport(invtNo) ? exports.stateOf(invtNo) : parcels.stateByInvtNo(invtNo);
    }

    @Override
    public boolean export(String invtNo) {
        return exports.isExport(invtNo);
    }

    @Override
    public void advance(String invtNo, List<Step> steps, String state, Instant at) {
        if (exports.isExport(invtNo)) {
            exports.advance(invtNo, steps, state, at);
        } else {
            parcels.advance(invtNo, steps, state, at);
        }
    }
}
