package org.cbec.app.clearance.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cbec.app.clearance.domain.DeclaredRecord;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.clearance.domain.ReturnStatus;
import org.cbec.app.clearance.domain.SenderRule;
import org.cbec.app.clearance.persistence.IntakeRepository;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.cbec.app.registry.Registry;
import org.cbec.app.registry.Sender;
import org.cbec.app.shared.EventDelivery;
import org.cbec.app.shared.Retries;
import org.cbec.app.shared.Incident;
import org.cbec.app.shared.Refusal;
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
    private final ParcelComparison comparison;
    private final FollowUps followUps;
    private final ExportClearance exports;
    private final EventDelivery delivery;

    MessageIntake(IntakeRepository intake, ReceiptRepository receipts, Registry registry,
                  TransactionTemplate transactions, Clock clock, ReceiptIssuer issuer, ParcelComparison comparison,
                  FollowUps followUps, ExportClearance exports, EventDelivery delivery) {
        this.delivery = delivery;
        this.followUps = followUps;
        this.exports = exports;
        this.intake = intake;
        this.receipts = receipts;
        this.registry = registry;
        this.transactions = transactions;
        this.clock = clock;
        this.issuer = issuer;
        this.comparison = comparison;
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
        Arrival arrival = new Arrival(ReceiptWriter.newGuid(), sender.code(), clock.instant(), body);
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
        String intakeId = arrival.intakeId();
        Instant now = arrival.at();
        byte[] body = arrival.body();
        String copMsgId = intakeId;
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
        String type = message.type().name();
        SenderRule rule = SenderRule.of(type).orElseThrow(() -> reject(arrival, type, new Refusal(
                Refusal.Kind.UNPROCESSABLE, "not-taken", message.type().rootElement()
                + " is not taken by this platform; it takes the import declarations CEB311, CEB411, CEB511, CEB513, "
                + "CEB621, CEB623, CEB625, CEB711 and the export declarations CEB303, CEB403, CEB505, CEB507, CEB509, "
                + "CEB603, CEB605, CEB607, CEB701, CEB213, CEB215")));
        if (rule.roles().stream().noneMatch(sender::has)) {
            throw reject(arrival, type, Refusal.forbidden("wrong-role", message.type().rootElement()
                    + " is sent by an enterprise filed as " + rule.roles().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(" or ")) + "; " + sender.code() + " is filed as " + sender.roles()));
        }
        ImportDocuments.Declaration declaration = message.type().side() == org.cbec.ceb.Side.EXPORT
                ? ExportDeclarations.of(message.body()) : ImportDocuments.of(message.body());
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
        SignatureCheck signature = checkSignature(message, business, sender);
        String signatureProblem = signature.problem();
        String messageGuid = rootGuid(message.body());
        List<ParcelComparison.Touched> touched = new ArrayList<>();
        // the records, their receipts and the message's outcome commit together: what is answered 202 is all there
        int[] counts = Retries.onConflict("message " + intakeId, () -> {
            touched.clear();
            return transactions.execute(status -> {
                intake.store(intakeId, sender.code(), now, body, type, messageGuid, signatureProblem == null
                        ? "ACCEPTED" : "SIGNATURE_FAILED", signatureProblem, signature.mode());
                return record(sender, intakeId, type, rule, declaration, signatureProblem, now, touched);
            });
        });
        if (!touched.isEmpty()) {
            compareAfterCommit(intakeId, touched);
        }
        return new Accepted(messageGuid, message.type().rootElement(), intakeId, counts[0], counts[1]);
    }

    /**
     * Compares the sets the message touched, now that its records are committed. What is stored is the sender's
     * answer: a comparison that keeps meeting concurrent work is left to the sweeper ({@link StrandedSets}), and
     * the sender still gets its 202.
     */
    private void compareAfterCommit(String intakeId, List<ParcelComparison.Touched> touched) {
        List<ParcelComparison.Touched> exported = exports.exportKeys(touched);
        List<ParcelComparison.Touched> imported = touched.stream().filter(t -> !exported.contains(t)).toList();
        try {
            Retries.onConflict("comparing again after message " + intakeId, () -> {
                if (!imported.isEmpty()) {
                    comparison.recheck(imported, clock.instant());
                }
                if (!exported.isEmpty()) {
                    exports.recheck(exported, clock.instant());
                }
                return null;
            });
        } catch (Refusal busy) {
            LOG.warn("message {}: its sets are left to the sweeper: {}", intakeId, busy.getMessage());
        }
    }

    private int[] record(Sender sender, String intakeId, String type, SenderRule rule,
                         ImportDocuments.Declaration declaration, String signatureProblem, Instant now,
                         List<ParcelComparison.Touched> touched) {
        int duplicates = 0;
        Set<String> seen = new HashSet<>(intake.seen(type,
                declaration.records().stream().map(DeclaredRecord::recordGuid).toList()));
        List<DeclaredRecord> taken = new ArrayList<>();
        for (int i = 0; i < declaration.records().size(); i++) {
            DeclaredRecord record = declaration.records().get(i);
            if (!seen.add(record.recordGuid())) {
                duplicates++;
                continue;
            }
            taken.add(record);
            String preNo = preNo(rule.receiptType(), record, now);
            if (signatureProblem != null) {
                issuer.issue(sender.code(), rule.receiptType(), record, preNo, rule.signatureFailed(),
                        "验签失败！" + signatureProblem, now);
            } else if (record.savedOnly()) {
                issuer.issue(sender.code(), rule.receiptType(), record, preNo, ReturnStatus.SAVED, "电子口岸已暂存",
                        now);
            } else if (ExportClearance.isExportDocument(declaration.documents().get(i))) {
                exports.take(sender.code(), rule.receiptType(), record, declaration.documents().get(i), preNo, now,
                        touched);
            } else if (!ParcelComparison.isParcelDocument(declaration.documents().get(i))) {
                followUps.take(sender.code(), rule.receiptType(), record, declaration.documents().get(i), preNo, now);
            } else {
                Object document = declaration.documents().get(i);
                var refusal = comparison.admit(type, record, document, sender.code());
                if (refusal.isPresent()) {
                    issuer.issue(sender.code(), rule.receiptType(), record, preNo, refusal.get().returnStatus(),
                            refusal.get().returnInfo(), now);
                } else {
                    issuer.issue(sender.code(), rule.receiptType(), record, preNo, ReturnStatus.DECLARING,
                            "电子口岸申报中", now);
                    // the customs side runs in this platform: handing the record over cannot fail on the way
                    issuer.issue(sender.code(), rule.receiptType(), record, preNo, ReturnStatus.SENT_TO_CUSTOMS,
                            "发送海关成功", now);
                    comparison.onDocument(record, document, sender.code(), preNo, now);
                    touched.add(ParcelComparison.touched(record, document));
                }
            }
        }
        intake.insertRecords(type, taken, intakeId, sender.code(), now);
        return new int[] {taken.size(), duplicates};
    }

    /** The E-Port pre-entry number a receipt carries: the inventory's, kept from its first declaration. */
    private String preNo(String receiptType, DeclaredRecord record, Instant now) {
        return switch (receiptType) {
            case "CEB622" -> comparison.preNoOf(record).orElseGet(() -> issuer.newPreNo(now));
            case "CEB624", "CEB626" -> followUps.preNoOf(record).orElseGet(() -> issuer.newPreNo(now));
            case "CEB604" -> exports.preNoOf(record).orElseGet(() -> issuer.newPreNo(now));
            case "CEB712", "CEB606", "CEB508", "CEB510", "CEB702", "CEB608", "CEB214", "CEB216" -> issuer.newPreNo(now);
            default -> null;
        };
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

    private SignatureCheck checkSignature(CebMessage message, byte[] business, Sender sender) {
        if (!message.type().signatureRequired() && !carriesSignature(message.body())) {
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

    private static boolean carriesSignature(Object body) {
        try {
            return body.getClass().getMethod("getSignature").invoke(body) != null;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static String rootGuid(Object body) {
        try {
            return (String) body.getClass().getMethod("getGuid").invoke(body);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
