package org.cbec.app.clearance.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether goods of a released inventory may go back (CEB625; cbec-rules.md §A.6, GACC 2020 No. 45): the
 * application within 30 days of release, for lines of that inventory, never more than was declared less what
 * went back before.
 */
public final class Refunds {

    /** A return is applied for within 30 days of the inventory's release. */
    public static final Duration WINDOW = Duration.ofDays(30);

    private Refunds() {
    }

    /** Why a return applied for at {@code appliedAt} comes too late; empty when it is in time. */
    public static Optional<String> late(Instant releasedAt, Instant appliedAt) {
        if (!appliedAt.isAfter(releasedAt.plus(WINDOW))) {
            return Optional.empty();
        }
        long days = Duration.between(releasedAt, appliedAt).toDays();
        return Optional.of("released " + releasedAt + ", " + days + " days before the return was applied for; a "
                + "return is taken within " + WINDOW.toDays() + " days of release");
    }

    /**
     * What is wrong with the returned lines, one entry each, naming the gnum, the field and both values; empty when
     * every line is a line of the inventory with the same gcode and its quantity is still there to return.
     */
    public static List<String> lineProblems(List<ParcelDocuments.GoodsLine> declared, Map<Integer, BigDecimal> before,
                                            List<ParcelDocuments.RefundLine> returned) {
        List<String> problems = new ArrayList<>();
        for (ParcelDocuments.RefundLine line : returned) {
            ParcelDocuments.GoodsLine original = declared.stream().filter(d -> d.gnum() == line.gnum()).findFirst()
                    .orElse(null);
            if (original == null) {
                problems.add("gnum " + line.gnum() + ": the inventory has no such line");
                continue;
            }
            if (original.gcode() != null && !original.gcode().equals(line.gcode())) {
                problems.add("gnum " + line.gnum() + ": gcode '" + line.gcode() + "' differs from the inventory's '"
                        + original.gcode() + "'");
            }
            BigDecimal left = original.qty().subtract(before.getOrDefault(line.gnum(), BigDecimal.ZERO));
            if (line.qty().signum() <= 0 || line.qty().compareTo(left) > 0) {
                problems.add("gnum " + line.gnum() + ": qty " + line.qty().stripTrailingZeros().toPlainString()
                        + " is more than the " + left.stripTrailingZeros().toPlainString() + " left to return of the "
                        + original.qty().stripTrailingZeros().toPlainString() + " declared");
            }
        }
        return problems;
    }
}
