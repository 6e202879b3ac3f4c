package org.cbec.app.exchange.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cbec.app.clearance.ComparisonRefused;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.GoodsReturned;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.persistence.CreditRepository;
import org.cbec.app.exchange.persistence.DatasetRepository;
import org.cbec.app.export.ExportDecided;
import org.cbec.app.export.ExportInventoryCompared;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * Keeps the datasets from the events of clearance, customs and export, as they come (no scan of their tables):
 * a released import inventory into {@code import-parcels}, a released export inventory's lines into
 * {@code export-lines} (each with its payment or receipt for FX, counted in the statistics and in credit:
 * {@link Releases}), refusals (the comparison's and customs') and returns; tax's own are {@link TaxFeeds}. An
 * inventory's record needs what it declared (the compared event) and its release (customs' decision), which may
 * arrive in either order: the first half waits in {@code exchange_pending} for the second.
 */
@Component
class Feeds {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Asia/Shanghai"));

    private final DatasetRepository records;
    private final Releases releases;
    private final Credit credit;
    private final TransactionTemplate transaction;

    Feeds(DatasetRepository records, Releases releases, Credit credit, TransactionTemplate transaction) {
        this.records = records;
        this.releases = releases;
        this.credit = credit;
        this.transaction = transaction;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(InventoryCompared.Batch compared) {
        Retries.inTransaction(transaction, "exchange keeping " + compared.inventories().size() + " declarations",
                () -> {
                    records.lockFeeds();
                    records.readPending(halvesOf(compared.inventories().stream().map(InventoryCompared::invtNo),
                            "X:", "R:", "D:"));
                    records.readRecords(recordsOf(compared.inventories().stream().map(InventoryCompared::invtNo),
                            Dataset.IMPORT_PARCELS, Dataset.FX_PAYMENTS, Dataset.REFUSALS));
                    compared.inventories().forEach(i -> declared(i.invtNo(), FeedRecords.importDeclared(i), i.at(),
                            releases::importParcel));
                });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(CustomsDecided.Batch decided) {
        Retries.inTransaction(transaction, "exchange keeping " + decided.decisions().size() + " decisions", () -> {
            records.lockFeeds();
            records.readPending(halvesOf(decided.decisions().stream().map(CustomsDecided::invtNo), "D:", "R:",
                    "X:"));
            records.readRecords(recordsOf(decided.decisions().stream().map(CustomsDecided::invtNo),
                    Dataset.IMPORT_PARCELS, Dataset.FX_PAYMENTS, Dataset.REFUSALS));
            for (CustomsDecided d : decided.decisions()) {
                if (d.outcome() == CustomsDecided.Outcome.REFUSED || d.outcome() == CustomsDecided.Outcome.REJECTED) {
                    refused(d.invtNo(), "I", d.agentCode(), d.copNo(), d.steps(), d.at());
                }
                decided(d.invtNo(), d.outcome() == CustomsDecided.Outcome.RELEASED, d.outcome()
                        == CustomsDecided.Outcome.REVIEW || d.outcome() == CustomsDecided.Outcome.INSPECTION
                        || d.outcome() == CustomsDecided.Outcome.DETAINED, Map.of("releasedAt", d.at().toString(),
                        "tax", d.tax() == null ? BigDecimal.ZERO : d.tax()), d.at(), releases::importParcel);
            }
        });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ExportInventoryCompared.Batch compared) {
        Retries.inTransaction(transaction, "exchange keeping " + compared.inventories().size()
                + " export declarations", () -> {
                    records.lockFeeds();
                    records.readPending(halvesOf(compared.inventories().stream()
                            .map(ExportInventoryCompared::invtNo), "X:", "R:", "D:"));
                    records.readRecords(recordsOf(compared.inventories().stream()
                            .map(ExportInventoryCompared::invtNo), Dataset.FX_PAYMENTS, Dataset.REFUSALS));
                    compared.inventories().forEach(i -> declared(i.invtNo(), FeedRecords.exportDeclared(i), i.at(),
                            releases::exportInventory));
                });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ExportDecided.Batch decided) {
        Retries.inTransaction(transaction, "exchange keeping " + decided.decisions().size() + " export decisions",
                () -> {
                    records.lockFeeds();
                    records.readPending(halvesOf(decided.decisions().stream().map(ExportDecided::invtNo), "D:",
                            "R:", "X:"));
                    records.readRecords(recordsOf(decided.decisions().stream().map(ExportDecided::invtNo),
                            Dataset.FX_PAYMENTS, Dataset.REFUSALS));
                    for (ExportDecided d : decided.decisions()) {
                        if (d.outcome() == CustomsDecided.Outcome.REJECTED) {
                            refused(d.invtNo(), "E", d.agentCode(), d.copNo(), d.steps(), d.at());
                        }
                        decided(d.invtNo(), d.outcome() == CustomsDecided.Outcome.RELEASED,
                                d.outcome() == CustomsDecided.Outcome.REVIEW, Map.of("exportDate",
                                        DAY.format(d.at()), "releasedAt", d.at().toString()), d.at(),
                                releases::exportInventory);
                    }
                });
    }


    /** Goods going back: the returns dataset, with the enterprise of the released parcel they belong to. */
    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(GoodsReturned returned) {
        Retries.inTransaction(transaction, "exchange keeping the return " + returned.refundGuid(), () -> {
            records.lockFeeds();
            Map<String, Object> parcel = records.record(Dataset.IMPORT_PARCELS.wireName(), returned.invtNo())
                    .map(Feeds::read).orElse(Map.of());
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("invtNo", returned.invtNo());
            record.put("copNo", returned.copNo());
            record.put("ebcCode", parcel.get("ebcCode"));
            record.put("agentCode", returned.agentCode());
            record.put("lines", returned.lines().stream().map(l -> Map.of("gnum", l.gnum(), "qty", l.qty()))
                    .toList());
            record.put("returnedAt", returned.at().toString());
            String enterprise = (String) (parcel.get("ebcCode") != null ? parcel.get("ebcCode")
                    : returned.agentCode());
            if (records.append(Dataset.RETURNS.wireName(), returned.refundGuid(), enterprise, json(record),
                    returned.at())) {
                credit.counted(enterprise, CreditRepository.Counted.RETURNED, returned.at());
            }
        });
    }

    /** Refusals of the comparison (the documents disagree, or never came): refusals at stage COMPARISON. */
    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ComparisonRefused.Batch refused) {
        Retries.inTransaction(transaction, "exchange keeping " + refused.refusals().size() + " comparison refusals",
                () -> {
                    records.lockFeeds();
                    records.readRecords(refused.refusals().stream().map(r -> new DatasetRepository.RecordKey(
                            Dataset.REFUSALS.wireName(), comparisonRefusalKey(r))).toList());
                    refused.refusals().forEach(this::comparisonRefusal);
                });
    }


    private void comparisonRefusal(ComparisonRefused r) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("copNo", r.copNo());
        record.put("orderNo", r.orderNo());
        record.put("direction", r.direction());
        record.put("stage", "COMPARISON");
        record.put("rule", r.rule());
        record.put("ebpCode", r.ebpCode());
        record.put("ebcCode", r.ebcCode());
        record.put("agentCode", r.agentCode());
        record.put("returnStatus", r.returnStatus());
        record.put("reason", r.returnInfo());
        record.put("refusedAt", r.at().toString());
        String enterprise = r.ebcCode() != null ? r.ebcCode() : r.agentCode();
        // a copNo refused, corrected and refused again is two refusals; the same event again is one
        if (records.append(Dataset.REFUSALS.wireName(), comparisonRefusalKey(r), enterprise, json(record), r.at())) {
            credit.counted(enterprise, CreditRepository.Counted.MISMATCHED, r.at());
        }
    }

