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
 * A write of a state through {@link ParcelRepository} forgets what was read of it, and the lists of the
 * inventories naming a document that the write may change.
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

    /**
     * The inventory's state was written, naming these documents now: what was read of it is read again, as are
     * the lists by document that hold it or that it joins (the others stay: a message's later records ask for
     * theirs without a statement each).
     */
    static void changed(String agentCode, String copNo, DocumentTable.Keys... nowNaming) {
        InventoriesRead read = TransactionScoped.existing(KEY);
        if (read != null) {
            read.byInventory.remove(key(agentCode, copNo));
            read.byDocument.values().removeIf(states -> states.stream().anyMatch(s -> s.agentCode().equals(agentCode)
                    && s.copNo().equals(copNo)));
            for (DocumentTable.Keys document : nowNaming) {
                read.byDocument.remove(document);
            }
        }
    }
}
