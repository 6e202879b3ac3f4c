package org.cbec.app.exchange.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.domain.Department;
import org.cbec.app.exchange.domain.Masking;
import org.cbec.app.exchange.domain.PolicyChange;
import org.cbec.app.exchange.domain.SharingPolicy;
import org.cbec.app.exchange.persistence.ExchangeRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sharing policies: defaults ship with the platform, the operator changes them, every change audited. */
@Service
public class Policies {

    private final ExchangeRepository repository;
    private final Clock clock;

    Policies(ExchangeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<SharingPolicy> all() {
        return repository.policies();
    }

    /** What the operator sends to put a policy in place. */
    public record Change(List<String> fields, Map<String, String> masking, String purpose, Instant validFrom,
                         Instant validUntil, String reason) {
    }

    /** Puts the policy in place, refused naming every field that is wrong; the change is audited with its reason. */
    @Transactional
    public SharingPolicy change(String department, String datasetName, Change change, String changedBy) {
        Department known = Arrays.stream(Department.values()).filter(d -> d.name().equals(department)).findFirst()
                .orElseThrow(() -> Refusal.invalid("unknown-department", "department: one of "
                        + Arrays.toString(Department.values()) + ", not '" + department + "'"));
        Dataset dataset = dataset(datasetName);
        if (change.reason() == null || change.reason().isBlank()) {
            throw Refusal.invalid("invalid-policy", "reason: every change of a policy says why");
        }
        Map<String, Masking> masking = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> m : (change.masking() == null ? Map.<String, String>of() : change.masking())
                .entrySet()) {
            masking.put(m.getKey(), Arrays.stream(Masking.values()).filter(k -> k.name().equals(m.getValue()))
                    .findFirst().orElseThrow(() -> Refusal.invalid("invalid-policy", "masking: " + m.getKey()
                            + " is masked as one of " + Arrays.toString(Masking.values()) + ", not '"
                            + m.getValue() + "'")));
        }
        // a null among the fields is named as the field 'null' the dataset does not have
        List<String> fields = change.fields() == null ? List.of()
                : change.fields().stream().map(f -> f == null ? "null" : f).toList();
        SharingPolicy policy = new SharingPolicy(known.name(), dataset, fields, masking, change.purpose(),
                change.validFrom() == null ? clock.instant() : change.validFrom(), change.validUntil());
        List<String> problems = policy.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid("invalid-policy", String.join("; ", problems));
        }
        repository.put(policy, changedBy, change.reason(), clock.instant());
        return policy;
    }

    public List<PolicyChange> changes(String department, String datasetName) {
        return repository.changes(department, dataset(datasetName));
    }

    static Dataset dataset(String name) {
        return Dataset.named(name).orElseThrow(() -> Refusal.notFound("no dataset '" + name + "'; the datasets are "
                + Arrays.stream(Dataset.values()).map(Dataset::wireName).toList()));
    }
}
