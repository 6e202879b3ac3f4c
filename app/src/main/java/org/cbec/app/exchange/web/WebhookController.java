package org.cbec.app.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cbec.app.exchange.application.Webhooks;
import org.cbec.app.exchange.domain.Webhook;
import org.cbec.app.registry.EnterpriseCaller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks: a department has a dataset its policy grants pushed; an enterprise its inbox. */
@RestController
class WebhookController {

    private final Webhooks webhooks;
    private final DepartmentCaller departments;
    private final EnterpriseCaller enterprises;

    WebhookController(Webhooks webhooks, DepartmentCaller departments, EnterpriseCaller enterprises) {
        this.webhooks = webhooks;
        this.departments = departments;
        this.enterprises = enterprises;
    }

    record WebhookRequest(String url) {
    }

    /** A webhook as the API shows it: what it feeds, where to, how far, and the last failure. */
    record WebhookJson(String feed, String url, long deliveredCursor, int failedAttempts, String lastError) {
        static WebhookJson of(Webhook s) {
            String[] key = s.subscriber().split(":", 3);
            return new WebhookJson("D".equals(key[0]) ? key[2] : "inbox", s.url(), s.deliveredCursor(),
                    s.attempts(), s.lastError());
        }
    }

    @PutMapping("/api/v1/exchange/webhooks/datasets/{name}")
    WebhookJson dataset(@PathVariable String name, @RequestBody WebhookRequest webhook, HttpServletRequest request) {
        return WebhookJson.of(webhooks.dataset(departments.of(request), name, webhook == null ? null
                : webhook.url()));
    }

    @DeleteMapping("/api/v1/exchange/webhooks/datasets/{name}")
    ResponseEntity<Void> stopDataset(@PathVariable String name, HttpServletRequest request) {
        webhooks.stopDataset(departments.of(request), name);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/exchange/webhooks/inbox")
    WebhookJson inbox(@RequestBody WebhookRequest webhook, HttpServletRequest request) {
        return WebhookJson.of(webhooks.inbox(enterprises.of(request).code(), webhook == null ? null
                : webhook.url()));
    }

    @DeleteMapping("/api/v1/exchange/webhooks/inbox")
    ResponseEntity<Void> stopInbox(HttpServletRequest request) {
        webhooks.stopInbox(enterprises.of(request).code());
        return ResponseEntity.noContent().build();
    }

    /** The caller's webhooks: a department's datasets, or an enterprise's inbox. */
    @GetMapping("/api/v1/exchange/webhooks")
    Map<String, List<WebhookJson>> mine(HttpServletRequest request) {
        Optional<String> department = departments.find(request);
        List<Webhook> mine = department.isPresent() ? webhooks.ofDepartment(department.get())
                : webhooks.ofEnterprise(enterprises.of(request).code());
        return Map.of("webhooks", mine.stream().map(WebhookJson::of).toList());
    }
}
