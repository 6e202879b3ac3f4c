package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.application.Refunds;
import org.cbec.app.onestop.application.Reports;
import org.cbec.app.onestop.domain.ClaimRecord;
import org.cbec.app.onestop.domain.PurchaseInvoice;
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
 * Export tax refunds: a seller says how it takes its VAT, registers purchase invoices, reads its export declarations
 * and claims on them; the tax office answers each claim and pays it.
 */
@RestController
class RefundController {

    private final Refunds refunds;
    private final Reports reports;
    private final SellerCaller sellers;
    private final StaffToken tokens;

    RefundController(Refunds refunds, Reports reports, SellerCaller sellers, StaffToken tokens) {
        this.refunds = refunds;
        this.reports = reports;
        this.sellers = sellers;
        this.tokens = tokens;
    }

    @PutMapping("/api/v1/onestop/refunds/method")
    Map<String, Object> method(@RequestBody Refunds.Method method, HttpServletRequest request) {
        refunds.method(sellers.seller(request, SellerRole.OWNER), method);
        return Map.of("method", method.method());
    }

    @PostMapping("/api/v1/onestop/invoices")
    ResponseEntity<PurchaseInvoice> register(@RequestBody Refunds.InvoiceFiling invoice, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(refunds.register(sellers.seller(request,
                SellerRole.OWNER, SellerRole.FINANCE), invoice));
    }

    @GetMapping("/api/v1/onestop/invoices")
    Map<String, Object> invoices(HttpServletRequest request) {
        return Map.of("invoices", refunds.invoices(sellers.seller(request, SellerRole.OWNER, SellerRole.FINANCE)));
    }

    /** The export declarations of the seller's orders, line by line. */
    @GetMapping("/api/v1/onestop/refunds/declarations")
    Map<String, Object> declarations(HttpServletRequest request) {
        return Map.of("lines", refunds.declarations(sellers.seller(request, SellerCaller.ANYONE)));
    }

    /** A seller without invoices: its month's export lines, their revenue and the deemed income (4 %). */
    @GetMapping("/api/v1/onestop/refunds/exempt")
    Reports.Exempt exempt(@RequestParam String month, HttpServletRequest request) {
        return reports.exempt(sellers.seller(request, SellerRole.OWNER, SellerRole.FINANCE), Periods.month("month",
                month));
    }

    record Month(String month) {
    }

    /** Makes a month's reports to FX and TAX (the 1st of each month makes last month's by itself). */
    @PostMapping("/api/v1/onestop/reports")
    Map<String, Object> publish(@RequestBody Month month, HttpServletRequest request) {
        tokens.require(request);
        return Map.of("reports", reports.publish(Periods.month("month", month.month())));
    }

    /** A department's reports, newest first: what the public service platform takes. */
    @GetMapping("/api/v1/onestop/reports/{department}")
    Map<String, Object> reports(@PathVariable String department, HttpServletRequest request) {
        tokens.require(request);
        return Map.of("reports", reports.reports(department));
    }

    record ClaimRequest(String entryId) {
    }

    @PostMapping("/api/v1/onestop/refunds/claims")
    ResponseEntity<ClaimRecord> claim(@RequestBody ClaimRequest claim, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(refunds.claim(sellers.seller(request,
                SellerRole.OWNER, SellerRole.FINANCE), claim.entryId()));
    }

    @GetMapping("/api/v1/onestop/refunds/claims")
    Map<String, List<ClaimRecord>> claims(HttpServletRequest request) {
        return Map.of("claims", refunds.claims(sellers.seller(request, SellerCaller.ANYONE)));
    }

    @GetMapping("/api/v1/onestop/refunds/claims/{id}")
    ClaimRecord claim(@PathVariable long id, HttpServletRequest request) {
        return refunds.claimOf(sellers.seller(request, SellerCaller.ANYONE), id);
    }

    /** The tax office's queue: claims submitted and not yet decided, with their lines. */
    @GetMapping("/api/v1/onestop/refunds/submitted")
    Map<String, List<ClaimRecord>> submitted(@RequestParam(required = false) Integer page,
                                             HttpServletRequest request) {
        tokens.requireTaxOffice(request);
        return Map.of("claims", refunds.submitted(page));
    }

    record Decision(BigDecimal approved, String reason) {
    }

    /** The tax office's decision on a claim: the amount approved, or a refusal with the reason. */
    @PostMapping("/api/v1/onestop/refunds/claims/{id}/decision")
    ClaimRecord decision(@PathVariable long id, @RequestBody Decision decision, HttpServletRequest request) {
        tokens.requireTaxOffice(request);
        return refunds.decided(id, decision.approved(), decision.reason());
    }

    @PostMapping("/api/v1/onestop/refunds/claims/{id}/paid")
    ClaimRecord paid(@PathVariable long id, HttpServletRequest request) {
        tokens.requireTaxOffice(request);
        return refunds.paid(id);
    }
}
