package org.cbec.app.customs.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.cbec.app.customs.persistence.TaxRepository;
import org.cbec.ceb.CebTime;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.schema.import202205.CEB816Message;
import org.cbec.ceb.schema.import202205.CEB818Message;
import org.cbec.ceb.schema.import202205.TaxHeadRd;
import org.cbec.ceb.schema.import202205.TaxHeadStatus;
import org.cbec.ceb.schema.import202205.TaxListRd;

/**
 * Writes the electronic tax bill CEB816 and the tax bill status CEB818 (CEB-SPEC.md §10). Built from stored,
 * computed values, they are not read back against the XSD on the way out; TaxDocumentsTest reads both strictly.
 */
final class TaxDocuments {

    private static final CebWriter WRITER = new CebWriter(false);

    private TaxDocuments() {
    }

    static String guid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** CEB816: one inventory's bill with its lines. */
    static String bill(TaxBill bill, List<TaxBillLine> lines, String customsCode, Instant at) {
        TaxHeadRd head = new TaxHeadRd();
        head.setGuid(guid());
        head.setReturnTime(CebTime.millis(at));
        head.setInvtNo(bill.invtNo());
        head.setTaxNo(bill.taxNo());
        head.setCustomsTax(bill.customsDuty());
        head.setValueAddedTax(bill.vat());
        head.setConsumptionTax(bill.consumptionTax());
        head.setStatus(bill.status());
        head.setEntDutyNo(bill.entDutyNo());
        head.setAssureCode(bill.assureCode());
        head.setAgentCode(bill.agentCode());
        head.setCustomsCode(customsCode);
        CEB816Message.Tax tax = new CEB816Message.Tax();
        tax.setTaxHeadRd(head);
        for (TaxBillLine line : lines) {
            TaxListRd item = new TaxListRd();
            item.setGnum(line.gnum());
            item.setGcode(line.gcode());
            item.setTaxPrice(line.dutiable());
            item.setCustomsTax(line.customsDuty());
            item.setValueAddedTax(line.vat());
            item.setConsumptionTax(line.consumptionTax());
            tax.getTaxListRd().add(item);
        }
        CEB816Message message = new CEB816Message();
        message.setGuid(guid());
        message.setVersion("1.0");
        message.getTax().add(tax);
        return new String(WRITER.write(message), StandardCharsets.UTF_8);
    }

    /** CEB818: the new status of these bills (2 summarised, with the payment form's entDutyNo; 3 void). */
    static String status(List<TaxBill> bills, Instant at) {
        CEB818Message message = new CEB818Message();
        message.setGuid(guid());
        message.setVersion("1.0");
        for (TaxBill bill : bills) {
            TaxHeadStatus head = new TaxHeadStatus();
            head.setGuid(guid());
            head.setReturnTime(CebTime.millis(at));
            head.setInvtNo(bill.invtNo());
            head.setTaxNo(bill.taxNo());
            head.setStatus(bill.status());
            head.setEntDutyNo(bill.entDutyNo());
            head.setAssureCode(bill.assureCode());
            CEB818Message.Tax tax = new CEB818Message.Tax();
            tax.setTaxHeadStatus(head);
            message.getTax().add(tax);
        }
        return new String(WRITER.write(message), StandardCharsets.UTF_8);
    }
}
