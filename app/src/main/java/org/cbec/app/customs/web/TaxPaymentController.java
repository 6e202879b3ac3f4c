package org.cbec.app.customs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.customs.application.Guarantees;
import org.cbec.app.customs.application.TaxBills;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.registry.Sender;
import org.cbec.app.shared.Refusal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's side of the tax: guarantors' guarantees, the periodic summary and the payments made. */
@RestController
class TaxPaymentController {

    private final TaxBills bills;
    private final Guarantees guarantees;
    private final OperatorToken operator;
    private final Clock clock;

    private final EnterpriseCaller callers;

    TaxPaymentController(TaxBills bills, Guarantees guarantees, OperatorToken operator, Clock clock,
                         EnterpriseCaller callers) {
        this.callers = callers;
        this.bills = bills;
        this.guarantees = guarantees;
        this.operator = operator;
        this.clock = clock;
    }

    /** The amount a guarantor's tax guarantee covers. */
    record Amount(BigDecimal amount) {
    }

    @PutMapping("/api/v1/customs/guarantees/{assureCode}")
    CustomsJson.GuaranteeJson setGuarantee(@PathVariable String assureCode, @RequestBody Amount amount,
                                           HttpServletRequest request) {
        operator.require(request);
        if (amount.amount() == null || amount.amount().signum() < 0 || amount.amount().scale() > 2) {
            throw Refusal.invalid("invalid-guarantee", "amount: a sum of CNY of at least 0, to the fen");
        }
        return CustomsJson.GuaranteeJson.of(guarantees.set(assureCode, amount.amount()));
    }

    /** A guarantee, for the operator or the guarantor itself: no one else sees its figures. */
    @GetMapping("/api/v1/customs/guarantees/{assureCode}")
    CustomsJson.GuaranteeJson guarantee(@PathVariable String assureCode, HttpServletRequest request) {
        String caller = operatorOrGuarantor(assureCode, request);
        return guarantees.find(assureCode).map(CustomsJson.GuaranteeJson::of).orElseThrow(() ->
                Refusal.notFound("no guarantee " + assureCode + (caller == null ? "" : " is filed for you")));
    }

    /** Whom the guarantor backs: the declarants and e-commerce enterprises whose inventories may name it. */
    @GetMapping("/api/v1/customs/guarantees/{assureCode}/backed")
    Map<String, Object> backed(@PathVariable String assureCode, HttpServletRequest request) {
        operatorOrGuarantor(assureCode, request);
        return Map.of("assureCode", assureCode, "backed", guarantees.backed(assureCode));
    }

    /** The guarantor (or the operator for it) agrees to back a declarant's or an e-commerce enterprise's lists. */
    @PutMapping("/api/v1/customs/guarantees/{assureCode}/backed/{code}")
    Map<String, Object> back(@PathVariable String assureCode, @PathVariable String code,
                             HttpServletRequest request) {
        String caller = operatorOrGuarantor(assureCode, request);
        if (!code.matches("[0-9A-Z]{10}|[0-9A-Z]{18}")) {
            throw Refusal.invalid("invalid-code", "code: the 10-character customs code or the 18-character "
                    + "unified social credit code of the enterprise to back");
        }
        boolean added = guarantees.back(assureCode, code, caller == null ? "operator" : caller);
        return Map.of("assureCode", assureCode, "backed", code, "added", added);
    }

    @DeleteMapping("/api/v1/customs/guarantees/{assureCode}/backed/{code}")
    Map<String, Object> unback(@PathVariable String assureCode, @PathVariable String code,
                               HttpServletRequest request) {
        operatorOrGuarantor(assureCode, request);
        if (!guarantees.unback(assureCode, code)) {
            throw Refusal.notFound(assureCode + " does not back " + code);
        }
        return Map.of("assureCode", assureCode, "backed", code, "removed", true);
    }

    /** Null for the operator; the guarantor's code for the guarantor; 403 for any other enterprise. */
    private String operatorOrGuarantor(String assureCode, HttpServletRequest request) {
        if (operator.isOperator(request)) {
            return null;
        }
        Sender sender = callers.of(request);
        if (!sender.code().equals(assureCode)) {
            throw Refusal.forbidden("not-own-guarantee", "the guarantee of " + assureCode + " is seen and "
                    + "changed only by that guarantor or the operator");
        }
        return sender.code();
    }

    /** Summarises now the bills released 30 days or more before {@code asOf} (default: now). */
    @PostMapping("/api/v1/customs/tax-payments")
    Map<String, List<CustomsJson.Payment>> summarise(@RequestParam(required = false) Instant asOf,
                                                     HttpServletRequest request) {
        operator.require(request);
        return Map.of("payments", bills.summarise(asOf == null ? clock.instant() : asOf).stream()
                .map(CustomsJson.Payment::of).toList());
    }

    @PostMapping("/api/v1/customs/tax-payments/{entDutyNo}/paid")
    CustomsJson.Payment paid(@PathVariable String entDutyNo, HttpServletRequest request) {
        operator.require(request);
        return CustomsJson.Payment.of(bills.paid(entDutyNo));
    }
}
