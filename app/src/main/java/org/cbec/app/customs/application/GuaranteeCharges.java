package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cbec.app.customs.domain.Guarantee;
import org.cbec.app.customs.persistence.GuaranteeRepository;
import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.stereotype.Component;

/**
 * The guarantee charges of one decision transaction, made with one conditional update a guarantor at its end.
 * Charging each list at once holds the guarantor's row from the batch's first list to the commit, so every other
 * decision on that guarantor waits for the whole batch: on PostgreSQL that wait was 15 ms a list, longer than the
 * rest of the decision. Here a list is covered when what the guarantor owed as read, what this transaction charged
 * before it and its own tax stay within the amount; {@link #settle} charges the sums, each only if it is still
 * covered then. When another transaction charged the guarantor meanwhile and a sum no longer fits, nothing is
 * charged past the amount: settle says so and the caller runs the transaction again, charging each list at once
 * ({@link #chargeEachAtOnce}), which decides exactly as a guarantee held from the first list would.
 */
@Component
class GuaranteeCharges {

    private final GuaranteeRepository guarantees;

    GuaranteeCharges(GuaranteeRepository guarantees) {
        this.guarantees = guarantees;
    }

    private record Charge(String assureCode, String invtNo, BigDecimal tax) {
    }

    /** This transaction's guarantees as read and what it charged to each so far. */
    private static final class Pending {
        private boolean atOnce;
        private final Map<String, Optional<Guarantee>> read = new HashMap<>();
        private final List<Charge> charges = new ArrayList<>();
        private Instant at;
    }

    /** From now on in this transaction each charge is made at once, holding the guarantor's row to the commit. */
    void chargeEachAtOnce() {
        Pending pending = pending();
        if (pending != null) {
            pending.atOnce = true;
        }
    }

    /** The guarantee as this transaction first read it. */
    Optional<Guarantee> find(String assureCode) {
        Pending pending = pending();
        return pending == null ? guarantees.find(assureCode)
                : pending.read.computeIfAbsent(assureCode, guarantees::find);
    }

    /** Charges a list's tax to its guarantor if covered; false when it is not. */
    boolean charge(String assureCode, BigDecimal tax, String invtNo, Instant at) {
        Pending pending = pending();
        if (pending == null || pending.atOnce) {
            return guarantees.charge(assureCode, tax, invtNo, at);
        }
        Optional<Guarantee> guarantee = find(assureCode);
        BigDecimal charged = charged(pending, assureCode);
        if (guarantee.isEmpty() || guarantee.get().owed().add(charged).add(tax)
                .compareTo(guarantee.get().amount()) > 0) {
            return false;
        }
        pending.charges.add(new Charge(assureCode, invtNo, tax));
        pending.at = at;
        guarantees.recordCharge(assureCode, tax, invtNo, at);
        return true;
    }

    /** Forgets the charge of a list whose decision was rolled back to its savepoint. */
    void takeBack(String invtNo) {
        Pending pending = pending();
        if (pending != null) {
            pending.charges.removeIf(c -> c.invtNo().equals(invtNo));
        }
    }

    /**
     * Charges what this transaction charged, a sum a guarantor in the order of their codes (two batches never wait
     * for each other in a circle); false, with nothing charged that would not be covered, when a guarantor's sum no
     * longer fits: the transaction must then be rolled back.
     */
    boolean settle() {
        Pending pending = pending();
        if (pending == null || pending.charges.isEmpty()) {
            return true;
        }
        Map<String, BigDecimal> sums = new TreeMap<>();
        pending.charges.forEach(c -> sums.merge(c.assureCode(), c.tax(), BigDecimal::add));
        for (Map.Entry<String, BigDecimal> sum : sums.entrySet()) {
            if (!guarantees.chargeTogether(sum.getKey(), sum.getValue(), pending.at)) {
                return false;
            }
        }
        pending.charges.clear();
        return true;
    }

    private static BigDecimal charged(Pending pending, String assureCode) {
        return pending.charges.stream().filter(c -> c.assureCode().equals(assureCode)).map(Charge::tax)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Pending pending() {
        return TransactionScoped.get(this, Pending::new, pending -> {
            if (!pending.charges.isEmpty()) {
                // a charge checked but never made would release a list the guarantee may not cover
                throw new IllegalStateException("guarantee charges of " + pending.charges.size()
                        + " lists were not settled before the commit");
            }
        });
    }
}
