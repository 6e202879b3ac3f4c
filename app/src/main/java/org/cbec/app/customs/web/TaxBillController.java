package org.cbec.app.customs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cbec.app.customs.application.TaxBills;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.registry.Sender;
import org.cbec.app.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The tax of an inventory, for the enterprises it concerns: its declarant, its platform and its guarantor. */
@RestController
class TaxBillController {

    private final TaxBills taxes;
    private final EnterpriseCaller callers;

    TaxBillController(TaxBills taxes, EnterpriseCaller callers) {
        this.taxes = taxes;
        this.callers = callers;
    }

    /** A bill with its lines; status 1 generated, 2 summarised, 3 void. */
    record TaxBillView(TaxBill bill, java.math.BigDecimal total, List<TaxBillLine> lines) {
    }

    @GetMapping("/api/v1/tax-bills/{invtNo}")
    TaxBillView bill(@PathVariable String invtNo, HttpServletRequest request) {
        Sender caller = callers.of(request);
        TaxBills.Bill found = taxes.bill(invtNo)
                .filter(b -> List.of(b.bill().agentCode(), b.bill().ebpCode(), b.bill().assureCode() == null ? ""
                        : b.bill().assureCode()).contains(caller.code()))
                .orElseThrow(() -> Refusal.notFound("no tax bill " + invtNo + " of " + caller.code()));
        return new TaxBillView(found.bill(), found.bill().total(), found.lines());
    }
}
