package org.cbec.app.export;

import java.time.Instant;
import java.util.List;

/**
 * Released export inventories summarised into customs declarations (CEB701 → CEB792, cbec-rules.md §B.3): the
 * summary's number, its declarant and consignor, and each declaration with its entry number and inventories.
 * Published by export in the transaction that summarised them; what tax needs for refunds.
 */
public record ExportSummarised(String sumNo, String agentCode, String ebcCode, List<Entry> entries, Instant at) {

    public ExportSummarised {
        entries = List.copyOf(entries);
    }

    /** One declaration of the summary (SummaryResultHead): its numbers, its merge keys, its inventories. */
    public record Entry(String declSeqNo, String entryId, String ownerCode, String trafMode, String country,
                        String portCode, int items, List<String> invtNos) {

        public Entry {
            invtNos = List.copyOf(invtNos);
        }
    }

    /** The summaries one transaction made: what is published. */
    public record Batch(List<ExportSummarised> summaries) {

        public Batch {
            summaries = List.copyOf(summaries);
        }
    }
}
