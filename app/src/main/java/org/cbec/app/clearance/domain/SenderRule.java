package org.cbec.app.clearance.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.registry.Role;

/**
 * Who may send a document and for which codes (CEB-SPEC.md §3 "sender"; the README's authorization table): the
 * roles a sender may send it in, and for each role the code field of the record that must then be the sender's own.
 * A code counts only in the role it names: an enterprise filed as EBC and AGENT is the ebcCode of an inventory as
 * an e-commerce enterprise and its agentCode as a declarant, never the agentCode because it is an EBC.
 * {@code copCode} of BaseTransfer must be the sender's for every message.
 *
 * @param receiptType     the receipt of the message, e.g. CEB622
 * @param fields          the code fields by which a sender may send it, each in its role
 * @param signatureFailed the receipt code when the record's signature does not hold
 */
public record SenderRule(String receiptType, List<CodeField> fields, String signatureFailed) {

    /** A code field of a record and the role in which the sender must be that code. */
    public record CodeField(String name, Role role, Function<DeclaredRecord, String> value) {
    }

    private static CodeField ebp() {
        return new CodeField("ebpCode", Role.EBP, DeclaredRecord::ebpCode);
    }

    private static CodeField ebc() {
        return new CodeField("ebcCode", Role.EBC, DeclaredRecord::ebcCode);
    }

    private static CodeField pay() {
        return new CodeField("payCode", Role.PAY, DeclaredRecord::payCode);
    }

    private static CodeField logistics() {
        return new CodeField("logisticsCode", Role.LOGISTICS, DeclaredRecord::logisticsCode);
    }

    private static CodeField agent() {
        return new CodeField("agentCode", Role.AGENT, DeclaredRecord::agentCode);
    }

    private static CodeField site() {
        return new CodeField("operatorCode", Role.SITE, DeclaredRecord::operatorCode);
    }

    /** The rule for a declaration message, e.g. {@code CEB621}; empty for messages intake does not take. */
    public static Optional<SenderRule> of(String messageType) {
        return Optional.ofNullable(switch (messageType) {
            case "CEB311" -> new SenderRule("CEB312", List.of(ebp(), ebc()), ReturnStatus.ORDER_CHECK_FAILED);
            case "CEB411" -> new SenderRule("CEB412", List.of(pay()), ReturnStatus.PAYMENT_CHECK_FAILED);
            case "CEB511" -> new SenderRule("CEB512", List.of(logistics()), ReturnStatus.WAYBILL_CHECK_FAILED);
            case "CEB621" -> new SenderRule("CEB622", List.of(agent(), ebc()),
                    ReturnStatus.INVENTORY_SIGNATURE_FAILED);
            case "CEB513" -> new SenderRule("CEB514", List.of(logistics()),
                    ReturnStatus.WAYBILL_STATUS_CHECK_FAILED);
            case "CEB623" -> new SenderRule("CEB624", List.of(agent(), ebc()),
                    ReturnStatus.CANCELLATION_SIGNATURE_FAILED);
            case "CEB625" -> new SenderRule("CEB626", List.of(agent(), ebc()), ReturnStatus.REFUND_SIGNATURE_FAILED);
            case "CEB711" -> new SenderRule("CEB712", List.of(site()), ReturnStatus.DELIVERY_CHECK_FAILED);
            case "CEB303" -> new SenderRule("CEB304", List.of(ebp(), ebc()), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB403" -> new SenderRule("CEB404", List.of(pay(), ebc()), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB505" -> new SenderRule("CEB506", List.of(logistics()), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB603", "CEB605", "CEB607", "CEB701" -> new SenderRule(Map.of("CEB603", "CEB604", "CEB605",
                    "CEB606", "CEB607", "CEB608", "CEB701", "CEB702").get(messageType), List.of(agent(), ebc()),
                    ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB507" -> new SenderRule("CEB508", List.of(logistics(), site()),
                    ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB509" -> new SenderRule("CEB510", List.of(logistics()), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB213" -> new SenderRule("CEB214", List.of(ebc(), agent()), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB215" -> new SenderRule("CEB216", List.of(site()), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            default -> null;
        });
    }

    /** The roles in which the message may be sent. */
    public Set<Role> roles() {
        return fields.stream().map(CodeField::role).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether one of the record's code fields is the sender's, in a role the sender is filed for. */
    public boolean ownedBy(DeclaredRecord record, String senderCode, Set<Role> senderRoles) {
        return fields.stream().anyMatch(f -> senderRoles.contains(f.role()) && senderCode.equals(f.value()
                .apply(record)));
    }

    /** For a refusal: each field with its value and role, e.g. {@code agentCode 1105910159 (as AGENT)}. */
    public String describe(DeclaredRecord record) {
        return fields.stream().map(f -> f.name() + " " + (f.value().apply(record) == null ? "(none)"
                : f.value().apply(record)) + " (as " + f.role() + ")").collect(Collectors.joining(", "));
    }
}
