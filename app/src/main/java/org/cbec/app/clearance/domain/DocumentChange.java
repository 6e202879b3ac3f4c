package org.cbec.app.clearance.domain;

import java.util.Optional;

/**
 * Whether a record may add, modify or delete a document in the state its parcel is in (appType 1/2/3), and the
 * spec's error code when it may not (CEB-SPEC.md §7.3).
 */
public final class DocumentChange {

    /** A refused change: the receipt's returnStatus and returnInfo. */
    public record Refusal(String returnStatus, String returnInfo) {
    }

    /** What the platform knows of the document already. */
    public enum Existing { NONE, OPEN, RELEASED }

    private DocumentChange() {
    }

    /**
     * @param messageType CEB311, CEB411, CEB511 or CEB621
     * @param key         the document's number, for the message (orderNo, logisticsNo, copNo)
     */
    public static Optional<Refusal> check(String messageType, String appType, Existing existing, String key) {
        return switch (appType == null ? "1" : appType) {
            case "1" -> existing == Existing.NONE ? Optional.empty() : Optional.of(duplicate(messageType, key));
            case "2", "3" -> switch (existing) {
                case NONE -> Optional.of(notFound(messageType, key));
                case OPEN -> Optional.empty();
                case RELEASED -> Optional.of(wrongState(messageType, key));
            };
            default -> Optional.of(new Refusal(codes(messageType)[3], "appType " + appType + " is not 1, 2 or 3"));
        };
    }

    /** [duplicate, not found, wrong state, parameter check] per message. */
    private static String[] codes(String messageType) {
        return switch (messageType) {
            case "CEB311" -> new String[] {"-301010", "-301009", "-301011", "-301008"};
            case "CEB411" -> new String[] {"-401007", "-401006", "-401008", "-401009"};
            case "CEB511" -> new String[] {"-504015", "-504014", "-504016", "-504011"};
            case "CEB621" -> new String[] {"-621004", "-621011", "-621012", "-621001"};
            default -> throw new IllegalArgumentException(messageType);
        };
    }

    private static Refusal duplicate(String messageType, String key) {
        return new Refusal(codes(messageType)[0], switch (messageType) {
            case "CEB311" -> "已存在相同编号的订单 " + key;
            case "CEB411" -> "已存在相同编号的支付单 " + key;
            case "CEB511" -> "已存在相同编号的运单 " + key;
            default -> "清单[" + key + "]已经申报过，请勿重复申报";
        } + " (appType 1 adds a new document; 2 modifies one)");
    }

    private static Refusal notFound(String messageType, String key) {
        return new Refusal(codes(messageType)[1], switch (messageType) {
            case "CEB311" -> "订单标识(appType)不正确,未找到操作的订单 " + key;
            case "CEB411" -> "支付单标识(appType)不正确,未找到对应操作的支付单 " + key;
            case "CEB511" -> "运单标识(appType)不正确,未找到操作的运单 " + key;
            default -> "不存在已申报的清单[" + key + "]，无法进行改单操作";
        });
    }

    private static Refusal wrongState(String messageType, String key) {
        return new Refusal(codes(messageType)[2], switch (messageType) {
            case "CEB311" -> "该订单已向海关申报清单，状态不符 " + key;
            case "CEB411" -> "该支付单已向海关申报支付单，状态不符 " + key;
            case "CEB511" -> "该运单已向海关申报运单，状态不符 " + key;
            default -> "清单[" + key + "]的申报状态不符合改单申报的条件";
        } + " (released by customs)");
    }
}