    private static String comparisonRefusalKey(ComparisonRefused r) {
        return "C:" + r.direction() + ":" + r.agentCode() + ":" + r.copNo() + ":" + r.at().toEpochMilli();
    }

    /**
     * A refusal (customs' or an officer's): the refusals dataset, with what the inventory declared when that is in
     * (a refusal at comparison never had it: the comparison's refusals are clearance's own, not customs').
     */
    private void refused(String invtNo, String direction, String agentCode, String copNo,
                         List<CustomsDecided.Step> steps, Instant at) {
        Optional<String> pending = records.pending("D:" + invtNo);
        CustomsDecided.Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        Map<String, Object> refusal = new LinkedHashMap<>();
        refusal.put("invtNo", invtNo);
        refusal.put("copNo", copNo);
        refusal.put("direction", direction);
        refusal.put("stage", "CUSTOMS");
        refusal.put("agentCode", agentCode);
        refusal.put("returnStatus", last == null ? null : last.returnStatus());
        refusal.put("reason", last == null ? null : last.info());
        refusal.put("refusedAt", at.toString());
        if (pending.isEmpty()) {
            // the declaration comes after: the refusal waits for it, to know the enterprise
            records.pending("X:" + invtNo, json(refusal), at);
            return;
        }
        refusal(read(pending.get()), refusal);
    }

