package org.cbec.app.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.exchange.application.Datasets;
import org.cbec.app.exchange.application.Departments;
import org.cbec.app.exchange.application.Policies;
import org.cbec.app.exchange.application.Statistics;
import org.cbec.app.exchange.domain.DataAccess;
import org.cbec.app.exchange.domain.PolicyChange;
import org.cbec.app.exchange.domain.SharingPolicy;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.shared.Paging;
import org.springframework.http.ContentDisposition;
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

/**
 * The public service platform's API: the operator files departments and sets the sharing policies; a department
 * pulls the datasets its policies grant; an enterprise reads who read its data.
 */
@RestController
class ExchangeController {

    private final Departments filed;
    private final DepartmentCaller departments;
    private final Policies policies;
    private final Datasets datasets;
    private final OperatorToken operator;
    private final EnterpriseCaller enterprises;
    private final Statistics statistics;

    ExchangeController(Departments filed, DepartmentCaller departments, Policies policies, Datasets datasets,
                       OperatorToken operator, EnterpriseCaller enterprises, Statistics statistics) {
        this.statistics = statistics;
        this.filed = filed;
        this.departments = departments;
        this.policies = policies;
        this.datasets = datasets;
        this.operator = operator;
        this.enterprises = enterprises;
    }

    record DepartmentFiling(String code) {
    }

    @PostMapping("/api/v1/exchange/departments")
    ResponseEntity<Map<String, String>> file(@RequestBody DepartmentFiling filing, HttpServletRequest request) {
        operator.require(request);
        String token = filed.file(filing == null ? null : filing.code());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", filing.code(), "token", token));
    }

    /** A policy as the API shows it. */
    record PolicyJson(String department, String dataset, List<String> fields, Map<String, String> masking,
                      String purpose, Instant validFrom, Instant validUntil) {
        static PolicyJson of(SharingPolicy p) {
            Map<String, String> masking = new java.util.TreeMap<>();
            p.masking().forEach((field, mask) -> masking.put(field, mask.name()));
            return new PolicyJson(p.department(), p.dataset().wireName(), p.fields(), masking, p.purpose(),
                    p.validFrom(), p.validUntil());
        }
    }

    /** Every policy to the operator; a department's own to a department. */
    @GetMapping("/api/v1/exchange/policies")
    Map<String, List<PolicyJson>> policies(HttpServletRequest request) {
        String department = operator.isOperator(request) ? null : departments.of(request);
        return Map.of("policies", policies.all().stream().filter(p -> department == null
                || p.department().equals(department)).map(PolicyJson::of).toList());
    }

    @PutMapping("/api/v1/exchange/policies/{department}/{dataset}")
    PolicyJson change(@PathVariable String department, @PathVariable String dataset,
                      @RequestBody Policies.Change change, HttpServletRequest request) {
        operator.require(request);
        return PolicyJson.of(policies.change(department, dataset, change, "operator"));
    }

    @GetMapping("/api/v1/exchange/policies/{department}/{dataset}/changes")
    Map<String, List<PolicyChange>> changes(@PathVariable String department,
                                                         @PathVariable String dataset, HttpServletRequest request) {
        operator.require(request);
        return Map.of("changes", policies.changes(department, dataset));
    }

    @GetMapping("/api/v1/exchange/datasets/{name}")
    Datasets.Page dataset(@PathVariable String name, @RequestParam(defaultValue = "0") long after,
                          @RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        return datasets.read(departments.of(request), name, after, limit);
    }

    /**
     * Statistics for the departments and the operator (aggregates of enterprises' figures, no one's personal data):
     * JSON, or CSV with {@code format=csv}.
     */
    @GetMapping("/api/v1/exchange/statistics")
    ResponseEntity<?> statistics(@RequestParam String from, @RequestParam String to,
                                 @RequestParam(defaultValue = "day") String by,
                                 @RequestParam(defaultValue = "none") String group,
                                 @RequestParam(required = false) String direction,
                                 @RequestParam(required = false) Integer top,
                                 @RequestParam(defaultValue = "json") String format, HttpServletRequest request) {
        if (!operator.isOperator(request)) {
            departments.of(request);
        }
        Statistics.Report report = statistics.report(from, to, by, group, direction, top);
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                            "cbec-statistics-" + report.from() + "-" + report.to() + ".csv").build().toString())
                    .body(Statistics.csv(report));
        }
        return ResponseEntity.ok(report);
    }

    /** Who read the calling enterprise's records: department, dataset, how many, for what, when. */
    @GetMapping("/api/v1/exchange/access-log")
    Map<String, List<DataAccess>> accessLog(@RequestParam(required = false) Integer page,
                                                          HttpServletRequest request) {
        String enterprise = enterprises.of(request).code();
        return Map.of("reads", Paging.of(page).read((offset, limit) -> datasets.accessLog(enterprise, offset, limit))
                .rows());
    }

}
