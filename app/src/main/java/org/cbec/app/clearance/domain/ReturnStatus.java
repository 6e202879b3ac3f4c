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

    /** 清单报文校验失败，[*]: an inventory that does not hold for its supervision mode (tradeMode, emsNo ...). */
    public static final String INVENTORY_CHECK_FAILED = "-621001";
    /** 验签失败: the signature of an inventory does not hold. */
    public static final String INVENTORY_SIGNATURE_FAILED = "-621029";
    /** 参数校验不通过: order, payment, waybill whose signature does not hold. */
    public static final String ORDER_CHECK_FAILED = "-301008";
    public static final String PAYMENT_CHECK_FAILED = "-401009";
    public static final String WAYBILL_CHECK_FAILED = "-504011";

    /** 参数校验不通过: a waybill status (CEB513) whose signature does not hold. */
    public static final String WAYBILL_STATUS_CHECK_FAILED = "-505011";
    /** 物流运单状态已存在: the parcel was already reported signed for. */
    public static final String WAYBILL_STATUS_EXISTS = "-505012";
    /** 物流运单状态报文处理失败，未找到对应操作: no waybill on file for the status. */
    public static final String WAYBILL_STATUS_NO_WAYBILL = "-505014";

    /** 系统中不存在清单编号为[*]的清单: a cancellation names an inventory number not on file. */
    public static final String CANCELLATION_NO_INVENTORY = "-623003";
    /** 清单的状态不符合撤单申报要求: only a released inventory, not yet closed, may be cancelled. */
    public static final String CANCELLATION_WRONG_STATE = "-623005";
    /** 撤单清单[*]已经申报过: the inventory already has a cancellation. */
    public static final String CANCELLATION_EXISTS = "-623009";
    /** 验签失败: the signature of a cancellation does not hold. */
    public static final String CANCELLATION_SIGNATURE_FAILED = "-623029";

    /** 退货申请单申报失败，[*]: the inventory may not be returned (state, or past the 30 days after release). */
    public static final String REFUND_REFUSED = "-625004";
    /** 退货申请单[*]验签失败: the signature of a return does not hold. */
    public static final String REFUND_SIGNATURE_FAILED = "-625005";
    /** 未找到headGuid为[*]的清单: a return names an inventory number not on file. */
    public static final String REFUND_NO_INVENTORY = "-625204";
    /** 在关联的清单中未找到表体序号为[*],商品编号为[*]的数据: a line (or its quantity) the inventory does not have. */
    public static final String REFUND_NO_LINE = "-625209";

    /** 校验不通过: a warehouse entry (CEB711) that does not hold (unknown waybill, signature). */
    public static final String DELIVERY_CHECK_FAILED = "-800001";
    /** 入库明细单报已存在: the waybill already entered the site. */
    public static final String DELIVERY_EXISTS = "-800003";

    /**
     * An export message whose signature does not hold: the export error codes are not in the specification's
     * tables we have, so the data exchange platform's code 1001 (invalid signature, CEB-SPEC.md §7.3) is used.
     */
    public static final String EXPORT_SIGNATURE_FAILED = "-1001";
    /** 海关退单: an export record customs does not take, with the reason (no export error code is published). */
    public static final String REJECTED = "100";
    /**
     * -10102 (CEB-SPEC.md §7.3, 企业代码不正确): the record changes, withdraws or follows up a document that another
     * enterprise declared; only the declaring party (or the e-commerce enterprise it declared for) may.
     */
    public static final String NOT_THE_DECLARANT = "-10102";

    private ReturnStatus() {
    }
}
