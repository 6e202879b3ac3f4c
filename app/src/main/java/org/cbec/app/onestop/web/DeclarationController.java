package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cbec.app.onestop.application.Declaring;
import org.cbec.app.onestop.application.Orders;
import org.cbec.app.onestop.application.Statements;
import org.cbec.app.onestop.application.Tracking;
import org.cbec.app.onestop.domain.Booking;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.SellerRole;
import org.cbec.app.onestop.label.StatementPdf;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import static org.cbec.app.onestop.domain.SellerRole.CLERK;
import static org.cbec.app.onestop.domain.SellerRole.FINANCE;
import static org.cbec.app.onestop.domain.SellerRole.OWNER;

/**
 * An approved seller's declarations: booking an order's parcel (which declares it), correcting an order, recording
 * its payment, following its timeline, printing its label, reading the month's statement.
 */
@RestController
class DeclarationController {

    private final Declaring declaring;
    private final Tracking tracking;
    private final Orders orders;
    private final SellerCaller sellers;
    private final Statements statements;

    DeclarationController(Declaring declaring, Tracking tracking, Orders orders, SellerCaller sellers,
                          Statements statements) {
        this.statements = statements;
        this.declaring = declaring;
        this.tracking = tracking;
        this.orders = orders;
        this.sellers = sellers;
    }

    @PostMapping("/api/v1/onestop/orders/{orderNo}/booking")
    ResponseEntity<Declaring.Parcel> book(@PathVariable String orderNo, @RequestBody Booking booking,
                                          HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(declaring.book(seller(request, OWNER, CLERK), orderNo,
                booking));
    }

    @PutMapping("/api/v1/onestop/orders/{orderNo}")
    Orders.View correct(@PathVariable String orderNo, @RequestBody ExportOrder order, HttpServletRequest request) {
        long seller = seller(request, OWNER, CLERK);
        declaring.correct(seller, orderNo, order);
        return orders.view(seller, orderNo);
    }

    @PutMapping("/api/v1/onestop/orders/{orderNo}/payment")
    Tracking.Track payment(@PathVariable String orderNo, @RequestBody Declaring.PaymentRecord payment,
                           HttpServletRequest request) {
        long seller = seller(request, OWNER, FINANCE);
        declaring.payment(seller, orderNo, payment);
        return tracking.track(seller, orderNo);
    }

    @GetMapping("/api/v1/onestop/orders/{orderNo}/timeline")
    Tracking.Track timeline(@PathVariable String orderNo, HttpServletRequest request) {
        return tracking.track(seller(request, SellerCaller.ANYONE), orderNo);
    }

    @GetMapping("/api/v1/onestop/orders/{orderNo}/label.pdf")
    ResponseEntity<byte[]> label(@PathVariable String orderNo, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                "inline; filename=\"label-" + orderNo + ".pdf\"").body(tracking.label(seller(request, OWNER, CLERK),
                orderNo));
    }

    /** The month's statement: fees, proceeds and conversions, refunds, loans and interest, the ledger. */
    @GetMapping("/api/v1/onestop/statement")
    Statements.Full statement(@RequestParam String month, HttpServletRequest request) {
        return statements.of(seller(request, OWNER, FINANCE), Periods.month("month", month));
    }

    @GetMapping("/api/v1/onestop/statement.csv")
    ResponseEntity<String> statementCsv(@RequestParam String month, HttpServletRequest request) {
        Statements.Full statement = statements.of(seller(request, OWNER, FINANCE), Periods.month("month", month));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statement-" + month + ".csv\"")
                .body(statements.csv(statement));
    }

    @GetMapping("/api/v1/onestop/statement.pdf")
    ResponseEntity<byte[]> statementPdf(@RequestParam String month, HttpServletRequest request) {
        long seller = seller(request, OWNER, FINANCE);
        Statements.Full statement = statements.of(seller, Periods.month("month", month));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                "inline; filename=\"statement-" + month + ".pdf\"").body(StatementPdf.pdf("cbec onestop: statement of "
                + "seller " + seller + ", " + month, List.of(statements.csv(statement).split("\r\n"))));
    }

    private long seller(HttpServletRequest request, SellerRole... roles) {
        return sellers.seller(request, roles);
    }
}
