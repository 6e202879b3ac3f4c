package org.cbec.app.clearance.domain;

import org.cbec.app.clearance.intake.DeclaredRecord;

/**
 * The four documents a parcel is compared on (CEB-SPEC.md §8): how each is keyed by its record (order and payment
 * by ebpCode and orderNo, the waybill by logisticsCode and logisticsNo, the inventory by agentCode and copNo), its
 * name in a refusal, and the receipt its sender gets at 120 海关入库.
 */
public enum ParcelDocumentType {
    ORDER("订单", "CEB312"),
    PAYMENT("支付单", "CEB412"),
    WAYBILL("运单", "CEB512"),
    INVENTORY("清单", "CEB622");

    private final String label;
    private final String receiptType;

    ParcelDocumentType(String label, String receiptType) {
        this.label = label;
        this.receiptType = receiptType;
    }

    public String label() {
        return label;
    }

    public String receiptType() {
        return receiptType;
    }

    public String keyA(DeclaredRecord record) {
        return switch (this) {
            case ORDER, PAYMENT -> record.ebpCode();
            case WAYBILL -> record.logisticsCode();
            case INVENTORY -> record.agentCode();
        };
    }

    public String keyB(DeclaredRecord record) {
        return switch (this) {
            case ORDER, PAYMENT -> record.orderNo();
            case WAYBILL -> record.logisticsNo();
            case INVENTORY -> record.copNo();
        };
    }
}
