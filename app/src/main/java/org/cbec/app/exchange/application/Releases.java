package org.cbec.app.exchange.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.persistence.CreditRepository;
import org.cbec.app.exchange.persistence.DatasetRepository;
import org.springframework.stereotype.Component;

/**
 * A released parcel whose record is complete (what it declared and customs' release): its record in its dataset,
 * then, once per record (an event delivered again writes nothing and counts nothing), the statistics' counters,
 * FX's payment or receipt against the declared value, and a release in its enterprise's credit.
 */
@Component
class Releases {

    /** Import payments are in yuan (CEB411 currency 142). */
    private static final String YUAN = "142";

    private final DatasetRepository records;
    private final Statistics statistics;
    private final FxFigures fx;
    private final Credit credit;

    Releases(DatasetRepository records, Statistics statistics, FxFigures fx, Credit credit) {
        this.records = records;
        this.statistics = statistics;
        this.fx = fx;
        this.credit = credit;
    }

    void importParcel(Map<String, Object> parcel) {
        Instant released = Instant.parse((String) parcel.get("releasedAt"));
        String enterprise = (String) parcel.get("ebcCode");
        if (!records.append(Dataset.IMPORT_PARCELS.wireName(), (String) parcel.get("invtNo"), enterprise,
                Feeds.json(parcel), released)) {
            return;
        }
        BigDecimal goodsValue = decimal(parcel.get("goodsValue"));
        statistics.released("I", (String) parcel.get("tradeMode"), enterprise,
                Instant.parse((String) parcel.get("comparedAt")), released, goodsValue, decimal(parcel.get("tax")),
                goods(parcel));
        // the buyer pays the goods, the freight and the tax collected with them (CEB311 acturalPaid)
        BigDecimal declared = goodsValue.add(decimal(parcel.get("freight"))).add(decimal(parcel.get("orderTaxTotal")));
        fx.released(payment(parcel, "payTransactionId", YUAN), "I", enterprise, declared,
                decimal(parcel.get("amountPaid")), released);
        credit.counted(enterprise, CreditRepository.Counted.RELEASED, released);
    }

    @SuppressWarnings("unchecked")
    void exportInventory(Map<String, Object> inventory) {
        Instant declaredAt = Instant.parse((String) inventory.get("declaredAt"));
        Instant released = Instant.parse((String) inventory.get("releasedAt"));
        String seller = (String) inventory.get("sellerCode");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) inventory.get("lines");
        records.readRecords(lines.stream().map(line -> new DatasetRepository.RecordKey(
                Dataset.EXPORT_LINES.wireName(), lineKey(inventory, line))).toList());
        boolean written = false;
        for (Map<String, Object> line : lines) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (String field : List.of("invtNo", "copNo", "sellerCode", "ebpCode", "tradeMode", "exportDate")) {
                record.put(field, inventory.get(field));
            }
            record.putAll(line);
            written |= records.append(Dataset.EXPORT_LINES.wireName(), lineKey(inventory, line), seller,
                    Feeds.json(record), declaredAt);
        }
        if (!written) {
            return;
        }
        BigDecimal value = lines.stream().map(l -> decimal(l.get("totalPrice"))).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        statistics.released("E", (String) inventory.get("tradeMode"), seller, declaredAt, released, value,
                BigDecimal.ZERO, goods(inventory));
        // the receipt is for the goods and the freight the order charged (CEB403 charge); none yet is nothing
        Map<String, Object> payment = payment(inventory, "payNo", (String) inventory.get("currency"));
        payment.put("ebcCode", seller);
        fx.released(payment, "E", seller, value.add(decimal(inventory.get("freight"))),
                decimal(inventory.get("charge")), released);
        credit.counted(seller, CreditRepository.Counted.RELEASED, released);
    }

    private static String lineKey(Map<String, Object> inventory, Map<String, Object> line) {
        return inventory.get("invtNo") + ":" + line.get("gnum");
    }

    /** The fields of an fx-payments record a parcel gives. */
    private static Map<String, Object> payment(Map<String, Object> parcel, String number, String currency) {
        Map<String, Object> payment = new LinkedHashMap<>();
        for (String field : List.of("invtNo", "ebpCode", "ebcCode", "payCode", number)) {
            payment.put(field, parcel.get(field));
        }
        payment.put("currency", currency);
        return payment;
    }

    @SuppressWarnings("unchecked")
    private static List<Statistics.Goods> goods(Map<String, Object> parcel) {
        return ((List<Map<String, Object>>) parcel.getOrDefault("lineValues", List.of())).stream()
                .map(l -> new Statistics.Goods((String) l.get("gcode"), (String) l.get("country"),
                        decimal(l.get("totalPrice")))).toList();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
