package org.cbec.app.clearance.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cbec.app.clearance.GoodsReturned;
import org.cbec.app.clearance.InventoryCancelled;
import org.cbec.app.clearance.ReturnedGoodsArrived;
import org.cbec.app.clearance.domain.DeclaringParty;
import org.cbec.app.clearance.domain.DocumentChange;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ParcelDocumentType;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.domain.Refunds;
import org.cbec.app.clearance.domain.ReturnStatus;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Received;
import org.cbec.app.clearance.persistence.FollowUpRepository;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The messages that follow a parcel's documents (CEB-SPEC.md §4.1 steps 3–5): the carrier's sign-for (CEB513,
 * which closes a released inventory with 899), the declarant's cancellation (CEB623) and return (CEB625) of a
 * released inventory, and the site operator's entry of parcels (CEB711). Each record is answered in its own
 * receipt type; what holds goes straight through to 399, and a cancellation or return is published
 * ({@link InventoryCancelled}, {@link GoodsReturned}, in the same transaction) for customs to undo its quota
 * and tax.
 */
@Service
class FollowUps {

    private final ReleasedInventories parcels;
    private final ParcelRepository documents;
    private final FollowUpRepository followUps;
    private final ReceiptIssuer receipts;
    private final ApplicationEventPublisher events;

    FollowUps(ReleasedInventories parcels, ParcelRepository documents, FollowUpRepository followUps,
              ReceiptIssuer receipts, ApplicationEventPublisher events) {
        this.events = events;
        this.parcels = parcels;
        this.documents = documents;
        this.followUps = followUps;
        this.receipts = receipts;
    }

    /** The pre-entry number of the inventory a cancellation or return names, for its receipts. */
    String preNoOf(DeclaredRecord record, Instant now) {
        return (record.invtNo() == null ? Optional.<String>empty()
                : parcels.byInvtNo(record.agentCode(), record.invtNo()).map(r -> r.state().preNo()))
                .orElseGet(() -> receipts.newPreNo(now));
    }

    /** CEB513: the carrier's sign-for. */
    void signFor(Received received, DeclaredRecord record, ParcelDocuments.WaybillStatus status, String preNo) {
        if (added(received, record, preNo, ReturnStatus.WAYBILL_STATUS_CHECK_FAILED)) {
            signFor(received.sender(), received.receiptType(), record, status, received.at());
        }
    }

    /** CEB623: the declarant's cancellation. */
    void cancel(Received received, DeclaredRecord record, ParcelDocuments.Cancellation cancellation, String preNo) {
        if (added(received, record, preNo, ReturnStatus.CANCELLATION_WRONG_STATE)) {
            cancel(received.sender(), received.receiptType(), record, cancellation, preNo, received.at());
        }
    }

    /** CEB625: the declarant's return. */
    void refund(Received received, DeclaredRecord record, ParcelDocuments.Refund refund, String preNo) {
        if (added(received, record, preNo, ReturnStatus.REFUND_REFUSED)) {
            refund(received.sender(), received.receiptType(), record, refund, preNo, received.at());
        }
    }

    /** CEB711: the site operator's entry of parcels. */
    void enter(Received received, DeclaredRecord record, ParcelDocuments.Delivery delivery, String preNo) {
        if (added(received, record, preNo, ReturnStatus.DELIVERY_CHECK_FAILED)) {
            enter(received.sender(), received.receiptType(), record, delivery, preNo, received.at());
        }
    }

    /** An application is added (appType 1) once; anything else is refused with the message's own code. */
    private boolean added(Received received, DeclaredRecord record, String preNo, String refusedCode) {
        if ("1".equals(record.appType())) {
            return true;
        }
        refuse(received.sender(), received.receiptType(), record, preNo, received.at(), refusedCode, "appType "
                + record.appType() + " is not taken for this message: an application is added (appType 1) once; "
                + "send a new one");
        return false;
    }

