package org.cbec.app.clearance.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cbec.app.registry.Role;

/**
 * Who may send a document and for which codes: the role the sender must be filed for, and the code fields of each
 * record of which one must be the sender's own (CEB-SPEC.md §3 "sender"). {@code copCode} of BaseTransfer must be
 * the sender's for every message.
 *
 * @param roles           the sender must hold one of these roles
 * @param ownFields       names of the fields checked, for the error message
 * @param ownCodes        the values of those fields in a record
 * @param signatureFailed the receipt code when the record's signature does not hold
 */
public record SenderRule(String receiptType, Set<Role> roles, List<String> ownFields,
                         Function<DeclaredRecord, List<String>> ownCodes, String signatureFailed) {

    /** The rule for a declaration message, e.g. {@code CEB621}; empty for messages intake does not take. */
    public static Optional<SenderRule> of(String messageType) {
        return Optional.ofNullable(switch (messageType) {
            case "CEB311" -> new SenderRule("CEB312", Set.of(Role.EBP, Role.EBC), List.of("ebpCode", "ebcCode"),
                    r -> List.of(nz(r.ebpCode()), nz(r.ebcCode())), ReturnStatus.ORDER_CHECK_FAILED);
            case "CEB411" -> new SenderRule("CEB412", Set.of(Role.PAY), List.of("payCode"),
                    r -> List.of(nz(r.payCode())), ReturnStatus.PAYMENT_CHECK_FAILED);
            case "CEB511" -> new SenderRule("CEB512", Set.of(Role.LOGISTICS), List.of("logisticsCode"),
                    r -> List.of(nz(r.logisticsCode())), ReturnStatus.WAYBILL_CHECK_FAILED);
            case "CEB621" -> new SenderRule("CEB622", Set.of(Role.AGENT, Role.EBC), List.of("agentCode", "ebcCode"),
                    r -> List.of(nz(r.agentCode()), nz(r.ebcCode())), ReturnStatus.INVENTORY_SIGNATURE_FAILED);
            case "CEB513" -> new SenderRule("CEB514", Set.of(Role.LOGISTICS), List.of("logisticsCode"),
                    r -> List.of(nz(r.logisticsCode())), ReturnStatus.WAYBILL_STATUS_CHECK_FAILED);
            case "CEB623" -> new SenderRule("CEB624", Set.of(Role.AGENT, Role.EBC), List.of("agentCode", "ebcCode"),
                    r -> List.of(nz(r.agentCode()), nz(r.ebcCode())), ReturnStatus.CANCELLATION_SIGNATURE_FAILED);
            case "CEB625" -> new SenderRule("CEB626", Set.of(Role.AGENT, Role.EBC), List.of("agentCode", "ebcCode"),
                    r -> List.of(nz(r.agentCode()), nz(r.ebcCode())), ReturnStatus.REFUND_SIGNATURE_FAILED);
            case "CEB711" -> new SenderRule("CEB712", Set.of(Role.SITE), List.of("operatorCode"),
                    r -> List.of(nz(r.operatorCode())), ReturnStatus.DELIVERY_CHECK_FAILED);
            case "CEB303" -> new SenderRule("CEB304", Set.of(Role.EBP, Role.EBC), List.of("ebpCode", "ebcCode"),
                    r -> List.of(nz(r.ebpCode()), nz(r.ebcCode())), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB403" -> new SenderRule("CEB404", Set.of(Role.PAY, Role.EBC), List.of("payCode", "ebcCode"),
                    r -> List.of(nz(r.payCode()), nz(r.ebcCode())), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB505" -> new SenderRule("CEB506", Set.of(Role.LOGISTICS), List.of("logisticsCode"),
                    r -> List.of(nz(r.logisticsCode())), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB603", "CEB605", "CEB607", "CEB701" -> new SenderRule(Map.of("CEB603", "CEB604", "CEB605",
                    "CEB606", "CEB607", "CEB608", "CEB701", "CEB702").get(messageType),
                    Set.of(Role.AGENT, Role.EBC), List.of("agentCode", "ebcCode"),
                    r -> List.of(nz(r.agentCode()), nz(r.ebcCode())), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB507" -> new SenderRule("CEB508", Set.of(Role.LOGISTICS, Role.SITE),
                    List.of("logisticsCode", "operatorCode"), r -> List.of(nz(r.logisticsCode()),
                    nz(r.operatorCode())), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB509" -> new SenderRule("CEB510", Set.of(Role.LOGISTICS), List.of("logisticsCode"),
                    r -> List.of(nz(r.logisticsCode())), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB213" -> new SenderRule("CEB214", Set.of(Role.EBC, Role.AGENT), List.of("ebcCode", "agentCode"),
                    r -> List.of(nz(r.ebcCode()), nz(r.agentCode())), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            case "CEB215" -> new SenderRule("CEB216", Set.of(Role.SITE), List.of("operatorCode"),
                    r -> List.of(nz(r.operatorCode())), ReturnStatus.EXPORT_SIGNATURE_FAILED);
            default -> null;
        });
    }

    /** Whether one of the record's code fields is the sender's. */
    public boolean ownedBy(DeclaredRecord record, String senderCode) {
        return ownCodes.apply(record).contains(senderCode);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
