package org.cbec.app.clearance.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An import inventory list (CEB621) through its life (CEB-SPEC.md §4.1, §7.1): declared, it waits for its order,
 * payment and waybill; compared, it is rejected (100) or handed to customs; customs takes it in (120) and releases
 * it (399 → 800) or holds it for an officer (300), who may inspect (500), detain (501–599), release, reject (100)
 * or return it (700); a released one is closed when signed for (899), or cancelled by its declarant. Each
 * transition says the steps it passes through, each a CEB622 to the declarant and a line of its history, and the
 * state it ends in; it is refused when the inventory is not in a state that allows it.
 */
public final class ImportInventory {

    private final InventoryStatus status;

    public ImportInventory(InventoryStatus status) {
        this.status = status;
    }

    public InventoryStatus status() {
        return status;
    }

    /** What a new record of this inventory meets on file (appType 1 after a rejection declares it anew). */
    public DocumentChange.Existing onFile(String appType) {
        if (status.withCustoms()) {
            return DocumentChange.Existing.RELEASED;
        }
        if (status == InventoryStatus.DELETED || (status == InventoryStatus.REJECTED && "1".equals(appType))) {
            return DocumentChange.Existing.NONE;
        }
        return DocumentChange.Existing.OPEN;
    }

    /**
     * The comparison of its complete set (or of what arrived, when its wait is over): consistent, it goes to
     * customs; otherwise it is rejected with 100 naming every mismatch.
     */
    public Transition compared(ThreeDocumentComparison.Result result, Duration timedOutAfter) {
        require(InventoryStatus.WAITING, "compared");
        if (result.consistent()) {
            return new Transition(List.of(), InventoryStatus.DECIDING);
        }
        String info = (timedOutAfter == null ? "海关退单: " : "海关退单: not complete within " + timedOutAfter + "; ")
                + result.reasons();
        return new Transition(List.of(new Transition.Step("100", info)), InventoryStatus.REJECTED);
    }

    /**
     * Customs' decision, taken on the inventory in state {@code from}: its steps, ending in {@code to}. Empty when
     * the inventory is no longer in {@code from}: the decision was applied before.
     */
    public Optional<Transition> decided(InventoryStatus from, List<Transition.Step> steps, InventoryStatus to) {
        if (status != from) {
            return Optional.empty();
        }
        if (!from.withCustoms() || !to.withCustoms() && to != InventoryStatus.REJECTED) {
            throw new IllegalStateException("customs does not move an inventory from " + from + " to " + to);
        }
        return Optional.of(new Transition(new ArrayList<>(steps), to));
    }

    /** The carrier's sign-for (CEB513) closes a released inventory: 899 结关. */
    public Transition signedFor(String info) {
        require(InventoryStatus.RELEASED, "closed");
        return new Transition(List.of(new Transition.Step("899", info)), InventoryStatus.CLOSED);
    }

    /** The declarant's cancellation (CEB623) of a released inventory, once taken. */
    public Transition cancelled() {
        require(InventoryStatus.RELEASED, "cancelled");
        return new Transition(List.of(), InventoryStatus.CANCELLED);
    }

    /** appType 3: the inventory is withdrawn before customs has it. */
    public Transition deleted() {
        if (status.withCustoms()) {
            throw new IllegalStateException("an inventory customs has is not withdrawn: it is " + status);
        }
        return new Transition(List.of(), InventoryStatus.DELETED);
    }

    private void require(InventoryStatus expected, String what) {
        if (status != expected) {
            throw new IllegalStateException("an inventory is " + what + " only when " + expected + ", not " + status);
        }
    }
}
