package org.cbec.app.customs.domain;

/**
 * A risk rule as stored: its code (which check it is), whether it is on, and its parameter (a fraction, or a
 * comma-separated list), which an officer with the RISK_ADMIN role changes at run time.
 */
public record RiskRule(String code, String description, boolean enabled, String parameter) {

    public static final String POSITIVE_LIST = "POSITIVE_LIST";
    public static final String PRICE_BELOW_REFERENCE = "PRICE_BELOW_REFERENCE";
    public static final String BLOCKED_ENTERPRISE = "BLOCKED_ENTERPRISE";
    public static final String BLOCKED_BUYER = "BLOCKED_BUYER";
    public static final String QUANTITY_CAP = "QUANTITY_CAP";
    public static final String RANDOM_REVIEW = "RANDOM_REVIEW";
    public static final String TAX_TOTAL = "TAX_TOTAL";

    /** Why a parameter does not suit its rule; null when it does. */
    public static String parameterProblem(String code, String parameter) {
        switch (code) {
            case PRICE_BELOW_REFERENCE, RANDOM_REVIEW, TAX_TOTAL -> {
                try {
                    java.math.BigDecimal value = new java.math.BigDecimal(parameter.trim());
                    return value.signum() < 0 || value.compareTo(java.math.BigDecimal.ONE) > 0
                            ? "parameter of " + code + ": a fraction from 0 to 1, not " + parameter : null;
                } catch (NumberFormatException e) {
                    return "parameter of " + code + ": a fraction from 0 to 1 (0.05 for 5 %), not '" + parameter + "'";
                }
            }
            case BLOCKED_ENTERPRISE, BLOCKED_BUYER -> {
                return parameter.length() > 4000 ? "parameter of " + code + ": at most 4,000 characters" : null;
            }
            case POSITIVE_LIST, QUANTITY_CAP -> {
                return parameter.isBlank() ? null : "parameter of " + code + ": none is taken";
            }
            default -> {
                return "no risk rule " + code;
            }
        }
    }
}
