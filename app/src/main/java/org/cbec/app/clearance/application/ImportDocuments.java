package org.cbec.app.clearance.application;

import java.util.List;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.cbec.ceb.schema.import202205.BaseTransfer;
import org.cbec.ceb.schema.import202205.CEB311Message;
import org.cbec.ceb.schema.import202205.CEB411Message;
import org.cbec.ceb.schema.import202205.CEB511Message;
import org.cbec.ceb.schema.import202205.CEB621Message;
import org.cbec.ceb.schema.import202205.InventoryHead;
import org.cbec.ceb.schema.import202205.LogisticsHead;
import org.cbec.ceb.schema.import202205.OrderHead;
import org.cbec.ceb.schema.import202205.PaymentHead;

/** Reads the records and the transmitting enterprise out of the typed import declarations. */
final class ImportDocuments {

    /** A declaration's transmitter (BaseTransfer) and records. */
    record Declaration(String copCode, String dxpId, List<DeclaredRecord> records) {
    }

    private ImportDocuments() {
    }

    static Declaration of(Object body) {
        if (body instanceof CEB311Message m) {
            return declaration(m.getBaseTransfer(), m.getOrder().stream().map(o -> order(o.getOrderHead())).toList());
        }
        if (body instanceof CEB411Message m) {
            return declaration(m.getBaseTransfer(), m.getPayment().stream().map(p -> payment(p.getPaymentHead()))
                    .toList());
        }
        if (body instanceof CEB511Message m) {
            return declaration(m.getBaseTransfer(), m.getLogistics().stream().map(l -> waybill(l.getLogisticsHead()))
                    .toList());
        }
        if (body instanceof CEB621Message m) {
            return declaration(m.getBaseTransfer(), m.getInventory().stream()
                    .map(i -> inventory(i.getInventoryHead())).toList());
        }
        throw new IllegalArgumentException("not an import declaration intake takes: " + body.getClass());
    }

    private static Declaration declaration(BaseTransfer transfer, List<DeclaredRecord> records) {
        return new Declaration(transfer.getCopCode(), transfer.getDxpId(), records);
    }

    private static DeclaredRecord order(OrderHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(),
                h.getEbcCode(), h.getPayCode(), h.getPayTransactionId(), null, null, null, null, null);
    }

    private static DeclaredRecord payment(PaymentHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(), null,
                h.getPayCode(), h.getPayTransactionId(), null, null, null, null, null);
    }

    private static DeclaredRecord waybill(LogisticsHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), null, null, null,
                null, h.getLogisticsNo(), h.getLogisticsCode(), null, null, null);
    }

    private static DeclaredRecord inventory(InventoryHead h) {
        return new DeclaredRecord(h.getGuid(), h.getAppType(), h.getAppStatus(), h.getOrderNo(), h.getEbpCode(),
                h.getEbcCode(), null, null, h.getLogisticsNo(), h.getLogisticsCode(), h.getCopNo(), h.getAgentCode(),
                h.getCustomsCode());
    }
}
