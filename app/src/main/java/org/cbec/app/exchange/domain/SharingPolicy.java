package org.cbec.app.exchange.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a department may read of a dataset: the fields granted (no other field ever leaves), how some of them are
 * masked, why (the purpose the law gives it) and from when until when.
 */
public record SharingPolicy(String department, Dataset dataset, List<String> fields, Map<String, Masking> masking,
                            String purpose, Instant validFrom, Instant validUntil) {

    public SharingPolicy {
        fields = List.copyOf(fields);
        masking = Map.copyOf(masking);
    }

    /** Whether the policy is in force at {@code now}. */
    public boolean inForceAt(Instant now) {
        return !validFrom.isAfter(now) && (validUntil == null || validUntil.isAfter(now));
    }

    /** What is wrong with the policy, field by field; empty when it can be in force. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String field : fields) {
            if (!dataset.fields().contains(field)) {
                problems.add("fields: " + dataset.wireName() + " has no field '" + field + "'; its fields are "
                        + dataset.fields());
            }
        }
        if (fields.isEmpty()) {
            problems.add("fields: a policy grants at least one field");
        }
        masking.keySet().stream().filter(f -> !fields.contains(f)).forEach(f -> problems.add("masking: '" + f
                + "' is not a field the policy grants"));
        if (purpose == null || purpose.isBlank()) {
            problems.add("purpose: every policy says what the data is for");
        }
        if (validFrom == null || validUntil != null && !validUntil.isAfter(validFrom)) {
            problems.add("validFrom, validUntil: the policy starts, and ends after it starts");
        }
        return problems;
    }

    /** A record as the policy lets it leave: the granted fields only, in the dataset's order, masked. */
    public Map<String, Object> shown(Map<String, Object> record) {
        Map<String, Object> shown = new LinkedHashMap<>();
        for (String field : dataset.fields()) {
            if (fields.contains(field)) {
                Object value = record.get(field);
                Masking mask = masking.get(field);
                shown.put(field, mask != null && value instanceof String text ? mask.apply(text) : value);
            }
        }
        return shown;
    }
}
