package org.cbec.app.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.BearerToken;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.exchange.application.Filings;
import org.cbec.app.exchange.domain.Attachment;
import org.cbec.app.exchange.domain.EnterpriseFiling;
import org.cbec.app.exchange.domain.FilingReview;
import org.cbec.app.shared.Refusal;
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
 * The one filing over HTTP: anyone files (an enterprise before the registry knows it), and follows its filing with
 * the token the answer gives; the departments that review read every filing and decide their part; the operator
 * reads them all.
 */
@RestController
class FilingController {

    private final Filings filings;
    private final DepartmentCaller departments;
    private final OperatorToken operator;

    FilingController(Filings filings, DepartmentCaller departments, OperatorToken operator) {
        this.filings = filings;
        this.departments = departments;
        this.operator = operator;
    }

    @PostMapping("/api/v1/exchange/filings")
    ResponseEntity<Filings.Submitted> submit(@RequestBody EnterpriseFiling filing) {
        return ResponseEntity.status(HttpStatus.CREATED).body(filings.submit(filing));
    }

    @GetMapping("/api/v1/exchange/filings/{id}")
    Filings.View view(@PathVariable long id, HttpServletRequest request) {
        if (!operator.isOperator(request) && reviewer(request) == null) {
            applicant(id, request);
        }
        return filings.view(id);
    }

    @PutMapping("/api/v1/exchange/filings/{id}")
    Filings.View correct(@PathVariable long id, @RequestBody EnterpriseFiling corrected,
                         HttpServletRequest request) {
        applicant(id, request);
        return filings.correct(id, corrected);
    }

    /** A scan as the request's body (its Content-Type: application/pdf, image/png or image/jpeg). */
    @PutMapping("/api/v1/exchange/filings/{id}/attachments/{kind}")
    Filings.AttachmentView attach(@PathVariable long id, @PathVariable String kind, HttpServletRequest request)
            throws IOException {
        applicant(id, request);
        byte[] content = request.getInputStream().readNBytes(Attachment.MAX_BYTES + 1);
        if (content.length > Attachment.MAX_BYTES) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "attachment-too-large", "attachment: at most "
                    + Attachment.MAX_BYTES + " bytes (5 MiB)");
        }
        return filings.attach(id, kind, request.getContentType(), content);
    }

    record Decision(String decision, String reason, String fxClass) {
    }

    /** The calling department decides its part of the filing. */
    @PostMapping("/api/v1/exchange/filings/{id}/reviews")
    Filings.View decide(@PathVariable long id, @RequestBody Decision decision, HttpServletRequest request) {
        String department = departments.of(request);
        return filings.decide(id, department, decision.decision(), decision.reason(), decision.fxClass(),
                department);
    }

    /** The calling department's queue: the filings whose part stands in this status (PENDING unless said). */
    @GetMapping("/api/v1/exchange/filings")
    Map<String, List<Filings.View>> queue(@RequestParam(defaultValue = "PENDING") String status,
                                          @RequestParam(required = false) Integer page, HttpServletRequest request) {
        String department = departments.of(request);
        FilingReview.Status chosen = java.util.Arrays.stream(FilingReview.Status.values())
                .filter(s -> s.name().equals(status)).findFirst().orElseThrow(() -> Refusal.invalid(
                        "invalid-filter", "status: one of " + java.util.Arrays.toString(FilingReview.Status.values())));
        return Map.of("filings", filings.queue(department, chosen, page).rows());
    }

    /** 404 unless the request carries the token this filing's applicant was given. */
    private void applicant(long id, HttpServletRequest request) {
        if (filings.ofApplicant(BearerToken.of(request)).filter(own -> own == id).isEmpty()) {
            throw Refusal.notFound("no filing " + id + " followed by this token");
        }
    }

    /** The department of the token, if it is one that reviews filings; null otherwise. */
    private String reviewer(HttpServletRequest request) {
        return departments.find(request).filter(FilingReview.REVIEWERS::contains)
                .orElse(null);
    }

}
