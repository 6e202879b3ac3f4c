package org.cbec.app.customs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.ApiProblem;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.customs.application.TaxBills;
import org.cbec.app.customs.persistence.GuaranteeRepository;
import org.cbec.app.customs.persistence.PaymentRepository;
import org.springframework.transaction.annotation.Transactional;
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
    private final GuaranteeRepository guarantees;
    private final OperatorToken operator;
    private final Clock clock;

    TaxPaymentController(TaxBills bills, GuaranteeRepository guarantees, OperatorToken operator, Clock clock) {
        this.bills = bills;
        this.guarantees = guarantees;
        this.operator = operator;
        this.clock = clock;
    }

    /** The amount a guarantor's tax guarantee covers. */
    record Amount(BigDecimal amount) {
    }

    @PutMapping("/api/v1/customs/guarantees/{assureCode}")
    @Transactional
    GuaranteeRepository.Guarantee setGuarantee(@PathVariable String assureCode, @RequestBody Amount amount,
                                               HttpServletRequest request) {
        operator.require(request);
        if (amount.amount() == null || amount.amount().signum() < 0 || amount.amount().scale() > 2) {
            throw ApiProblem.badRequest("invalid-guarantee", "amount: a sum of CNY of at least 0, to the fen");
        }
        guarantees.set(assureCode, amount.amount(), clock.instant());
        return guarantees.find(assureCode).orElseThrow();
    }

    @GetMapping("/api/v1/customs/guarantees/{assureCode}")
    GuaranteeRepository.Guarantee guarantee(@PathVariable String assureCode, HttpServletRequest request) {
        operator.require(request);
        return guarantees.find(assureCode).orElseThrow(() -> ApiProblem.notFound("no guarantee " + assureCode));
    }

    /** Summarises now the bills released 30 days or more before {@code asOf} (default: now). */
    @PostMapping("/api/v1/customs/tax-payments")
    Map<String, List<PaymentRepository.Payment>> summarise(@RequestParam(required = false) Instant asOf,
                                                  HttpServletRequest request) {
        operator.require(request);
        return Map.of("payments", bills.summarise(asOf == null ? clock.instant() : asOf));
    }

    @PostMapping("/api/v1/customs/tax-payments/{entDutyNo}/paid")
    PaymentRepository.Payment paid(@PathVariable String entDutyNo, HttpServletRequest request) {
        operator.require(request);
        return bills.paid(entDutyNo);
    }
}
