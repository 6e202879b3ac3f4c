package org.cbec.app.exchange.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.DataAccess;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.domain.SharingPolicy;
import org.cbec.app.exchange.persistence.DatasetRepository;
import org.cbec.app.exchange.persistence.ExchangeRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department reads a dataset by cursor, as its policy lets it: only the granted fields, masked, while the policy
 * is in force (403 otherwise). Every read is logged with the enterprises whose records it returned, and an
 * enterprise reads that log.
 */
@Service
public class Datasets {

    /** The most records one read returns. */
    public static final int MAX_LIMIT = 1000;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatasetRepository records;
    private final ExchangeRepository policies;
    private final Clock clock;

    Datasets(DatasetRepository records, ExchangeRepository policies, Clock clock) {
        this.records = records;
        this.policies = policies;
        this.clock = clock;
    }

    /** A page of a dataset: its records as the policy shows them (each with its cursor), and the cursor to go on. */
    public record Page(List<Map<String, Object>> records, long next) {
    }

    @Transactional
    public Page read(String department, String datasetName, long after, int limit) {
        Dataset dataset = Policies.dataset(datasetName);
        Instant now = clock.instant();
        SharingPolicy policy = granted(department, dataset, now);
        List<DatasetRepository.StoredRecord> page = records.page(dataset.wireName(), Math.max(after, 0),
                Math.max(1, Math.min(limit, MAX_LIMIT)));
        Map<String, Integer> enterprises = new LinkedHashMap<>();
        List<Map<String, Object>> shown = page.stream().map(r -> {
            enterprises.merge(r.enterprise(), 1, Integer::sum);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("cursor", r.cursor());
            record.putAll(policy.shown(JSON.readValue(r.body(), new TypeReference<Map<String, Object>>() { })));
            return record;
        }).toList();
        long next = page.isEmpty() ? Math.max(after, 0) : page.get(page.size() - 1).cursor();
        if (!page.isEmpty()) {
            records.logged(department, dataset.wireName(), after, next, enterprises, policy.purpose(), now);
        }
        return new Page(shown, next);
    }

    /** The policy in force that grants a department a dataset; 403 without one. */
    SharingPolicy granted(String department, Dataset dataset, Instant now) {
        return policies.policy(department, dataset).filter(p -> p.inForceAt(now))
                .orElseThrow(() -> Refusal.forbidden("no-policy", "no sharing policy in force grants " + department
                        + " the dataset " + dataset.wireName()));
    }

    /** Logs a read of figures drawn from a dataset (no cursor): who read whose, for what. */
    void logged(String department, Dataset dataset, Map<String, Integer> enterprises, String purpose, Instant at) {
        if (!enterprises.isEmpty()) {
            records.logged(department, dataset.wireName(), 0, 0, enterprises, purpose, at);
        }
    }

    /** Who read an enterprise's records: newest first, a page of them. */
    public List<DataAccess> accessLog(String enterprise, int offset, int limit) {
        return records.accessesOf(enterprise, offset, limit);
    }
}