    /** Writes a refusal with the enterprises of what the inventory declared. */
    private void refusal(Map<String, Object> declared, Map<String, Object> refusal) {
        String invtNo = (String) refusal.get("invtNo");
        String agentCode = (String) refusal.get("agentCode");
        Instant at = Instant.parse((String) refusal.get("refusedAt"));
        Object seller = declared.getOrDefault("ebcCode", declared.get("sellerCode"));
        Map<String, Object> record = new LinkedHashMap<>(refusal);
        record.put("orderNo", declared.get("orderNo"));
        record.put("ebpCode", declared.get("ebpCode"));
        record.put("ebcCode", seller);
        String enterprise = (String) (seller != null ? seller : agentCode);
        if (records.append(Dataset.REFUSALS.wireName(), invtNo, enterprise, json(record), at)) {
            credit.counted(enterprise, CreditRepository.Counted.REFUSED, at);
        }
    }

    /** What an inventory declared is in: the record is written if its release came first, else it waits. */
    private void declared(String invtNo, Map<String, Object> declared, Instant at,
                          Consumer<Map<String, Object>> write) {
        Optional<String> refused = records.pending("X:" + invtNo);
        if (refused.isPresent()) {
            records.forget("X:" + invtNo);
            refusal(declared, read(refused.get()));
            return;
        }
        Optional<String> release = records.pending("R:" + invtNo);
        if (release.isEmpty()) {
            records.pending("D:" + invtNo, json(declared), at);
            return;
        }
        records.forget("R:" + invtNo);
        write.accept(merged(declared, read(release.get())));
    }

    /** Customs decided: a release completes the record (or waits for the declaration); a refusal forgets it. */
    private void decided(String invtNo, boolean released, boolean stillOpen, Map<String, Object> release,
                         Instant at, Consumer<Map<String, Object>> write) {
        if (stillOpen) {
            return;
        }
        Optional<String> declared = records.pending("D:" + invtNo);
        if (!released) {
            declared.ifPresent(d -> records.forget("D:" + invtNo));
            return;
        }
        if (declared.isEmpty()) {
            records.pending("R:" + invtNo, json(release), at);
            return;
        }
        records.forget("D:" + invtNo);
        write.accept(merged(read(declared.get()), release));
    }


    /** The keys of the halves a batch's inventories may have waiting, under these prefixes. */
    private static List<String> halvesOf(Stream<String> invtNos, String... prefixes) {
        return invtNos.flatMap(invtNo -> Stream.of(prefixes).map(prefix -> prefix + invtNo)).toList();
    }

    /** The records keyed by their inventory a batch's inventories may write, in these datasets. */
    private static List<DatasetRepository.RecordKey> recordsOf(Stream<String> invtNos, Dataset... datasets) {
        return invtNos.flatMap(invtNo -> Stream.of(datasets).map(d -> new DatasetRepository.RecordKey(
                d.wireName(), invtNo))).toList();
    }

    private static Map<String, Object> merged(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> merged = new LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    static String json(Map<String, Object> value) {
        return Datasets.JSON.writeValueAsString(value);
    }

    private static Map<String, Object> read(String json) {
        return Datasets.JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }
}
