package org.cbec.app.export.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Receipts;
import org.cbec.app.clearance.intake.Received;
import org.cbec.app.export.ExportSummarised;
import org.cbec.app.export.domain.ExportDocuments;
import org.cbec.app.export.domain.SummaryDeclaration;
import org.cbec.app.export.persistence.ExportSummaryRepository;
import org.cbec.app.shared.BatchedEvents;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.schema.export202205.CEB792Message;
import org.cbec.ceb.schema.export202205.SummaryResult;
import org.cbec.ceb.schema.export202205.SummaryResultHead;
import org.cbec.ceb.schema.export202205.SummaryResultList;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The summary declaration of export inventories (CEB701 → CEB702, result CEB792; cbec-rules.md §B.3): released
 * summary-kind (B) inventories, named by invtNo or by release period, are merged by the eight keys into customs
 * declarations; each inventory is summarised once (a conditional update). By the 15th of each month the previous
 * month's inventories left unsummarised are summarised by a job (on the 1st, 03:00 China time), so none is left.
 */
@Service
public class ExportSummaries {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final CebWriter WRITER = new CebWriter();

    private final ExportSummaryRepository exports;
    private final ExportDocumentStore documents;
    private final Receipts receipts;
    private final Clock clock;
    private final BatchedEvents events;

    ExportSummaries(ExportSummaryRepository exports, ExportDocumentStore documents, Receipts receipts, Clock clock,
                    BatchedEvents events) {
        this.exports = exports;
        this.documents = documents;
        this.receipts = receipts;
        this.clock = clock;
        this.events = events;
    }

    /** What a summary made: its number and declarations, or why it was refused. */
    public record Outcome(String sumNo, List<SummaryDeclaration.Declaration> declarations, String refusal) {
    }

    /** A CEB701 record (inside the intake transaction): 2, 3, then 120 and 399 with sumNo, or 100 with why. */
    void apply(Received received, DeclaredRecord record, ExportDocuments.SummaryApplication application,
               String preNo) {
        String sender = received.sender();
        Instant now = received.at();
        Outcome outcome = summarise(application, "CEB701 " + record.recordGuid(), now);
        DeclaredRecord numbered = new DeclaredRecord(record.recordGuid(), record.appType(), record.appStatus(), null,
                null, record.ebcCode(), null, null, null, null, record.copNo(), record.agentCode(), null, null, null,
                outcome.sumNo() == null ? Map.of("msgSeqNo", "1") : Map.of("msgSeqNo", "1", "sumNo", outcome.sumNo()));
        receipts.issue(sender, "CEB702", numbered, preNo, "2", "电子口岸申报中", now);
        receipts.issue(sender, "CEB702", numbered, preNo, "3", "发送海关成功", now);
        if (outcome.refusal() != null) {
            receipts.issue(sender, "CEB702", numbered, preNo, "100", "海关退单: " + outcome.refusal(), now);
            return;
        }
        receipts.issue(sender, "CEB702", numbered, preNo, "120", "海关入库", now);
        receipts.issue(sender, "CEB702", numbered, preNo, "399", "海关审结: " + outcome.declarations().size()
                + " declarations", now);
    }

    @Scheduled(cron = "${cbec.export.summary-cron:0 0 3 1 * *}", zone = "Asia/Shanghai")
    void summariseLastMonth() {
        summariseMonth(YearMonth.now(clock.withZone(CHINA)).minusMonths(1));
    }

    /** Summarises every inventory of {@code month} still unsummarised, per declarant and consignor. */
    @Transactional
    public List<Outcome> summariseMonth(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        List<Outcome> outcomes = new ArrayList<>();
        for (String[] pair : exports.awaitingSummary(from, to)) {
            outcomes.add(summarise(new ExportDocuments.SummaryApplication("AUTO" + month, null, pair[0], pair[0],
                    pair[1], pair[1], pair[0], pair[0], SummaryDeclaration.BY_CONSIGNOR_AND_PRODUCER, from, to,
                    List.of()), "monthly job", clock.instant()));
        }
        return outcomes;
    }

