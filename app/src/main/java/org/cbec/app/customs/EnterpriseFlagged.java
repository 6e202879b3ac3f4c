package org.cbec.app.customs;

/**
 * A department put an enterprise on the customs risk list (from the public service platform): customs' rule
 * BLOCKED_ENTERPRISE takes the code, the change audited with the department and its reason. Defined here,
 * published by the module exchange.
 */
public record EnterpriseFlagged(String code, String department, String reason) {
}
