package org.cbec.app.clearance.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.clearance.domain.ReturnStatus;
import org.cbec.app.clearance.domain.SenderRule;
import org.cbec.app.clearance.intake.Declaration;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.DocumentHandler;
import org.cbec.app.clearance.intake.Received;
import org.cbec.app.clearance.intake.Touched;
import org.cbec.app.clearance.persistence.IntakeRepository;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.cbec.app.registry.Registry;
import org.cbec.app.registry.Sender;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Incident;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Retries;
import org.cbec.ceb.CebError;
import org.cbec.ceb.CebMessage;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.dxp.DxpEnvelope;
import org.cbec.ceb.sign.CebVerifier;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.Verification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one message from an enterprise: reads it (a DXP envelope is opened), checks the sender's role and codes and
 * the signature, and records each record once, with its receipt. Every message answered is stored verbatim with
 * its outcome: an accepted one in the transaction that takes its records (one commit, and the 202 only after it),
 * a refused one with its refusal, one the platform failed on under the incident's id. A message whose sender got
 * no answer (the process died) is not kept: the sender sends it again.
 */
@Service
public class MessageIntake {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MessageIntake.class);

    private final IntakeRepository intake;
    private final ReceiptRepository receipts;
    private final Registry registry;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CebReader reader = new CebReader();
    private final DxpEnvelope dxp = new DxpEnvelope(reader);
    private final CebVerifier verifier = new CebVerifier();
    private final ReceiptIssuer issuer;
    private final Map<MessageType, DocumentHandler<?, ?>> handlers = new EnumMap<>(MessageType.class);
    private final EventDelivery delivery;

    MessageIntake(IntakeRepository intake, ReceiptRepository receipts, Registry registry,
                  TransactionTemplate transactions, Clock clock, ReceiptIssuer issuer,
                  List<DocumentHandler<?, ?>> handlers, EventDelivery delivery) {
        this.delivery = delivery;
        for (DocumentHandler<?, ?> handler : handlers) {
            if (this.handlers.put(handler.type(), handler) != null) {
                throw new IllegalStateException("two handlers of " + handler.type());
            }
        }
        this.intake = intake;
        this.receipts = receipts;
        this.registry = registry;
        this.transactions = transactions;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** What the sender is told when its message is accepted. */
    public record Accepted(String guid, String messageType, String intakeId, int records, int duplicates) {
    }

    /** A message as it arrived: stored with whatever becomes of it, whatever that is. */
    private record Arrival(String intakeId, String senderCode, Instant at, byte[] body) {
    }

    /**
     * Takes the message, and, before answering, lets customs decide the parcels it completed: the sender's next
     * pull already has their receipts.
     */
    public Accepted receive(Sender sender, byte[] body) {
        return delivery.deliverBefore(() -> receiveNow(sender, body));
    }

    private Accepted receiveNow(Sender sender, byte[] body) {
        Arrival arrival = new Arrival(IntakeIds.next(), sender.code(), clock.instant(), body);
        try {
            return process(sender, arrival);
        } catch (Refusal problem) {
            throw problem;
        } catch (RuntimeException e) {
            // ours, not the sender's: the message is stored all the same, under the incident's id
            String incident = Incident.newId();
            try {
                intake.storeIfAbsent(arrival.intakeId(), arrival.senderCode(), arrival.at(), arrival.body(),
                        "FAILED", "incident " + incident + ": " + e);
            } catch (RuntimeException unrecorded) {
                e.addSuppressed(unrecorded);
            }
            throw new Incident(incident, e);
        }
    }

    /** The enterprise's receipts after a cursor, oldest first: what it pulls. */
    public List<org.cbec.app.clearance.domain.Receipt> receipts(String enterprise, long after, int limit) {
        return receipts.page(enterprise, after, limit);
    }

    /** What became of a message the sender sent: its outcome, and how its signature held. */
    public java.util.Optional<java.util.Map<String, Object>> status(String senderCode, String intakeId) {
        return intake.status(senderCode, intakeId);
    }

    private Accepted process(Sender sender, Arrival arrival) {
        byte[] body = arrival.body();
        String copMsgId = arrival.intakeId();
        byte[] business = body;
        ReadResult read = reader.read(body);
        if (read.isOk() && (read.message().type() == MessageType.DXP_MSG
                || read.message().type() == MessageType.DXP_MSG_SV)) {
            DxpEnvelope.Unwrapped opened = dxp.unwrap(body);
            copMsgId = opened.copMsgId();
            business = opened.data();
            read = reader.read(business);
        }
        if (!read.isOk()) {
            throw formatError(sender, arrival, copMsgId, business, read);
        }
        CebMessage message = read.message();
        DocumentHandler<?, ?> handler = handlers.get(message.type());
        Optional<SenderRule> rule = handler == null ? Optional.empty() : SenderRule.of(message.type().name());
        if (rule.isEmpty()) {
            throw reject(arrival, message.type().name(), new Refusal(Refusal.Kind.UNPROCESSABLE, "not-taken",
                    message.type().rootElement() + " is not taken by this platform; it takes " + handlers.keySet()
                    .stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        }
        return process(sender, arrival, copMsgId, business, message, handler, rule.get());
    }

    private <M, D> Accepted process(Sender sender, Arrival arrival, String copMsgId, byte[] business,
                                    CebMessage message, DocumentHandler<M, D> handler, SenderRule rule) {
        String type = message.type().name();
        if (rule.roles().stream().noneMatch(sender::has)) {
            throw reject(arrival, type, Refusal.forbidden("wrong-role", message.type().rootElement()
                    + " is sent by an enterprise filed as " + rule.roles().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(" or ")) + "; " + sender.code() + " is filed as " + sender.roles()));
        }
        Declaration<D> declaration = handler.read(handler.messageClass().cast(message.body()));
        if (!sender.code().equals(declaration.copCode())) {
            throw reject(arrival, type, Refusal.forbidden("not-own-code", "BaseTransfer/copCode "
                    + declaration.copCode() + " is not the sender's code " + sender.code()));
        }
        for (DeclaredRecord record : declaration.records()) {
            if (!rule.ownedBy(record, sender.code(), sender.roles())) {
                throw reject(arrival, type, Refusal.forbidden("not-own-code", "record " + record.recordGuid()
                        + ": none of " + rule.describe(record) + " is the sender " + sender.code() + " in a role it "
                        + "is filed for " + sender.roles()));
            }
        }
        SignatureCheck signature = checkSignature(message.type(), declaration.signed(), business, sender);
        String signatureProblem = signature.problem();
        String intakeId = arrival.intakeId();
        Received received = new Received(sender.code(), type, rule.receiptType(), arrival.at());
        // the records, their receipts and the message's outcome commit together: what is answered 202 is all there
        int[] counts = Retries.onConflict("message " + intakeId, () -> {
            received.retry();
            return transactions.execute(status -> {
                intake.store(intakeId, sender.code(), arrival.at(), arrival.body(), type, declaration.guid(),
                        signatureProblem == null ? "ACCEPTED" : "SIGNATURE_FAILED", signatureProblem,
                        signature.mode());
                return record(received, intakeId, handler, rule, declaration, signatureProblem);
            });
        });
        if (!received.touched().isEmpty()) {
            afterCommit(intakeId, handler, received.touched());
        }
        return new Accepted(declaration.guid(), message.type().rootElement(), intakeId, counts[0], counts[1]);
    }

    /**
     * Lets the handler look again at what the message touched, now that its records are committed. What is
     * stored is the sender's answer: work after commit that keeps meeting concurrent work is left to the sweeper
     * ({@link StrandedSets}), and the sender still gets its 202.
     */
    private void afterCommit(String intakeId, DocumentHandler<?, ?> handler, List<Touched> touched) {
        try {
            Retries.onConflict("comparing again after message " + intakeId, () -> {
                transactions.executeWithoutResult(status -> handler.afterCommit(touched, clock.instant()));
                return null;
            });
        } catch (Refusal busy) {
            LOG.warn("message {}: its sets are left to the sweeper: {}", intakeId, busy.getMessage());
        }
    }

    private <D> int[] record(Received received, String intakeId, DocumentHandler<?, D> handler, SenderRule rule,
                             Declaration<D> declaration, String signatureProblem) {
        int duplicates = 0;
        String type = received.messageType();
        Instant now = received.at();
        Set<String> seen = new HashSet<>(intake.seen(type,
                declaration.records().stream().map(DeclaredRecord::recordGuid).toList()));
        List<DeclaredRecord> taken = new ArrayList<>();
        handler.prepare(signatureProblem == null ? declaration.records() : List.of());
        for (int i = 0; i < declaration.records().size(); i++) {
            DeclaredRecord record = declaration.records().get(i);
            if (!seen.add(record.recordGuid())) {
                duplicates++;
                continue;
            }
            taken.add(record);
            String preNo = handler.preNo(record, now);
            if (signatureProblem != null) {
                issuer.issue(received.sender(), rule.receiptType(), record, preNo, rule.signatureFailed(),
                        "验签失败！" + signatureProblem, now);
            } else if (record.savedOnly()) {
                issuer.issue(received.sender(), rule.receiptType(), record, preNo, ReturnStatus.SAVED, "电子口岸已暂存",
                        now);
            } else {
                handler.take(received, record, declaration.documents().get(i), preNo);
            }
        }
        intake.insertRecords(type, taken, intakeId, received.sender(), now);
        return new int[] {taken.size(), duplicates};
    }

    /**
     * The outcome of a message's signature check.
     *
     * @param problem why it does not hold, or null
     * @param mode    how it held ({@link Verification.Mode}), or null when there was none to check or it failed
     */
    private record SignatureCheck(String problem, String mode) {
        static final SignatureCheck NONE = new SignatureCheck(null, null);

        static SignatureCheck failed(String problem) {
            return new SignatureCheck(problem, null);
        }
    }

    private SignatureCheck checkSignature(MessageType type, boolean signed, byte[] business, Sender sender) {
        if (!type.signatureRequired() && !signed) {
            return SignatureCheck.NONE;
        }
        Verification verification = verifier.verify(business);
        if (!verification.valid()) {
            return SignatureCheck.failed(verification.reason());
        }
        if (!registry.holdsCertificate(sender.code(), verification.certificate())) {
            return SignatureCheck.failed("the certificate " + Certificates.serialHex(verification.certificate())
                    + " is not registered to " + sender.code() + " (or it was revoked)");
        }
        return new SignatureCheck(null, verification.mode().name());
    }

    private Refusal formatError(Sender sender, Arrival arrival, String copMsgId, byte[] business, ReadResult read) {
        Instant now = arrival.at();
        List<CebError> errors = read.errors();
        boolean notXml = errors.stream().anyMatch(e -> List.of(CebError.WELL_FORMED, CebError.EMPTY,
                CebError.DOCTYPE_FORBIDDEN, CebError.DEPTH_LIMIT).contains(e.rule()));
        String status = notXml ? ReturnStatus.FORMAT_ERROR : ReturnStatus.SCHEMA_ERROR;
        String info = errors.stream().map(CebError::toString).collect(Collectors.joining("; "));
        String returnTime = ReceiptWriter.returnTime(now);
        String messageType = read.detectedType().map(MessageType::rootElement).orElse(null);
        String receiptGuid = ReceiptWriter.newGuid();
        String xml = ReceiptWriter.formatReceipt(receiptGuid, status, info, copMsgId, messageType,
                new String(business, StandardCharsets.UTF_8), returnTime);
        // the message and its CEB900 together
        transactions.executeWithoutResult(tx -> {
            intake.store(arrival.intakeId(), arrival.senderCode(), now, arrival.body(), messageType, null,
                    "FORMAT_ERROR", info, null);
            receipts.insert(new Receipt(receipts.nextCursor(), sender.code(), "CEB900", receiptGuid, null, null, null,
                    null, status, info, returnTime, xml));
        });
        return Refusal.invalid("format", info).with("receipt", xml).with("errors", errors.stream()
                .map(e -> java.util.Map.of("path", e.path(), "rule", e.rule(), "line", e.line(), "message",
                        e.message())).toList());
    }

    private Refusal reject(Arrival arrival, String type, Refusal problem) {
        intake.store(arrival.intakeId(), arrival.senderCode(), arrival.at(), arrival.body(), type, null, "REFUSED",
                problem.getMessage(), null);
        return problem;
    }
}