    private Outcome summarise(ExportDocuments.SummaryApplication a, String requestedBy, Instant now) {
        List<ExportSummaryRepository.Candidate> candidates;
        if (!a.invtNos().isEmpty()) {
            candidates = exports.candidates(a.agentCode(), a.invtNos());
            List<String> problems = new ArrayList<>();
            for (String invtNo : a.invtNos()) {
                ExportSummaryRepository.Candidate c = candidates.stream().filter(x -> invtNo.equals(x.invtNo()))
                        .findFirst().orElse(null);
                if (c == null) {
                    problems.add(invtNo + ": no inventory of " + a.agentCode());
                } else if (c.sumNo() != null) {
                    problems.add(invtNo + ": already summarised in " + c.sumNo());
                } else if (!"B".equals(c.statisticsFlag())) {
                    problems.add(invtNo + ": statisticsFlag " + c.statisticsFlag() + " (only B is summarised)");
                } else if (!List.of(InventoryStatus.RELEASED, InventoryStatus.CLOSED)
                        .contains(InventoryStatus.of(c.status()))) {
                    problems.add(invtNo + ": " + c.status() + " (only released inventories are summarised)");
                } else if (!a.ebcCode().equals(c.ebcCode())) {
                    problems.add(invtNo + ": ebcCode " + c.ebcCode() + " is not the application's " + a.ebcCode());
                }
            }
            if (!problems.isEmpty()) {
                return new Outcome(null, List.of(), String.join("; ", problems));
            }
        } else if (a.start() != null && a.end() != null) {
            candidates = exports.unsummarised(a.agentCode(), a.ebcCode(), a.start(), a.end());
        } else {
            return new Outcome(null, List.of(), "name the inventories (SummaryApplyList) or the period (startTime, "
                    + "endTime)");
        }
        String sumNo = number(candidates, "S", now);
        List<SummaryDeclaration.Summarised> taken = new ArrayList<>();
        for (ExportSummaryRepository.Candidate c : candidates) {
            if (exports.summarise(c.agentCode(), c.copNo(), sumNo)) {
                taken.add(new SummaryDeclaration.Summarised(c.invtNo(), c.logisticsNo(), inventory(c)));
            }
        }
        if (taken.isEmpty()) {
            return new Outcome(null, List.of(), "nothing to summarise: every inventory named or released in the "
                    + "period is summarised already");
        }
        exports.summary(sumNo, a.agentCode(), a.ebcCode(), a.copNo(), a.summaryFlag(), a.start(), a.end(),
                requestedBy.length() > 20 ? requestedBy.substring(0, 20) : requestedBy, now);
        List<SummaryDeclaration.Declaration> declarations = SummaryDeclaration.merge(taken, a.summaryFlag());
        CEB792Message result = new CEB792Message();
        result.setGuid(Receipts.newGuid());
        result.setVersion("1.0");
        String customsCode = sumNo.substring(0, 4);
        List<ExportSummarised.Entry> entries = new ArrayList<>();
        for (SummaryDeclaration.Declaration d : declarations) {
            String declSeqNo = number(candidates, "D", now);
            String entryId = customsCode + Receipts.returnTime(now).substring(0, 4) + "1"
                    + String.format("%09d", exports.nextSummarySerial() % 1_000_000_000L);
            List<Object[]> items = new ArrayList<>();
            SummaryResult declaration = new SummaryResult();
            SummaryResultHead head = new SummaryResultHead();
            head.setGuid(Receipts.newGuid());
            head.setCustomsCode(customsCode);
            head.setSumNo(sumNo);
            head.setOpDate(Receipts.returnTime(now));
            head.setDeclSeqNo(declSeqNo);
            head.setEntryId(entryId);
            head.setDecState("1");
            head.setAgentCode(a.agentCode());
            head.setAgentName(a.agentName());
            head.setEbcCode(a.ebcCode());
            head.setEbcName(a.ebcName());
            head.setDeclAgentCode(a.declAgentCode());
            head.setDeclAgentName(a.declAgentName());
            head.setGrossWeight(weight(taken, d, true));
            head.setNetWeight(weight(taken, d, false));
            head.setMsgCount(1);
            head.setMsgSeqNo(1);
            declaration.setSummaryResultHead(head);
            for (SummaryDeclaration.Item item : d.items()) {
                for (SummaryDeclaration.Part part : item.parts()) {
                    items.add(new Object[] {item.gseqno(), part.invtNo(), part.logisticsNo(), part.gnum(),
                        part.gcode()});
                    SummaryResultList line = new SummaryResultList();
                    line.setInvtNo(part.invtNo());
                    line.setLogisticsNo(part.logisticsNo());
                    line.setGseqno(item.gseqno());
                    line.setGnum(part.gnum());
                    line.setGcode(part.gcode());
                    declaration.getSummaryResultList().add(line);
                }
            }
            exports.declaration(declSeqNo, sumNo, entryId, d.head().ebcCode(), d.head().trafMode(),
                    d.head().ownerCode(), d.head().country(), d.head().portCode(), items, now);
            entries.add(new ExportSummarised.Entry(declSeqNo, entryId, d.head().ownerCode(), d.head().trafMode(),
                    d.head().country(), d.head().portCode(), d.items().size(), d.invtNos()));
            result.getSummaryResult().add(declaration);
        }
        String xml = new String(WRITER.write(result), StandardCharsets.UTF_8);
        events.add(ExportSummarised.Batch.class, ExportSummarised.Batch::new, new ExportSummarised(sumNo,
                a.agentCode(), a.ebcCode(), entries, now));
        receipts.deliver(a.agentCode(), "CEB792", sumNo, null, "399", "汇总结果: " + declarations.size()
                + " declarations, " + taken.size() + " inventories", xml, now);
        return new Outcome(sumNo, declarations, null);
    }

    /** C18 numbers: the customs code of the first inventory, the year, a letter, 9 digits. */
    private String number(List<ExportSummaryRepository.Candidate> candidates, String letter, Instant now) {
        String customsCode = candidates.isEmpty() || candidates.get(0).invtNo() == null ? "0000"
                : candidates.get(0).invtNo().substring(0, 4);
        return customsCode + Receipts.returnTime(now).substring(0, 4) + letter
                + String.format("%09d", exports.nextSummarySerial() % 1_000_000_000L);
    }

    private static java.math.BigDecimal weight(List<SummaryDeclaration.Summarised> taken,
                                               SummaryDeclaration.Declaration d, boolean gross) {
        return taken.stream().filter(s -> d.invtNos().contains(s.invtNo())).map(s -> gross
                        ? s.inventory().grossWeight() : s.inventory().netWeight())
                .filter(java.util.Objects::nonNull).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    private ExportDocuments.Inventory inventory(ExportSummaryRepository.Candidate c) {
        return documents.sent(ExportDocumentStore.INVENTORY, c.agentCode(), c.copNo(),
                ExportDocuments.Inventory.class).document();
    }
}
