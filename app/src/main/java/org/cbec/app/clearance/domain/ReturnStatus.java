package org.cbec.app.clearance.domain;

/** Receipt statuses of CEB-SPEC.md §7.1 and the error codes of §7.3 that intake answers with. */
public final class ReturnStatus {

    /** 电子口岸已暂存: saved, appStatus 1. */
    public static final String SAVED = "1";
    /** 电子口岸申报中: being declared, appStatus 2. */
    public static final String DECLARING = "2";
    /** 发送海关成功: handed to customs. */
    public static final String SENT_TO_CUSTOMS = "3";

    /** CEB900 for bytes that are not XML (DXP code 0001, format error). */
    public static final String FORMAT_ERROR = "-0001";
    /** CEB900 for a message that breaks its XSD (DXP code 0002, schema validation failed). */
    public static final String SCHEMA_ERROR = "-0002";

    /** 验签失败: the signature of an inventory does not hold. */
    public static final String INVENTORY_SIGNATURE_FAILED = "-621029";
    /** 参数校验不通过: order, payment, waybill whose signature does not hold. */
    public static final String ORDER_CHECK_FAILED = "-301008";
    public static final String PAYMENT_CHECK_FAILED = "-401009";
    public static final String WAYBILL_CHECK_FAILED = "-504011";

    private ReturnStatus() {
    }
}
