package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.application.ParcelDocumentStore.Sent;
import org.cbec.app.clearance.domain.ImportInventory;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.domain.Transition;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.persistence.ParcelRepository.HistoryEntry;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.springframework.stereotype.Component;

/**
 * Import inventories customs numbered, as the messages that follow them (sign-for, cancellation, return) find and
 * move them on.
 */
@Component
class ReleasedInventories {

    private final ParcelRepository parcels;
    private final ParcelDocumentStore documents;
    private final ReceiptIssuer receipts;

    ReleasedInventories(ParcelRepository parcels, ParcelDocumentStore documents, ReceiptIssuer receipts) {
        this.parcels = parcels;
        this.documents = documents;
        this.receipts = receipts;
    }

    /** An inventory found by its customs number, with its stored document and who declared it. */
    record Released(InventoryState state, ParcelDocuments.Inventory inventory, DeclaredRecord record,
                    String senderCode) {

        ImportInventory aggregate() {
            return new ImportInventory(status());
        }

        InventoryStatus status() {
            return InventoryStatus.of(state.status());
        }
    }

    Optional<Released> byInvtNo(String agentCode, String invtNo) {
        return parcels.byInvtNo(agentCode, invtNo).map(this::released);
    }

    /** Released inventories that travel on this waybill. */
    List<Released> releasedOnWaybill(String logisticsCode, String logisticsNo) {
        return parcels.inventoriesOfWaybill(logisticsCode, logisticsNo).stream()
                .filter(state -> InventoryStatus.of(state.status()) == InventoryStatus.RELEASED)
                .map(this::released).toList();
    }

    /**
     * Moves an inventory on: each step a CEB622 to its declarant and a line of its history, with {@code info} on
     * the last line when the transition has no step of its own.
     */
    void moveOn(Released released, Transition transition, String info, Instant now) {
        InventoryState state = released.state();
        List<HistoryEntry> history = new ArrayList<>(transition.steps().stream()
                .map(step -> new HistoryEntry(step.returnStatus(), step.info(), now)).toList());
        history.add(new HistoryEntry(transition.to().name(), transition.steps().isEmpty() ? info : null, now));
        parcels.move(state.agentCode(), state.copNo(), history);
        for (Transition.Step step : transition.steps()) {
            receipts.issue(released.senderCode(), "CEB622", released.record(), state.preNo(), step.returnStatus(),
                    step.info(), now);
        }
    }

    /** Adds a line to an inventory's history (a return applied for). */
    void note(Released released, String status, String info, Instant now) {
        parcels.note(released.state().agentCode(), released.state().copNo(), status, info, now);
    }

    private Released released(InventoryState state) {
        Sent<ParcelDocuments.Inventory> sent = documents.sent("INVENTORY", state.agentCode(), state.copNo(),
                ParcelDocuments.Inventory.class).orElseThrow();
        return new Released(state, sent.document(), sent.record().withInvtNo(state.invtNo()), sent.senderCode());
    }
}
