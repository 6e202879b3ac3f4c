package org.cbec.app.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.ApiProblem;
import org.cbec.app.clearance.application.MessageIntake;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.registry.Sender;
import org.cbec.ceb.xml.SecureXml;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intake of CEB messages and the pull of receipts, for enterprises with their API token. */
@RestController
public class MessageController {

    private final MessageIntake intake;
    private final ReceiptRepository receipts;
    private final EnterpriseCaller callers;
    private final long maxBytes;

    public MessageController(MessageIntake intake, ReceiptRepository receipts, EnterpriseCaller callers,
                             @Value("${cbec.max-message-bytes:10485760}") long maxBytes) {
        this.intake = intake;
        this.receipts = receipts;
        this.callers = callers;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = "/api/v1/messages")
    public ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) throws IOException {
        Sender sender = callers.of(request);
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        byte[] body = SecureXml.readLimited(request.getInputStream(), maxBytes);
        if (body == null) {
            throw tooLarge();
        }
        MessageIntake.Accepted accepted = intake.receive(sender, body);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("guid", accepted.guid(), "messageType",
                accepted.messageType(), "intakeId", accepted.intakeId(), "records", accepted.records(),
                "duplicates", accepted.duplicates()));
    }

    /** The caller's receipts after a cursor, oldest first. */
    @GetMapping(path = "/api/v1/receipts")
    public Map<String, Object> receipts(@RequestParam(defaultValue = "0") long after,
                                        @RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        Sender sender = callers.of(request);
        if (limit < 1 || limit > 1000) {
            throw ApiProblem.badRequest("limit", "limit: from 1 to 1000");
        }
        List<ReceiptRepository.Receipt> page = receipts.page(sender.code(), after, limit);
        long next = page.isEmpty() ? after : page.get(page.size() - 1).cursor();
        return Map.of("receipts", page.stream().map(MessageController::json).toList(), "next", next);
    }

    private static Map<String, Object> json(ReceiptRepository.Receipt r) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("cursor", r.cursor());
        json.put("messageType", r.messageType());
        json.put("guid", r.guid());
        json.put("orderNo", r.orderNo());
        json.put("logisticsNo", r.logisticsNo());
        json.put("copNo", r.copNo());
        json.put("invtNo", r.invtNo());
        json.put("returnStatus", r.returnStatus());
        json.put("returnInfo", r.returnInfo());
        json.put("returnTime", r.returnTime());
        json.put("xml", r.xml());
        return json;
    }


    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "size-limit", "a message may hold at most " + maxBytes
                + " bytes");
    }
}
