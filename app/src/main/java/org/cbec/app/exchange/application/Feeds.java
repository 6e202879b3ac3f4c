package org.cbec.app.exchange.application;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.clearance.TaxBillIssued;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.persistence.DatasetRepository;
import org.cbec.app.export.ExportDecided;
import org.cbec.app.export.ExportInventoryCompared;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import tools.jackson.core.type.TypeReference;

/**
 * Keeps the datasets from the events of clearance, customs and export, as they come (no scan of their tables):
 * a released import inventory into {@code import-parcels}, a released export inventory's lines into
 * {@code export-lines}, a tax bill (CEB816) into {@code import-tax-bills}. An inventory's record needs what it
 * declared (the compared event) and its release (customs' decision), which may arrive in either order: the first
 * half waits in {@code exchange_pending} for the second.
 */
@Component
class Feeds {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Asia/Shanghai"));

    private final DatasetRepository records;
    private final Statistics statistics;
    private final TransactionTemplate transaction;

    Feeds(DatasetRepository records, Statistics statistics, TransactionTemplate transaction) {
        this.records = records;
        this.statistics = statistics;
        this.transaction = transaction;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(InventoryCompared.Batch compared) {
        Retries.inTransaction(transaction, "exchange keeping " + compared.inventories().size() + " declarations",
                () -> {
                    records.lockFeeds();
                    compared.inventories().forEach(i -> declared(i.invtNo(), importDeclared(i), i.at(),
                            this::importParcel));
                });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(CustomsDecided.Batch decided) {
        Retries.inTransaction(transaction, "exchange keeping " + decided.decisions().size() + " decisions", () -> {
            records.lockFeeds();
            for (CustomsDecided d : decided.decisions()) {
                decided(d.invtNo(), d.outcome() == CustomsDecided.Outcome.RELEASED, d.outcome()
                        == CustomsDecided.Outcome.REVIEW || d.outcome() == CustomsDecided.Outcome.INSPECTION
                        || d.outcome() == CustomsDecided.Outcome.DETAINED, Map.of("releasedAt", d.at().toString(),
                        "tax", d.tax() == null ? BigDecimal.ZERO : d.tax()), d.at(), this::importParcel);
            }
        });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ExportInventoryCompared.Batch compared) {
        Retries.inTransaction(transaction, "exchange keeping " + compared.inventories().size()
                + " export declarations", () -> {
                    records.lockFeeds();
                    compared.inventories().forEach(i -> declared(i.invtNo(), exportDeclared(i), i.at(),
                            this::exportLines));
                });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ExportDecided.Batch decided) {
        Retries.inTransaction(transaction, "exchange keeping " + decided.decisions().size() + " export decisions",
                () -> {
                    records.lockFeeds();
                    for (ExportDecided d : decided.decisions()) {
                        decided(d.invtNo(), d.outcome() == CustomsDecided.Outcome.RELEASED,
                                d.outcome() == CustomsDecided.Outcome.REVIEW, Map.of("exportDate",
                                        DAY.format(d.at()), "releasedAt", d.at().toString()), d.at(),
                                this::exportLines);
                    }
                });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(TaxBillIssued.Batch issued) {
        Retries.inTransaction(transaction, "exchange keeping " + issued.bills().size() + " tax messages", () -> {
            records.lockFeeds();
            issued.bills().stream().filter(b -> "CEB816".equals(b.messageType())).forEach(this::taxBill);
        });
    }

    /** What an inventory declared is in: the record is written if its release came first, else it waits. */
    private void declared(String invtNo, Map<String, Object> declared, Instant at,
                          Function<Map<String, Object>, Void> write) {
        Optional<String> release = records.pending("R:" + invtNo);
        if (release.isEmpty()) {
            records.pending("D:" + invtNo, json(declared), at);
            return;
        }
        records.forget("R:" + invtNo);
        write.apply(merged(declared, read(release.get())));
    }

    /** Customs decided: a release completes the record (or waits for the declaration); a refusal forgets it. */
    private void decided(String invtNo, boolean released, boolean stillOpen, Map<String, Object> release,
                         Instant at, Function<Map<String, Object>, Void> write) {
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
        write.apply(merged(read(declared.get()), release));
    }

    @SuppressWarnings("unchecked")
    private Void importParcel(Map<String, Object> parcel) {
        Instant released = Instant.parse((String) parcel.get("releasedAt"));
        if (records.append(Dataset.IMPORT_PARCELS.wireName(), (String) parcel.get("invtNo"), (String) parcel.get(
                "ebcCode"), json(parcel), released)) {
            statistics.released("I", (String) parcel.get("tradeMode"), (String) parcel.get("ebcCode"),
                    Instant.parse((String) parcel.get("comparedAt")), released, decimal(parcel.get("goodsValue")),
                    decimal(parcel.get("tax")), ((List<Map<String, Object>>) parcel.get("lineValues")).stream()
                            .map(l -> Map.entry((String) l.get("gcode"), decimal(l.get("totalPrice")))).toList());
        }
        return null;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    @SuppressWarnings("unchecked")
    private Void exportLines(Map<String, Object> inventory) {
        Instant declared = Instant.parse((String) inventory.get("declaredAt"));
        Instant released = Instant.parse((String) inventory.get("releasedAt"));
        List<Map<String, Object>> lines = (List<Map<String, Object>>) inventory.get("lines");
        boolean written = false;
        for (Map<String, Object> line : lines) {
            Map<String, Object> record = new LinkedHashMap<>(inventory);
            record.remove("lines");
            record.remove("declaredAt");
            record.remove("releasedAt");
            record.putAll(line);
            written |= records.append(Dataset.EXPORT_LINES.wireName(), inventory.get("invtNo") + ":"
                    + line.get("gnum"), (String) inventory.get("sellerCode"), json(record), declared);
        }
        if (written) {
            statistics.released("E", (String) inventory.get("tradeMode"), (String) inventory.get("sellerCode"),
                    declared, released, lines.stream().map(l -> decimal(l.get("totalPrice")))
                            .reduce(BigDecimal.ZERO, BigDecimal::add), BigDecimal.ZERO, lines.stream()
                            .map(l -> Map.entry((String) l.get("gcode"), decimal(l.get("totalPrice")))).toList());
        }
        return null;
    }

    private static Map<String, Object> importDeclared(InventoryCompared i) {
        Map<String, Object> parcel = new LinkedHashMap<>();
        parcel.put("invtNo", i.invtNo());
        parcel.put("copNo", i.copNo());
        parcel.put("orderNo", i.orderNo());
        parcel.put("ebpCode", i.ebpCode());
        parcel.put("ebcCode", i.ebcCode());
        parcel.put("agentCode", i.agentCode());
        parcel.put("tradeMode", i.tradeMode());
        parcel.put("buyerName", i.buyerName());
        parcel.put("buyerIdNumber", i.buyerIdNumber());
        parcel.put("goodsValue", i.lines().stream().map(InventoryCompared.Line::totalPrice)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        parcel.put("freight", i.freight());
        parcel.put("gcodes", i.lines().stream().map(InventoryCompared.Line::gcode).distinct().toList());
        parcel.put("itemNames", i.lines().stream().map(InventoryCompared.Line::itemName).distinct().toList());
        // kept for the statistics, never shown: a dataset's record shows only the dataset's fields
        parcel.put("comparedAt", i.at().toString());
        parcel.put("lineValues", i.lines().stream().map(l -> Map.of("gcode", l.gcode() == null ? "" : l.gcode(),
                "totalPrice", l.totalPrice() == null ? BigDecimal.ZERO : l.totalPrice())).toList());
        return parcel;
    }

    private static Map<String, Object> exportDeclared(ExportInventoryCompared i) {
        Map<String, Object> inventory = new LinkedHashMap<>();
        inventory.put("invtNo", i.invtNo());
        inventory.put("copNo", i.copNo());
        inventory.put("sellerCode", i.ebcCode());
        inventory.put("ebpCode", i.ebpCode());
        inventory.put("tradeMode", i.tradeMode());
        inventory.put("declaredAt", i.at().toString());
        inventory.put("lines", i.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("gnum", l.gnum());
            line.put("gcode", l.gcode());
            line.put("itemName", l.itemName());
            line.put("unit", l.unit());
            line.put("qty", l.qty());
            line.put("price", l.price());
            line.put("totalPrice", l.totalPrice());
            return line;
        }).toList());
        return inventory;
    }

    /** A CEB816 tax bill: its head's fields, read from the message customs sent. */
    private void taxBill(TaxBillIssued bill) {
        Document xml = parse(bill.xml());
        Map<String, Object> record = new LinkedHashMap<>();
        for (String field : List.of("invtNo", "taxNo", "agentCode", "ebcCode", "assureCode", "customsTax",
                "valueAddedTax", "consumptionTax", "status")) {
            record.put(field, text(xml, field));
        }
        record.put("issuedAt", bill.at().toString());
        String enterprise = (String) (record.get("agentCode") != null ? record.get("agentCode")
                : bill.recipients().get(0));
        records.append(Dataset.IMPORT_TAX_BILLS.wireName(), bill.guid(), enterprise, json(record), bill.at());
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("a tax bill customs wrote is not XML", e);
        }
    }

    /** The text of the first element of this local name in the message's head, or null. */
    private static String text(Document xml, String localName) {
        var found = xml.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
    }

    private static Map<String, Object> merged(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> merged = new LinkedHashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    private static String json(Map<String, Object> value) {
        return Datasets.JSON.writeValueAsString(value);
    }

    private static Map<String, Object> read(String json) {
        return Datasets.JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    }
}
