package org.cbec.app.export.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.clearance.domain.Transition;

/**
 * An export inventory list (CEB603) through its life (CEB-SPEC.md §4.2): declared, it waits for its order, receipt
 * of payment and waybill; compared, it is rejected (100) or taken in (120) and handed to customs, which reviews it
 * (399) or holds it for an officer (300), who approves (399) or rejects it (100); reviewed, it is released (800)
 * once its waybill has arrived at the supervised site and closed (899) once it has left the country. A reviewed or
 * released one is cancelled (CEB605) while its goods have not left. Each transition says its steps, each a CEB604
 * to the declarant, and the state it ends in; it is refused when the inventory is not in a state that allows it.
 */
public final class ExportInventory {

    private final InventoryStatus status;

    public ExportInventory(InventoryStatus status) {
        this.status = status;
    }

    public InventoryStatus status() {
        return status;
    }

    /** Whether a new declaration may replace it: waiting, or rejected or cancelled and declared anew. */
    public boolean open() {
        return status == InventoryStatus.WAITING || status == InventoryStatus.REJECTED
                || status == InventoryStatus.CANCELLED;
    }

    /** The comparison of its set: consistent, taken in (120) for customs; otherwise rejected (100). */
    public Transition compared(ThreeDocumentComparison.Result result, Duration timedOutAfter) {
        require(status == InventoryStatus.WAITING, "compared");
        if (result.consistent()) {
            return Transition.of("120", "海关入库", InventoryStatus.DECIDING);
        }
        return Transition.of("100", (timedOutAfter == null ? "海关退单: " : "海关退单: not complete within "
                + timedOutAfter + "; ") + result.reasons(), InventoryStatus.REJECTED);
    }

    /**
     * Customs' review taken on the inventory in state {@code from}: reviewed (399, its release is the arrival's),
     * held at 300, or rejected (100). Empty when the inventory is no longer in {@code from}: applied before.
     */
    public Optional<Transition> decided(InventoryStatus from, List<Transition.Step> steps, InventoryStatus to) {
        if (status != from) {
            return Optional.empty();
        }
        require(to == InventoryStatus.REVIEWED || to == InventoryStatus.REVIEW || to == InventoryStatus.REJECTED,
                "decided " + to);
        return Optional.of(new Transition(new ArrayList<>(steps), to));
    }

    /** 800 放行: reviewed, and its waybill arrived. */
    public Transition released() {
        require(status == InventoryStatus.REVIEWED, "released");
        return Transition.of("800", "放行", InventoryStatus.RELEASED);
    }

    /** 899 结关: released, and its waybill left the country. */
    public Transition closed() {
        require(status == InventoryStatus.RELEASED, "closed");
        return Transition.of("899", "结关", InventoryStatus.CLOSED);
    }

    /** CEB605: cancelled while its goods have not left. */
    public boolean cancellable() {
        return status == InventoryStatus.REVIEWED || status == InventoryStatus.RELEASED;
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("an export inventory that is " + status + " is not " + what);
        }
    }
}
