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

    Desk(ParcelComparison parcels) {
        this.parcels = parcels;
    }

    @Override
    public Optional<Object> describe(String invtNo) {
        return parcels.viewByInvtNo(invtNo);
    }

    @Override
    public Optional<String> state(String invtNo) {
        return parcels.stateByInvtNo(invtNo);
    }

    @Override
    public void advance(String invtNo, List<Step> steps, String state, Instant at) {
        parcels.advance(invtNo, steps, state, at);
    }
}
