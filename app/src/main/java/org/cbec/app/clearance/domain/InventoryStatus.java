package org.cbec.app.clearance.domain;

import java.util.Optional;

/**
 * Where an inventory list (CEB621 import, CEB603 export) stands, as stored in its status column, with the receipt
 * (returnStatus of CEB622 / CEB604, CEB-SPEC.md §7.1) that puts it there and that receipt's official text. The
 * states without a receipt of their own are the platform's: waiting for its documents, withdrawn (appType 3),
 * cancelled by the declarant.
 */
public enum InventoryStatus {
    /** Declared, waiting for its order, payment (receipt) and waybill: 电子口岸申报中 → 发送海关成功. */
    WAITING("3", "发送海关成功"),
    /** Compared consistent, numbered and handed to customs, until its decision is applied. */
    DECIDING(null, "等待海关审核"),
    REJECTED("100", "海关退单"),
    /** Taken in and held for an officer. */
    REVIEW("300", "人工审核"),
    INSPECTION("500", "查验"),
    /** Detained: 501 扣留移送通关, 502 扣留移送缉私, 503 扣留移送法规 or 599 其它扣留. */
    DETAINED("599", "其它扣留"),
    /** Export: reviewed, released once its waybill has arrived at the supervised site. */
    REVIEWED("399", "海关审结"),
    RELEASED("800", "放行"),
    CLOSED("899", "结关"),
    RETURNED("700", "退运"),
    CANCELLED(null, "已撤销"),
    DELETED(null, "已删除");

    private final String returnStatus;
    private final String text;

    InventoryStatus(String returnStatus, String text) {
        this.returnStatus = returnStatus;
        this.text = text;
    }

    /** The receipt code that puts an inventory in this state, where there is one. */
    public Optional<String> returnStatus() {
        return Optional.ofNullable(returnStatus);
    }

    /** The official Chinese text of that receipt, or the platform's name of the state. */
    public String text() {
        return text;
    }

    /** Whether customs has the inventory (handed over, taken in, and after): its documents can no longer change. */
    public boolean withCustoms() {
        return this != WAITING && this != REJECTED && this != DELETED;
    }

    /**
     * The state an inventory is in at a stage of customs' handling named by its name ({@code COMPARED}: handed
     * over and waiting for the decision).
     */
    public static InventoryStatus atStage(String stage) {
        return "COMPARED".equals(stage) ? DECIDING : valueOf(stage);
    }

    /** The state stored in a status column. */
    public static InventoryStatus of(String stored) {
        return valueOf(stored);
    }
}
