package org.cbec.app.clearance.application;

import java.util.Optional;
import org.cbec.app.clearance.InventoryLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Export inventories by invtNo, for officers' pages. */
@Component
class ExportInventoryLookup implements InventoryLookup {

    private final ExportClearance exports;

    ExportInventoryLookup(ExportClearance exports) {
        this.exports = exports;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> byInvtNo(String invtNo) {
        return exports.describe(invtNo);
    }
}
