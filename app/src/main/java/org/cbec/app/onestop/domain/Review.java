package org.cbec.app.onestop.domain;

/** Where a seller's sign-up or a product stands with the platform's reviewers. */
public enum Review {
    PENDING, APPROVED, RETURNED;

    /** The status a decision (APPROVE, RETURN) leads to. */
    public static Review of(String decision) {
        return "APPROVE".equals(decision) ? APPROVED : RETURNED;
    }

    /** What is wrong with a reviewer's decision; null when it can be taken. */
    public static String problem(String decision, String reason) {
        if (!"APPROVE".equals(decision) && !"RETURN".equals(decision)) {
            return "decision: APPROVE or RETURN, not '" + decision + "'";
        }
        if ("RETURN".equals(decision) && (reason == null || reason.isBlank())) {
            return "reason: what is returned says what to correct";
        }
        if (reason != null && reason.length() > 1000) {
            return "reason: at most 1,000 characters";
        }
        return null;
    }
}
