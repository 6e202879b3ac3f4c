package org.cbec.app.exchange.domain;

import java.util.List;
import java.util.Map;

/**
 * What a department sends back to an enterprise (结果反馈): tax its refund or exemption per declaration, FX its
 * directory, classification or verification outcome, market regulation a warning.
 */
public record Result(String enterprise, String kind, String reference, String outcome, String detail) {

    /** The kinds of result each department sends. */
    public static final Map<String, List<String>> KINDS = Map.of(
            "TAX", List.of("REFUND", "EXEMPTION"),
            "FX", List.of("DIRECTORY", "CLASSIFICATION", "VERIFICATION"),
            "MARKET", List.of("WARNING"));

    /** What is wrong with a result the department sends; null when it can be delivered. */
    public String problem(String department) {
        List<String> kinds = KINDS.get(department);
        if (kinds == null) {
            return "department: " + department + " sends no results; " + KINDS.keySet().stream().sorted().toList()
                    + " do";
        }
        if (kind == null || !kinds.contains(kind)) {
            return "kind: " + department + " sends " + kinds + ", not '" + kind + "'";
        }
        if (enterprise == null || enterprise.isBlank() || enterprise.length() > 18) {
            return "enterprise: the code of the enterprise the result is for";
        }
        if (outcome == null || outcome.isBlank() || outcome.length() > 30) {
            return "outcome: required, at most 30 characters";
        }
        if (reference != null && reference.length() > 60 || detail != null && detail.length() > 2000) {
            return "reference, detail: at most 60 and 2,000 characters";
        }
        return null;
    }
}
