package org.cbec.app.clearance.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.shared.persistence.DocumentTable;
import org.cbec.app.shared.persistence.TransactionScoped;

/**
 * What a transaction read of the inventories' states, kept to its end: a message's intake reads those of its ten
 * records at once (one statement, where each record read its own twice), and customs' decisions those of a batch.
 * A write of a state through {@link ParcelRepository} forgets what was read of it, and every list of the
 * inventories naming a document, which a write may change.
 */
final class InventoriesRead {

    private static final Object KEY = InventoriesRead.class.getName();

    /** Each inventory read, by (agentCode, copNo); empty when it is not on file. */
    final Map<List<String>, Optional<InventoryState>> byInventory = new HashMap<>();
    /** The inventories naming an order (type ORDER) or a waybill (type WAYBILL), oldest first. */
    final Map<DocumentTable.Keys, List<InventoryState>> byDocument = new HashMap<>();

    private InventoriesRead() {
    }

    /** This transaction's; null outside a transaction. */
    static InventoriesRead inThisTransaction() {
        return TransactionScoped.get(KEY, InventoriesRead::new);
    }

    static List<String> key(String agentCode, String copNo) {
        return List.of(agentCode, copNo);
    }

    /** The inventory's state was written: what was read of it, and the lists by document, are read again. */
    static void changed(String agentCode, String copNo) {
        InventoriesRead read = TransactionScoped.existing(KEY);
        if (read != null) {
            read.byInventory.remove(key(agentCode, copNo));
            read.byDocument.clear();
        }
    }
}
