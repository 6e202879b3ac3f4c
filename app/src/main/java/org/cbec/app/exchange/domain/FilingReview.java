package org.cbec.app.exchange.domain;

import java.time.Instant;
import java.util.List;

/**
 * A department's review of its part of a filing: market regulation the business licence, customs the codes and
 * roles, tax the refund / 无票免税 registration, FX the trade FX directory (名录) with its class A, B or C.
 */
public record FilingReview(String department, Status status, String reason, String fxClass, String reviewer,
                           Instant at) {

    public enum Status { PENDING, APPROVED, RETURNED }

    /** The departments that review every filing, and what each looks at. */
    public static final List<String> REVIEWERS = List.of("MARKET", "CUSTOMS", "TAX", "FX");

    /** The classes of the trade FX directory (货物贸易外汇管理分类). */
    public static final List<String> FX_CLASSES = List.of("A", "B", "C");

    /** What is wrong with a decision; null when it can be taken. */
    public static String problem(String department, String decision, String reason, String fxClass) {
        if (!REVIEWERS.contains(department)) {
            return "department: " + department + " does not review filings; " + REVIEWERS + " do";
        }
        if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
            return "decision: APPROVE or RETURN, not '" + decision + "'";
        }
        if ("RETURN".equals(decision) && (reason == null || reason.isBlank())) {
            return "reason: a filing is returned saying what to correct";
        }
        boolean classed = fxClass != null && FX_CLASSES.contains(fxClass);
        if ("FX".equals(department) && "APPROVE".equals(decision) && !classed) {
            return "fxClass: FX files the enterprise in the directory as A, B or C, not '" + fxClass + "'";
        }
        return null;
    }
}
