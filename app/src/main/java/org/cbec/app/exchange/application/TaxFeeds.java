package org.cbec.app.exchange.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.TaxBillIssued;
import org.cbec.app.customs.TaxPaymentChanged;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.persistence.DatasetRepository;
import org.cbec.app.export.ExportSummarised;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tax's datasets from customs' and export's events: each import tax bill (CEB816) per withholding agent, each
 * payment form issued and paid per guarantor (also the guarantor's overdue tax in its credit), and each export
 * summary declaration (CEB792 entry) per e-commerce enterprise. Written once per key: an event delivered again
 * writes nothing.
 */
@Component
class TaxFeeds {

    private final DatasetRepository records;
    private final Credit credit;
    private final TransactionTemplate transaction;

    TaxFeeds(DatasetRepository records, Credit credit, TransactionTemplate transaction) {
        this.records = records;
        this.credit = credit;
        this.transaction = transaction;
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(TaxBillIssued.Batch issued) {
        Retries.inTransaction(transaction, "exchange keeping " + issued.bills().size() + " tax messages", () -> {
            records.lockFeeds();
            List<TaxBillIssued> bills = issued.bills().stream().filter(b -> "CEB816".equals(b.messageType()))
                    .toList();
            records.readRecords(bills.stream().map(b -> new DatasetRepository.RecordKey(
                    Dataset.IMPORT_TAX_BILLS.wireName(), b.guid())).toList());
            bills.forEach(this::taxBill);
        });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(TaxPaymentChanged.Batch changed) {
        Retries.inTransaction(transaction, "exchange keeping " + changed.changes().size() + " payment forms", () -> {
            records.lockFeeds();
            records.readRecords(changed.changes().stream().map(c -> new DatasetRepository.RecordKey(
                    Dataset.IMPORT_TAX_PAYMENTS.wireName(), paymentKey(c))).toList());
            for (TaxPaymentChanged c : changed.changes()) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("entDutyNo", c.entDutyNo());
                record.put("assureCode", c.assureCode());
                record.put("bills", c.bills());
                record.put("total", c.total());
                record.put("status", c.status());
                record.put("dueBy", c.dueBy() == null ? null : c.dueBy().toString());
                record.put("at", c.at().toString());
                records.append(Dataset.IMPORT_TAX_PAYMENTS.wireName(), paymentKey(c), c.assureCode(),
                        Feeds.json(record), c.at());
                credit.taxPayment(c);
            }
        });
    }

    @Async(EventDelivery.NAME)
    @TransactionalEventListener
    void on(ExportSummarised.Batch summarised) {
        Retries.inTransaction(transaction, "exchange keeping " + summarised.summaries().size() + " summaries", () -> {
            records.lockFeeds();
            for (ExportSummarised s : summarised.summaries()) {
                for (ExportSummarised.Entry e : s.entries()) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("sumNo", s.sumNo());
                    record.put("declSeqNo", e.declSeqNo());
                    record.put("entryId", e.entryId());
                    record.put("agentCode", s.agentCode());
                    record.put("ebcCode", s.ebcCode());
                    record.put("ownerCode", e.ownerCode());
                    record.put("trafMode", e.trafMode());
                    record.put("country", e.country());
                    record.put("portCode", e.portCode());
                    record.put("items", e.items());
                    record.put("invtNos", e.invtNos());
                    record.put("summarisedAt", s.at().toString());
                    records.append(Dataset.SUMMARY_DECLARATIONS.wireName(), e.declSeqNo(), s.ebcCode(),
                            Feeds.json(record), s.at());
                }
            }
        });
    }

    /** A payment form's record, once for each status it comes to. */
    private static String paymentKey(TaxPaymentChanged c) {
        return c.entDutyNo() + ":" + c.status();
    }

    /** A CEB816 tax bill: its head's fields, read from the message customs sent. */
    private void taxBill(TaxBillIssued bill) {
        Map<String, Object> record = FeedRecords.taxBill(bill);
        String enterprise = (String) (record.get("agentCode") != null ? record.get("agentCode")
                : bill.recipients().get(0));
        records.append(Dataset.IMPORT_TAX_BILLS.wireName(), bill.guid(), enterprise, Feeds.json(record), bill.at());
    }
}
