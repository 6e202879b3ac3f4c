package org.cbec.app.export.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ReturnStatus;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Receipts;
import org.cbec.app.clearance.intake.Received;
import org.cbec.app.export.domain.ExportDocuments;
import org.cbec.app.export.persistence.ExportRepository.ExportInventoryRow;
import org.cbec.app.export.persistence.ExportRepository;
import org.cbec.app.export.persistence.ExportReturnRepository;
import org.cbec.app.export.persistence.ExportWaybillRepository;
import org.cbec.app.shared.persistence.DocumentTable;
import org.springframework.stereotype.Component;
import static org.cbec.app.export.application.ExportDocumentStore.INVENTORY;
import static org.cbec.app.export.application.ExportDocumentStore.WAYBILL;

/**
 * The messages that move exported goods after their inventory (CEB-SPEC.md §4.2): the site's arrival (CEB507)
 * and the departure (CEB509) of waybills, which release (800) and close (899) their inventories; the master bill
 * (CEB607) they leave under; and goods coming back (CEB213 return, CEB215 tally).
 */
@Component
class ExportFollowUps {

    private final ExportDocumentStore documents;
    private final ExportRepository exports;
    private final ExportWaybillRepository waybillMoves;
    private final ExportReturnRepository returns;
    private final Receipts receipts;
    private final ExportIntake intake;
    private final ExportClearance clearance;

    ExportFollowUps(ExportDocumentStore documents, ExportRepository exports, ExportWaybillRepository waybillMoves,
                    ExportReturnRepository returns, Receipts receipts, ExportIntake intake,
                    ExportClearance clearance) {
        this.documents = documents;
        this.exports = exports;
        this.waybillMoves = waybillMoves;
        this.returns = returns;
        this.receipts = receipts;
        this.intake = intake;
        this.clearance = clearance;
    }

