package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.application.Finance;
import org.cbec.app.onestop.domain.Loan;
import org.cbec.app.onestop.domain.SellerRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Trade finance: a seller's credit line and its loans; the staff accrue interest for a day. */
@RestController
class FinanceController {

    private final Finance finance;
    private final SellerCaller sellers;
    private final StaffToken staff;

    FinanceController(Finance finance, SellerCaller sellers, StaffToken staff) {
        this.finance = finance;
        this.sellers = sellers;
        this.staff = staff;
    }

    @GetMapping("/api/v1/onestop/finance/line")
    Finance.LineView line(HttpServletRequest request) {
        return finance.line(sellers.seller(request, SellerRole.OWNER, SellerRole.FINANCE));
    }

    @PostMapping("/api/v1/onestop/finance/loans")
    ResponseEntity<Loan> draw(@RequestBody Finance.Drawdown drawdown, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(finance.draw(sellers.seller(request, SellerRole.OWNER,
                SellerRole.FINANCE), drawdown));
    }

    @GetMapping("/api/v1/onestop/finance/loans")
    Map<String, List<Loan>> loans(HttpServletRequest request) {
        return Map.of("loans", finance.loans(sellers.seller(request, SellerRole.OWNER, SellerRole.FINANCE)));
    }

    record Day(String day) {
    }

    /** Accrues every active loan's interest up to a day (each day once). */
    @PostMapping("/api/v1/onestop/finance/accrue")
    Map<String, Integer> accrue(@RequestBody Day day, HttpServletRequest request) {
        staff.require(request);
        return Map.of("posted", finance.accrue(Periods.day("day", day.day())));
    }
}
