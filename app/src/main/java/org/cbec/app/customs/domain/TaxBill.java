package org.cbec.app.customs.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** The electronic tax bill of an inventory (CEB816): its tax by kind, status and payment form. */
public record TaxBill(String invtNo, String agentCode, String copNo, String orderNo, String ebpCode, String assureCode,
                      String buyerIdNumber, boolean fullTax, BigDecimal customsDuty, BigDecimal consumptionTax,
                      BigDecimal vat, String status, Instant createdAt, String taxNo, Instant releasedAt,
                      String entDutyNo) {

    public BigDecimal total() {
        return customsDuty.add(consumptionTax).add(vat);
    }

    /** The bill once its inventory is released: numbered (taxNo), with its release time. */
    public TaxBill released(String number, Instant at) {
        return new TaxBill(invtNo, agentCode, copNo, orderNo, ebpCode, assureCode, buyerIdNumber, fullTax,
                customsDuty, consumptionTax, vat, status, createdAt, number, at, entDutyNo);
    }
}
