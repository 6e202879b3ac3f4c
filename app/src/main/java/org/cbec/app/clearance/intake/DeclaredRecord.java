package org.cbec.app.clearance.intake;

/**
 * One record of a declaration (an order, a payment, a waybill, an inventory), reduced to what intake needs: its
 * guid, what is asked (appType 1 add / 2 modify / 3 delete; appStatus 1 save / 2 declare) and the keys that tie
 * the four documents together (CEB-SPEC.md §8). Fields that do not apply are null.
 */
public record DeclaredRecord(String recordGuid, String appType, String appStatus, String orderNo, String ebpCode,
                             String ebcCode, String payCode, String payTransactionId, String logisticsNo,
                             String logisticsCode, String copNo, String agentCode, String customsCode,
                             String invtNo, String operatorCode, java.util.Map<String, String> more) {

    /** A record without fields beyond these (the extra ones its receipt may carry, by their spec names). */
    public DeclaredRecord(String recordGuid, String appType, String appStatus, String orderNo, String ebpCode,
                          String ebcCode, String payCode, String payTransactionId, String logisticsNo,
                          String logisticsCode, String copNo, String agentCode, String customsCode, String invtNo,
                          String operatorCode) {
        this(recordGuid, appType, appStatus, orderNo, ebpCode, ebcCode, payCode, payTransactionId, logisticsNo,
                logisticsCode, copNo, agentCode, customsCode, invtNo, operatorCode, java.util.Map.of());
    }

    /** A record of the four parcel documents, which carry no customs inventory number nor site operator. */
    public DeclaredRecord(String recordGuid, String appType, String appStatus, String orderNo, String ebpCode,
                          String ebcCode, String payCode, String payTransactionId, String logisticsNo,
                          String logisticsCode, String copNo, String agentCode, String customsCode) {
        this(recordGuid, appType, appStatus, orderNo, ebpCode, ebcCode, payCode, payTransactionId, logisticsNo,
                logisticsCode, copNo, agentCode, customsCode, null, null, java.util.Map.of());
    }

    /** The same record once customs has given its inventory a number (invtNo, at 120 海关入库). */
    public DeclaredRecord withInvtNo(String number) {
        return new DeclaredRecord(recordGuid, appType, appStatus, orderNo, ebpCode, ebcCode, payCode,
                payTransactionId, logisticsNo, logisticsCode, copNo, agentCode, customsCode, number, operatorCode,
                more);
    }

    /** appStatus 1: saved at the platform only, not declared. */
    public boolean savedOnly() {
        return "1".equals(appStatus);
    }
}
