package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cbec.app.onestop.application.ClearanceLink;
import org.cbec.app.onestop.application.ClearanceReceipts;
import org.cbec.app.onestop.application.Summaries;
import org.cbec.app.shared.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's standing at the clearance platform, for its staff: the certificate to have filed, the code and
 * token it was filed with, the outbox, the receipts that matched nothing, the monthly summaries; and the webhook the
 * clearance platform pushes receipts to (its path carries the platform's secret).
 */
@RestController
class ClearanceLinkController {

    private final ClearanceLink link;
    private final ClearanceReceipts receipts;
    private final Summaries summaries;
    private final StaffToken staff;

    ClearanceLinkController(ClearanceLink link, ClearanceReceipts receipts, Summaries summaries, StaffToken staff) {
        this.link = link;
        this.receipts = receipts;
        this.summaries = summaries;
        this.staff = staff;
    }

    @GetMapping("/api/v1/onestop/clearance")
    ClearanceLink.View view(HttpServletRequest request) {
        staff.require(request);
        return link.view();
    }

    @PutMapping("/api/v1/onestop/clearance")
    ClearanceLink.View set(@RequestBody ClearanceLink.Settings settings, HttpServletRequest request) {
        staff.require(request);
        return link.set(settings);
    }

    /** The outbox by state (QUEUED, SENT, REFUSED). */
    @GetMapping("/api/v1/onestop/clearance/outbox")
    Map<String, Long> outbox(HttpServletRequest request) {
        staff.require(request);
        return receipts.outbox();
    }

    @GetMapping("/api/v1/onestop/clearance/unmatched")
    Map<String, List<ClearanceReceipts.Unmatched>> unmatched(@RequestParam(required = false) Integer page,
                                                             HttpServletRequest request) {
        staff.require(request);
        return Map.of("receipts", receipts.unmatched(page));
    }

    record Month(String month) {
    }

    @PostMapping("/api/v1/onestop/summaries")
    Map<String, List<Summaries.Application>> summarise(@RequestBody Month month, HttpServletRequest request) {
        staff.require(request);
        return Map.of("applications", summaries.summarise(Periods.month("month", month.month())));
    }

    /** The clearance platform's push of one receipt (XML, its cursor in X-Cbec-Cursor). */
    @PostMapping("/api/v1/onestop/clearance/receipts/{secret}")
    ResponseEntity<Void> receipt(@PathVariable String secret,
                                 @RequestHeader(value = "X-Cbec-Cursor", required = false) Long cursor,
                                 @RequestBody(required = false) String xml) {
        if (!link.webhookSecret(secret)) {
            throw Refusal.notFound("no such webhook");
        }
        if (cursor == null || cursor < 1 || xml == null) {
            throw Refusal.invalid("invalid-receipt", "X-Cbec-Cursor: the receipt's cursor; the body: its XML");
        }
        receipts.pushed(cursor, xml);
        return ResponseEntity.noContent().build();
    }
}
