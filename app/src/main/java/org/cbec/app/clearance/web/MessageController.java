package org.cbec.app.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.application.MessageIntake;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.registry.Sender;
import org.cbec.app.shared.Refusal;
import org.cbec.ceb.xml.SecureXml;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intake of CEB messages and the pull of receipts, for enterprises with their API token. */
@RestController
public class MessageController {

    private final MessageIntake intake;
    private final EnterpriseCaller callers;
    private final long maxBytes;
    private final IntakeGuard guard;
    private final Duration readTimeout;

    public MessageController(MessageIntake intake, EnterpriseCaller callers,
                             IntakeGuard guard, @Value("${cbec.max-message-bytes:10485760}") long maxBytes,
                             @Value("${cbec.intake.read-timeout:PT60S}") Duration readTimeout) {
        this.intake = intake;
        this.callers = callers;
        this.guard = guard;
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
    }

    @PostMapping(path = "/api/v1/messages")
    public ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) throws IOException {
        Sender sender = callers.of(request);
        checkContentType(request.getContentType());
        guard.admit(sender.code());
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            throw tooLarge();
        }
        try (IntakeGuard.Lease lease = guard.reserve(length >= 0 ? length : maxBytes)) {
            byte[] body = SecureXml.readLimited(new DeadlineInputStream(request.getInputStream(),
                    System.nanoTime() + readTimeout.toNanos()), maxBytes);
            if (body == null) {
                throw tooLarge();
            }
            MessageIntake.Accepted accepted = intake.receive(sender, body);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("guid", accepted.guid(), "messageType",
                    accepted.messageType(), "intakeId", accepted.intakeId(), "records", accepted.records(),
                    "duplicates", accepted.duplicates()));
        }
    }

    /** The outcome of one message the caller sent, by the intakeId it was answered with. */
    @GetMapping(path = "/api/v1/messages/{intakeId}")
    public Map<String, Object> message(@PathVariable String intakeId, HttpServletRequest request) {
        Sender sender = callers.of(request);
        return intake.status(sender.code(), intakeId)
                .orElseThrow(() -> Refusal.notFound("no message " + intakeId + " sent by " + sender.code()));
    }

    /** A message is XML: sent as such, or as bytes; never as a form (whose parts the server would parse). */
    private static void checkContentType(String contentType) {
        if (contentType == null) {
            return;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!(type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml")
                || type.equals("application/octet-stream") || type.isEmpty())) {
            throw new Refusal(Refusal.Kind.UNSUPPORTED, "media-type", "Content-Type " + type
                    + " is not taken: send the CEB message (or its DXP envelope) as the body, as application/xml");
        }
    }

    /** Refuses to wait for a body longer than the read timeout, however slowly its bytes trickle in. */
    private static final class DeadlineInputStream extends java.io.FilterInputStream {
        private final long deadline;

        DeadlineInputStream(java.io.InputStream in, long deadline) {
            super(in);
            this.deadline = deadline;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new Refusal(Refusal.Kind.TIMEOUT, "timeout", "the message did not arrive whole in "
                        + "time; send it again");
            }
            return super.read(b, off, len);
        }
    }

    /** The caller's receipts after a cursor, oldest first. */
    @GetMapping(path = "/api/v1/receipts")
    public Map<String, Object> receipts(@RequestParam(defaultValue = "0") long after,
                                        @RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        Sender sender = callers.of(request);
        if (limit < 1 || limit > 1000) {
            throw Refusal.invalid("limit", "limit: from 1 to 1000");
        }
        List<Receipt> page = intake.receipts(sender.code(), after, limit);
        long next = page.isEmpty() ? after : page.get(page.size() - 1).cursor();
        return Map.of("receipts", page.stream().map(MessageController::json).toList(), "next", next);
    }

    private static Map<String, Object> json(Receipt r) {
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

    private Refusal tooLarge() {
        return new Refusal(Refusal.Kind.TOO_LARGE, "size-limit", "a message may hold at most " + maxBytes
                + " bytes");
    }
}
