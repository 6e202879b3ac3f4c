package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.cbec.app.onestop.application.Declaring;
import org.cbec.app.onestop.application.Orders;
import org.cbec.app.onestop.application.Tracking;
import org.cbec.app.onestop.domain.Booking;
import org.cbec.app.onestop.domain.ExportOrder;
import org.cbec.app.onestop.domain.SellerRole;
import org.cbec.app.shared.Refusal;
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

    DeclarationController(Declaring declaring, Tracking tracking, Orders orders, SellerCaller sellers) {
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

    @GetMapping("/api/v1/onestop/statement")
    Tracking.Statement statement(@RequestParam String month, HttpServletRequest request) {
        long seller = seller(request, OWNER, FINANCE);
        try {
            return tracking.statement(seller, YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("invalid-month", "month: yyyy-MM, not '" + month + "'");
        }
    }

    private long seller(HttpServletRequest request, SellerRole... roles) {
        return sellers.seller(request, roles);
    }
}
