package org.cbec.app.customs.domain;

import java.util.List;
import java.util.Set;

/**
 * An inventory under manual review and what officers may do with it (CEB-SPEC.md §4.1, §7.1). A case opens at 300
 * 人工审核. A reviewer approves (399 → 800), rejects (100), orders inspection (500), detains (501 扣留移送通关,
 * 502 扣留移送缉私, 503 扣留移送法规, 599 其它扣留) or returns the goods (700 退运); an inspector records the
 * inspection: passed (399 → 800), or detains, rejects or returns. A detained case is released, rejected or
 * returned by a reviewer. Rejection and return close the case and undo quota and tax. Every decision gives its
 * reason.
 */
public final class ReviewCase {

    public enum Status { OPEN, INSPECTION, DETAINED, CLOSED }

    public enum Action { APPROVE, REJECT, INSPECT, INSPECTION_PASSED, DETAIN, RETURN }

    /** Where a decision leaves the inventory. */
    public enum Result { RELEASED, REJECTED, INSPECTION, DETAINED, RETURNED }

    /** The detention codes an officer chooses from. */
    public static final Set<String> DETENTIONS = Set.of("501", "502", "503", "599");

    /** A status the inventory passes through: its receipt code and text. */
    public record Step(String returnStatus, String info) {
    }

    /** What a decision does: the inventory's steps and state, the case's next status, and whether to undo. */
    public record Outcome(List<Step> steps, Result inventoryState, Status next, boolean undo) {
    }

    /** A decision that cannot be taken, and why; {@code kind} says whether the officer, the state or the input. */
    public static final class Refused extends RuntimeException {
        public enum Kind { ROLE, STATE, INPUT }

        private final Kind kind;

        Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    private ReviewCase() {
    }

    public static Outcome decide(Status status, Action action, String detention, String reason,
                                 Set<OfficerRole> roles) {
        if (reason == null || reason.isBlank()) {
            throw new Refused(Refused.Kind.INPUT, "reason: every decision says why");
        }
        if (reason.length() > 1000) {
            throw new Refused(Refused.Kind.INPUT, "reason: at most 1,000 characters");
        }
        boolean reviewer = roles.contains(OfficerRole.REVIEWER);
        boolean inspector = roles.contains(OfficerRole.INSPECTOR);
        boolean allowed = switch (action) {
            case APPROVE -> reviewer && (status == Status.OPEN || status == Status.DETAINED);
            case INSPECT -> reviewer && status == Status.OPEN;
            case INSPECTION_PASSED -> inspector && status == Status.INSPECTION;
            case REJECT, DETAIN, RETURN -> (reviewer && status != Status.CLOSED)
                    || (inspector && status == Status.INSPECTION);
        };
        if (!allowed) {
            if (!reviewer && !inspector) {
                throw new Refused(Refused.Kind.ROLE, "only a REVIEWER or an INSPECTOR decides on an inventory");
            }
            boolean someRoleCould = switch (action) {
                case APPROVE -> status == Status.OPEN || status == Status.DETAINED;
                case INSPECT -> status == Status.OPEN;
                case INSPECTION_PASSED -> status == Status.INSPECTION;
                case REJECT, DETAIN, RETURN -> status != Status.CLOSED;
            };
            throw someRoleCould ? new Refused(Refused.Kind.ROLE, action + " is not for an officer with roles " + roles)
                    : new Refused(Refused.Kind.STATE, action + " is not taken for a case that is " + status);
        }
        return switch (action) {
            case APPROVE -> new Outcome(List.of(new Step("399", "海关审结: " + reason), new Step("800", "放行")),
                    Result.RELEASED, Status.CLOSED, false);
            case INSPECTION_PASSED -> new Outcome(List.of(new Step("399", "海关审结: 查验正常 " + reason),
                    new Step("800", "放行")), Result.RELEASED, Status.CLOSED, false);
            case REJECT -> new Outcome(List.of(new Step("100", "海关退单: " + reason)), Result.REJECTED,
                    Status.CLOSED, true);
            case INSPECT -> new Outcome(List.of(new Step("500", "查验: " + reason)), Result.INSPECTION,
                    Status.INSPECTION, false);
            case DETAIN -> {
                // Set.of's contains(null) throws: a detention not given is refused by name, not a 500
                if (detention == null || !DETENTIONS.contains(detention)) {
                    throw new Refused(Refused.Kind.INPUT, "returnStatus: a detention is 501, 502, 503 or 599, not "
                            + detention);
                }
                yield new Outcome(List.of(new Step(detention, detentionText(detention) + ": " + reason)),
                        Result.DETAINED, Status.DETAINED, false);
            }
            case RETURN -> new Outcome(List.of(new Step("700", "退运: " + reason)), Result.RETURNED,
                    Status.CLOSED, true);
        };
    }

    private static String detentionText(String code) {
        return switch (code) {
            case "501" -> "扣留移送通关";
            case "502" -> "扣留移送缉私";
            case "503" -> "扣留移送法规";
            default -> "其它扣留";
        };
    }
}