    /**
     * CEB507 arrival or CEB509 departure of waybills. The waybills' documents, movements and inventories, and the
     * inventories' documents, are read a kind at a time for the whole record: five statements, not four a waybill.
     */
    void move(Received received, DeclaredRecord record, ExportDocuments.WaybillMovement movement, String preNo) {
        String sender = received.sender();
        String receiptType = received.receiptType();
        Instant now = received.at();
        List<DocumentTable.Keys> waybills = movement.logisticsNos().stream().distinct()
                .map(no -> new DocumentTable.Keys(WAYBILL, movement.logisticsCode(), no)).toList();
        documents.read(waybills);
        List<String> unknown = waybills.stream().filter(w -> !documents.exists(WAYBILL, w.keyA(), w.keyB()))
                .map(DocumentTable.Keys::keyB).toList();
        if (!unknown.isEmpty()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: no waybill CEB505 of "
                    + "logisticsCode " + movement.logisticsCode() + " on file for logisticsNo "
                    + String.join(", ", unknown), now);
            return;
        }
        String what = movement.departure() ? "离境" : "运抵";
        intake.declared(sender, receiptType, record, preNo, now);
        receipts.issue(sender, receiptType, record, preNo, "399", "海关审结: " + what + " "
                + movement.logisticsNos().size() + " waybills", now);
        waybills.forEach(w -> waybillMoves.moved(w.keyA(), w.keyB(), movement.departure(), now));
        Map<List<String>, ExportWaybillRepository.Movement> at = waybillMoves.movements(waybills);
        List<ExportInventoryRow> moving = exports.naming(waybills, movement.departure() ? InventoryStatus.RELEASED
                : InventoryStatus.REVIEWED);
        documents.read(moving.stream().map(state -> new DocumentTable.Keys(INVENTORY, state.agentCode(),
                state.copNo())).toList());
        Map<String, List<ExportInventoryRow>> onWaybill = moving.stream()
                .collect(Collectors.groupingBy(ExportInventoryRow::logisticsNo));
        for (DocumentTable.Keys waybill : waybills) {
            for (ExportInventoryRow state : onWaybill.getOrDefault(waybill.keyB(), List.of())) {
                var inventory = documents.sender(INVENTORY, state.agentCode(), state.copNo()).orElseThrow();
                DeclaredRecord numbered = inventory.record().withInvtNo(state.invtNo());
                if (movement.departure()) {
                    clearance.close(state, numbered, inventory.senderCode(), now);
                } else {
                    clearance.release(state, numbered, inventory.senderCode(),
                            at.get(List.of(waybill.keyA(), waybill.keyB())), now);
                }
            }
        }
    }

    /** CEB607: waybills (and the inventories on them) leave under this master bill. */
    void masterBill(Received received, DeclaredRecord record, ExportDocuments.MasterBill bill, String preNo) {
        String sender = received.sender();
        String receiptType = received.receiptType();
        Instant now = received.at();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < bill.logisticsNos().size(); i++) {
            String no = bill.logisticsNos().get(i);
            String invtNo = bill.invtNos().get(i);
            if (!documents.exists(WAYBILL, bill.logisticsCode(), no)) {
                problems.add("no waybill CEB505 on file for logisticsNo " + no);
            } else if (invtNo != null && !invtNo.isBlank() && exports.byInvtNo(record.agentCode(), invtNo)
                    .filter(s -> s.logisticsNo().equals(no)).isEmpty()) {
                problems.add("inventory " + invtNo + " of " + record.agentCode() + " does not travel on " + no);
            }
        }
        if (!problems.isEmpty()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: "
                    + String.join("; ", problems), now);
            return;
        }
        bill.logisticsNos().forEach(no -> waybillMoves.billOf(bill.logisticsCode(), no, bill.billNo()));
        intake.declared(sender, receiptType, record, preNo, now);
        receipts.issue(sender, receiptType, record, preNo, "399", "海关审结: " + bill.logisticsNos().size()
                + " waybills under bill " + bill.billNo(), now);
    }


    /**
     * CEB213: goods of a closed export inventory come back. Taken in (120), then suspended (600 挂起) until the
     * site tallies them; applied for at another customs than the one that cleared them, handed over first (505 移交).
     */
    void returnGoods(Received received, DeclaredRecord record, ExportDocuments.ReturnApplication application,
                     String preNo) {
        String sender = received.sender();
        String receiptType = received.receiptType();
        Instant now = received.at();
        Optional<ExportInventoryRow> original = exports.byInvtNo(record.agentCode(), application.invtNo());
        String refusal = original.isEmpty() ? "no export inventory " + application.invtNo() + " declared by "
                + record.agentCode()
                : InventoryStatus.of(original.get().status()) != InventoryStatus.CLOSED ? "inventory "
                + application.invtNo() + " is "
                + original.get().status() + "; only goods that left the country (899) come back"
                : !original.get().logisticsNo().equals(application.logisticsNo()) ? "inventory "
                + application.invtNo() + " travelled on " + original.get().logisticsNo() + ", not on "
                + application.logisticsNo()
                : returns.anyReturn(application.invtNo()) ? "inventory " + application.invtNo()
                + " already has a return" : null;
        if (refusal != null) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: " + refusal, now);
            return;
        }
        if (intake.notTheDeclarant(sender, receiptType, record, preNo, now, INVENTORY, original.get().agentCode(),
                original.get().copNo(), exports.ebcCodeOf(original.get().agentCode(), original.get().copNo())
                        .orElse(null))) {
            return;
        }
        returns.returnApplied(new ExportReturnRepository.ExportReturn(record.recordGuid(), sender, record.agentCode(),
                record.ebpCode(), record.ebcCode(), application.coElNo(), preNo, application.invtNo(),
                application.logisticsCode(), application.logisticsNo(), "SUSPENDED"), now);
        intake.declared(sender, receiptType, record, preNo, now);
        receipts.issue(sender, receiptType, record, preNo, "120", "海关入库", now);
        if (!application.invtNo().startsWith(application.customsCode())) {
            receipts.issue(sender, receiptType, record, preNo, "505", "移交: cleared by customs "
                    + application.invtNo().substring(0, 4) + ", returned at " + application.customsCode(), now);
        }
        receipts.issue(sender, receiptType, record, preNo, "600", "挂起: waiting for the goods to be tallied "
                + "(CEB215)", now);
    }


    /** CEB215: the site tallies a returned parcel; its return is released (800). */
    void tally(Received received, DeclaredRecord record, ExportDocuments.Tally tally, String preNo) {
        String sender = received.sender();
        String receiptType = received.receiptType();
        Instant now = received.at();
        List<ExportReturnRepository.ExportReturn> awaiting = returns.awaitingTally(tally.logisticsCode(),
                tally.logisticsNo());
        if (awaiting.isEmpty()) {
            receipts.issue(sender, receiptType, record, preNo, ReturnStatus.REJECTED, "海关退单: no return (CEB213) "
                    + "awaits the parcel of logisticsCode " + tally.logisticsCode() + ", logisticsNo "
                    + tally.logisticsNo(), now);
            return;
        }
        intake.declared(sender, receiptType, record, preNo, now);
        receipts.issue(sender, receiptType, record, preNo, "399", "海关审结: 理货完成", now);
        for (ExportReturnRepository.ExportReturn back : awaiting) {
            returns.tallied(back.recordGuid(), now);
            DeclaredRecord application = new DeclaredRecord(back.recordGuid(), "1", "2", null, back.ebpCode(),
                    back.ebcCode(), null, null, back.logisticsNo(), back.logisticsCode(), null, back.agentCode(), null,
                    back.invtNo(), null, java.util.Map.of("coElNo", back.coElNo()));
            receipts.issue(back.senderCode(), "CEB214", application, back.preNo(), "800", "放行: 退货已理货", now);
        }
    }

}
