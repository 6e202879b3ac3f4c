package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.BearerToken;
import org.cbec.app.onestop.application.Ledger;
import org.cbec.app.onestop.application.Proceeds;
import org.cbec.app.onestop.domain.Posting;
import org.cbec.app.onestop.domain.SellerRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The money of the comprehensive service platform: banks notify proceeds, the staff match what matched nothing and
 * publish the day's rates, sellers read each order's proceeds and their ledger, the staff the platform's ledger and
 * its invariants.
 */
@RestController
class MoneyController {

    private final Proceeds proceeds;
    private final Ledger ledger;
    private final SellerCaller sellers;
    private final StaffToken staff;

    MoneyController(Proceeds proceeds, Ledger ledger, SellerCaller sellers, StaffToken staff) {
        this.proceeds = proceeds;
        this.ledger = ledger;
        this.sellers = sellers;
        this.staff = staff;
    }

    record BankFiling(String code, String name, String accountNo) {
    }

    @PostMapping("/api/v1/onestop/fx/banks")
    ResponseEntity<Map<String, String>> fileBank(@RequestBody BankFiling bank, HttpServletRequest request) {
        staff.require(request);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", bank.code(), "token",
                proceeds.fileBank(bank.code(), bank.name(), bank.accountNo())));
    }

    /** A bank's notification of money received: 201 when new, 200 for a replay (nothing posted again). */
    @PostMapping("/api/v1/onestop/fx/receipts")
    ResponseEntity<Proceeds.Taken> notified(@RequestBody Proceeds.Notification notification,
                                            HttpServletRequest request) {
        Proceeds.Taken taken = proceeds.notified(BearerToken.of(request), notification);
        return ResponseEntity.status(taken.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(taken);
    }

    @GetMapping("/api/v1/onestop/fx/receipts")
    Map<String, Object> receipts(@RequestParam(defaultValue = "UNMATCHED") String status,
                                 @RequestParam(required = false) Integer page, HttpServletRequest request) {
        staff.require(request);
        return Map.of("receipts", proceeds.inStatus(status, page));
    }

    record Allocations(List<Proceeds.Manual> allocations) {
    }

    @PostMapping("/api/v1/onestop/fx/receipts/{id}/allocations")
    Proceeds.Taken match(@PathVariable long id, @RequestBody Allocations body, HttpServletRequest request) {
        staff.require(request);
        return proceeds.match(id, body.allocations());
    }

    record Rate(BigDecimal rate, String source) {
    }

    @PutMapping("/api/v1/onestop/fx/rates/{day}/{currency}")
    Map<String, Object> rate(@PathVariable String day, @PathVariable String currency, @RequestBody Rate rate,
                             HttpServletRequest request) {
        staff.require(request);
        proceeds.publishRate(Periods.day("day", day), currency, rate.rate(), rate.source());
        return Map.of("day", day, "currency", currency, "rate", rate.rate(), "source", rate.source());
    }

    @GetMapping("/api/v1/onestop/orders/{orderNo}/proceeds")
    Proceeds.OrderProceeds orderProceeds(@PathVariable String orderNo, HttpServletRequest request) {
        return proceeds.ofOrder(sellers.seller(request, SellerCaller.ANYONE), orderNo);
    }

    /** A seller's balances (owner, finance). */
    @GetMapping("/api/v1/onestop/ledger")
    Map<String, Object> sellerLedger(HttpServletRequest request) {
        long seller = sellers.seller(request, SellerRole.OWNER, SellerRole.FINANCE);
        return Map.of("owner", Posting.seller(seller), "balances", ledger.balances(Posting.seller(seller)));
    }

    /** The platform's balances and the ledger's invariants (staff). */
    @GetMapping("/api/v1/onestop/ledger/platform")
    Map<String, Object> platformLedger(HttpServletRequest request) {
        staff.require(request);
        return Map.of("balances", ledger.balances(Posting.PLATFORM), "check", ledger.check());
    }
}