    private void signFor(String sender, String receiptType, DeclaredRecord record,
                         ParcelDocuments.WaybillStatus status, Instant now) {
        String waybill = "logisticsCode " + status.logisticsCode() + ", logisticsNo " + status.logisticsNo();
        if (!"S".equals(status.logisticsStatus())) {
            refuse(sender, receiptType, record, null, now, ReturnStatus.WAYBILL_STATUS_CHECK_FAILED,
                    "logisticsStatus '" + status.logisticsStatus() + "': the only status is S (signed for)");
        } else if (documents.documents().find(ParcelDocumentType.WAYBILL.name(), status.logisticsCode(),
                status.logisticsNo()).isEmpty()) {
            refuse(sender, receiptType, record, null, now, ReturnStatus.WAYBILL_STATUS_NO_WAYBILL,
                    "no waybill CEB511 on file for " + waybill);
        } else if (followUps.signedFor(status.logisticsCode(), status.logisticsNo())) {
            refuse(sender, receiptType, record, null, now, ReturnStatus.WAYBILL_STATUS_EXISTS,
                    "the parcel of " + waybill + " was already reported signed for");
        } else {
            followUps.signFor(status.logisticsCode(), status.logisticsNo(), status.logisticsStatus(),
                    status.logisticsTime(), record.recordGuid(), now);
            accept(sender, receiptType, record, null, now, "物流运单已签收");
            for (ReleasedInventories.Released released : parcels.releasedOnWaybill(status.logisticsCode(),
                    status.logisticsNo())) {
                parcels.moveOn(released, released.aggregate().signedFor("结关: signed for at "
                        + status.logisticsTime()), null, now);
            }
        }
    }

