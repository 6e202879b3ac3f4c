package org.cbec.app.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.BearerToken;
import org.cbec.app.exchange.application.Results;
import org.cbec.app.exchange.domain.InboxMessage;
import org.cbec.app.exchange.domain.Notice;
import org.cbec.app.exchange.domain.Result;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.registry.Registry;
import org.cbec.app.shared.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices, results back and the risk list: departments publish and send; enterprises read the notices and pull
 * their inbox.
 */
@RestController
class ResultController {

    private final Results results;
    private final DepartmentCaller departments;
    private final EnterpriseCaller enterprises;
    private final Registry registry;

    ResultController(Results results, DepartmentCaller departments, EnterpriseCaller enterprises, Registry registry) {
        this.results = results;
        this.departments = departments;
        this.enterprises = enterprises;
        this.registry = registry;
    }

    record NoticeRequest(String title, String body) {
    }

    @PostMapping("/api/v1/exchange/notices")
    ResponseEntity<Notice> publish(@RequestBody NoticeRequest notice, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(results.publish(departments.of(request), notice.title(),
                notice.body()));
    }

    /** Notices, newest first: for every enterprise and department. */
    @GetMapping("/api/v1/exchange/notices")
    Map<String, List<Notice>> notices(@RequestParam(required = false) Integer page, HttpServletRequest request) {
        String token = BearerToken.of(request);
        if (departments.find(request).isEmpty() && registry.authenticate(token).isEmpty()) {
            throw Refusal.unauthenticated("an enterprise's or a department's token is required");
        }
        return Map.of("notices", results.notices(page).rows());
    }

    @PostMapping("/api/v1/exchange/results")
    ResponseEntity<Map<String, Long>> send(@RequestBody Result result, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("cursor", results.send(departments.of(request),
                result)));
    }

    /** The calling enterprise's inbox: departments' results in cursor order. */
    @GetMapping("/api/v1/exchange/inbox")
    Map<String, Object> inbox(@RequestParam(defaultValue = "0") long after,
                              @RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        List<InboxMessage> messages = results.inbox(enterprises.of(request).code(), after, limit);
        return Map.of("messages", messages, "next", messages.isEmpty() ? Math.max(after, 0)
                : messages.get(messages.size() - 1).cursor());
    }

    record Flag(String enterprise, String reason) {
    }

    /** A department puts an enterprise on the customs risk list; 204 once customs has taken it in. */
    @PostMapping("/api/v1/exchange/risk-list")
    ResponseEntity<Void> flag(@RequestBody Flag flag, HttpServletRequest request) {
        results.flag(departments.of(request), flag.enterprise(), flag.reason());
        return ResponseEntity.noContent().build();
    }

}
