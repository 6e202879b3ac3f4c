package org.cbec.app.export.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.export.application.ExportLookup;
import org.cbec.app.export.application.ExportSummaries;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Export inventories as their declarant sees them, and the operator's run of the monthly summary. */
@RestController
class ExportController {

    private final ExportLookup exports;
    private final ExportSummaries summaries;
    private final EnterpriseCaller callers;
    private final OperatorToken operator;

    ExportController(ExportLookup exports, ExportSummaries summaries, EnterpriseCaller callers,
                     OperatorToken operator) {
        this.exports = exports;
        this.summaries = summaries;
        this.callers = callers;
        this.operator = operator;
    }

    @GetMapping("/api/v1/export-inventories/{copNo}")
    ExportInventoryResponse inventory(@PathVariable String copNo, HttpServletRequest request) {
        String caller = callers.of(request).code();
        return exports.view(caller, copNo).map(ExportInventoryResponse::of).orElseThrow(() ->
                Refusal.notFound("no export inventory " + copNo + " declared by " + caller));
    }

    /** Summarises what a month (yyyy-MM, China time) left unsummarised, as the monthly job does. */
    @PostMapping("/api/v1/export-summaries")
    Map<String, List<ExportSummaries.Outcome>> summarise(@RequestParam String month, HttpServletRequest request) {
        operator.require(request);
        try {
            return Map.of("summaries", summaries.summariseMonth(YearMonth.parse(month)));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("invalid-month", "month: yyyy-MM, not '" + month + "'");
        }
    }
}
