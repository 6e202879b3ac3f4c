package org.cbec.app.clearance.application;

import java.util.Optional;
import org.cbec.app.clearance.InventoryLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Import inventories by invtNo, for officers' pages. */
@Component
class ImportInventoryLookup implements InventoryLookup {

    private final ParcelComparison parcels;

    ImportInventoryLookup(ParcelComparison parcels) {
        this.parcels = parcels;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> byInvtNo(String invtNo) {
        return parcels.viewByInvtNo(invtNo);
    }
}