    private void cancel(String sender, String receiptType, DeclaredRecord record,
                        ParcelDocuments.Cancellation cancellation, String preNo, Instant now) {
        Optional<ReleasedInventories.Released> found = parcels.byInvtNo(record.agentCode(), cancellation.invtNo());
        if (found.isEmpty()) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.CANCELLATION_NO_INVENTORY,
                    "系统中不存在清单编号为[" + cancellation.invtNo() + "]的清单 (agentCode " + record.agentCode() + ")");
            return;
        }
        if (notTheDeclarant(sender, receiptType, record, preNo, now, found.get(), cancellation.invtNo())) {
            return;
        }
        InventoryStatus status = found.get().status();
        if (status == InventoryStatus.CANCELLED) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.CANCELLATION_EXISTS,
                    "撤单清单[" + cancellation.invtNo() + "]已经申报过");
        } else if (status != InventoryStatus.RELEASED) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.CANCELLATION_WRONG_STATE,
                    "清单的状态不符合撤单申报要求(清单编号" + cancellation.invtNo() + "): the inventory is " + status
                            + "; only a released inventory not yet signed for (800, before 899) is cancelled");
        } else {
            accept(sender, receiptType, record, preNo, now, "清单已撤销");
            parcels.moveOn(found.get(), found.get().aggregate().cancelled(), "撤单 (CEB623 " + record.recordGuid()
                    + "): " + cancellation.reason(), now);
            events.publishEvent(new InventoryCancelled(record.agentCode(), found.get().state().copNo(),
                    cancellation.invtNo(), now));
        }
    }

    /** Refuses a follow-up of an inventory by anyone but its declarant or its e-commerce enterprise. */
    private boolean notTheDeclarant(String sender, String receiptType, DeclaredRecord record, String preNo,
                                    Instant now, ReleasedInventories.Released inventory, String invtNo) {
        Optional<DocumentChange.Refusal> refusal = DeclaringParty.check("清单 " + invtNo, inventory.senderCode(),
                inventory.inventory().ebcCode(), sender);
        refusal.ifPresent(r -> refuse(sender, receiptType, record, preNo, now, r.returnStatus(), r.returnInfo()));
        return refusal.isPresent();
    }

    private void refund(String sender, String receiptType, DeclaredRecord record, ParcelDocuments.Refund refund,
                        String preNo, Instant now) {
        Optional<ReleasedInventories.Released> found = parcels.byInvtNo(record.agentCode(), refund.invtNo());
        if (found.isEmpty()) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.REFUND_NO_INVENTORY,
                    "no inventory with invtNo " + refund.invtNo() + " declared by " + record.agentCode());
            return;
        }
        if (notTheDeclarant(sender, receiptType, record, preNo, now, found.get(), refund.invtNo())) {
            return;
        }
        ReleasedInventories.Released released = found.get();
        InventoryStatus status = released.status();
        if (status != InventoryStatus.RELEASED && status != InventoryStatus.CLOSED) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.REFUND_REFUSED, "退货申请单申报失败，[the "
                    + "inventory is " + status + "; only a released (800) or closed (899) inventory is returned]");
            return;
        }
        Optional<String> late = Refunds.late(released.state().releasedAt(), now);
        if (late.isPresent()) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.REFUND_REFUSED,
                    "退货申请单申报失败，[" + late.get() + "]");
            return;
        }
        List<String> problems = Refunds.lineProblems(released.inventory().lines(), followUps.refunded(refund.invtNo()),
                refund.lines());
        if (!problems.isEmpty()) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.REFUND_NO_LINE, "InvtRefundList: "
                    + String.join("; ", problems));
            return;
        }
        followUps.refund(record.recordGuid(), record.agentCode(), released.state().copNo(), refund.invtNo(),
                refund.reason(), released.state().logisticsCode(), released.state().logisticsNo(),
                refund.lines().stream().map(l -> new FollowUpRepository.RefundLine(l.gnum(), l.gcode(), l.qty()))
                        .toList(), now);
        accept(sender, receiptType, record, preNo, now, "退货申请已审结");
        events.publishEvent(new GoodsReturned(record.agentCode(), released.state().copNo(), refund.invtNo(),
                record.recordGuid(), refund.lines().stream().map(l -> new GoodsReturned.Returned(l.gnum(), l.qty()))
                .toList(), now));
        parcels.note(released, "RETURN", "退货 (CEB625 " + record.recordGuid() + "): " + refund.lines().stream()
                .map(l -> "gnum " + l.gnum() + " × " + l.qty().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(", ")) + "; " + refund.reason(), now);
    }

    /**
     * Parcels entering the site. A waybill whose parcel has a return applied for is that return's goods coming
     * back (published as {@link ReturnedGoodsArrived}); any other waybill enters once.
     */
    private void enter(String sender, String receiptType, DeclaredRecord record, ParcelDocuments.Delivery delivery,
                       String preNo, Instant now) {
        List<String> unknown = delivery.logisticsNos().stream().filter(no -> documents.documents().find(
                ParcelDocumentType.WAYBILL.name(), delivery.logisticsCode(), no).isEmpty()).toList();
        Map<String, List<FollowUpRepository.AwaitedReturn>> returning = new LinkedHashMap<>();
        for (String no : delivery.logisticsNos()) {
            List<FollowUpRepository.AwaitedReturn> awaited = followUps.awaitedReturns(delivery.logisticsCode(), no);
            if (!awaited.isEmpty()) {
                returning.put(no, awaited);
            }
        }
        List<String> entering = delivery.logisticsNos().stream().filter(no -> !returning.containsKey(no)).toList();
        List<String> entered = entering.isEmpty() ? List.of() : followUps.entered(delivery.logisticsCode(), entering);
        if (!unknown.isEmpty()) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.DELIVERY_CHECK_FAILED, "校验不通过，[no waybill "
                    + "CEB511 of logisticsCode " + delivery.logisticsCode() + " on file for logisticsNo "
                    + String.join(", ", unknown) + "]");
        } else if (!entered.isEmpty() || delivery.logisticsNos().stream().distinct().count()
                < delivery.logisticsNos().size()) {
            refuse(sender, receiptType, record, preNo, now, ReturnStatus.DELIVERY_EXISTS, "入库明细单报已存在: "
                    + "logisticsNo " + (entered.isEmpty() ? "listed twice" : String.join(", ", entered)
                    + " already entered a site"));
        } else {
            if (!entering.isEmpty()) {
                followUps.enter(delivery.logisticsCode(), entering, delivery.operatorCode(), delivery.billNo(),
                        record.recordGuid(), now);
            }
            returning.values().forEach(awaited -> awaited.forEach(back -> {
                followUps.arrived(back.recordGuid(), now);
                events.publishEvent(new ReturnedGoodsArrived(back.invtNo(), back.recordGuid(), now));
            }));
            accept(sender, receiptType, record, preNo, now, "入库明细单已审结: " + delivery.logisticsNos().size()
                    + " parcels of bill " + delivery.billNo() + (returning.isEmpty() ? ""
                    : ", of which returned goods: " + String.join(", ", returning.keySet())));
        }
    }

    private void accept(String sender, String receiptType, DeclaredRecord record, String preNo, Instant now,
                        String info) {
        receipts.issue(sender, receiptType, record, preNo, ReturnStatus.DECLARING, "电子口岸申报中", now);
        receipts.issue(sender, receiptType, record, preNo, ReturnStatus.SENT_TO_CUSTOMS, "发送海关成功", now);
        if (!"CEB514".equals(receiptType)) {
            // 514 documents only 399 of the customs statuses (CEB-SPEC.md §7.1)
            receipts.issue(sender, receiptType, record, preNo, "120", "海关入库", now);
        }
        receipts.issue(sender, receiptType, record, preNo, "399", "海关审结: " + info, now);
    }

    private void refuse(String sender, String receiptType, DeclaredRecord record, String preNo, Instant now,
                        String code, String info) {
        receipts.issue(sender, receiptType, record, preNo, code, info, now);
    }
}
