package org.cbec.ceb;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every message of the 202205 CEB specification (CEB-SPEC.md §3), and the DXP envelopes. The root element name
 * decides the type; the message number decides the side.
 */
public enum MessageType {
    CEB311(Side.IMPORT, Kind.DECLARATION, false, "import order"),
    CEB312(Side.IMPORT, Kind.RECEIPT, false, "import order receipt"),
    CEB411(Side.IMPORT, Kind.DECLARATION, false, "import payment"),
    CEB412(Side.IMPORT, Kind.RECEIPT, false, "import payment receipt"),
    CEB511(Side.IMPORT, Kind.DECLARATION, false, "import waybill"),
    CEB512(Side.IMPORT, Kind.RECEIPT, false, "import waybill receipt"),
    CEB513(Side.IMPORT, Kind.DECLARATION, false, "waybill status"),
    CEB514(Side.IMPORT, Kind.RECEIPT, false, "waybill status receipt"),
    CEB621(Side.IMPORT, Kind.DECLARATION, true, "import inventory"),
    CEB622(Side.IMPORT, Kind.RECEIPT, false, "import inventory receipt"),
    CEB623(Side.IMPORT, Kind.DECLARATION, true, "import inventory cancellation"),
    CEB624(Side.IMPORT, Kind.RECEIPT, false, "import cancellation receipt"),
    CEB625(Side.IMPORT, Kind.DECLARATION, true, "import return application"),
    CEB626(Side.IMPORT, Kind.RECEIPT, false, "import return receipt"),
    CEB711(Side.IMPORT, Kind.DECLARATION, true, "warehouse-entry detail"),
    CEB712(Side.IMPORT, Kind.RECEIPT, false, "warehouse-entry receipt"),
    CEB816(Side.IMPORT, Kind.CUSTOMS, false, "electronic tax bill"),
    CEB818(Side.IMPORT, Kind.CUSTOMS, false, "tax bill status"),
    CEB900(Side.IMPORT, Kind.RECEIPT, false, "format-check receipt"),

    CEB303(Side.EXPORT, Kind.DECLARATION, false, "export order"),
    CEB304(Side.EXPORT, Kind.RECEIPT, false, "export order receipt"),
    CEB403(Side.EXPORT, Kind.DECLARATION, false, "export receipt of payment"),
    CEB404(Side.EXPORT, Kind.RECEIPT, false, "export receipt-of-payment receipt"),
    CEB505(Side.EXPORT, Kind.DECLARATION, false, "export waybill"),
    CEB506(Side.EXPORT, Kind.RECEIPT, false, "export waybill receipt"),
    CEB507(Side.EXPORT, Kind.DECLARATION, false, "arrival at the supervised site"),
    CEB508(Side.EXPORT, Kind.RECEIPT, false, "arrival receipt"),
    CEB509(Side.EXPORT, Kind.DECLARATION, false, "departure"),
    CEB510(Side.EXPORT, Kind.RECEIPT, false, "departure receipt"),
    CEB603(Side.EXPORT, Kind.DECLARATION, false, "export inventory"),
    CEB604(Side.EXPORT, Kind.RECEIPT, false, "export inventory receipt"),
    CEB605(Side.EXPORT, Kind.DECLARATION, false, "export inventory cancellation"),
    CEB606(Side.EXPORT, Kind.RECEIPT, false, "export cancellation receipt"),
    CEB607(Side.EXPORT, Kind.DECLARATION, false, "master/sub waybill list"),
    CEB608(Side.EXPORT, Kind.RECEIPT, false, "master/sub waybill list receipt"),
    CEB213(Side.EXPORT, Kind.DECLARATION, false, "export return application"),
    CEB214(Side.EXPORT, Kind.RECEIPT, false, "export return receipt"),
    CEB215(Side.EXPORT, Kind.DECLARATION, false, "return tally detail"),
    CEB216(Side.EXPORT, Kind.RECEIPT, false, "return tally receipt"),
    CEB701(Side.EXPORT, Kind.DECLARATION, false, "summary application"),
    CEB702(Side.EXPORT, Kind.RECEIPT, false, "summary application receipt"),
    CEB792(Side.EXPORT, Kind.CUSTOMS, false, "summary result"),

    DXP_MSG(Side.DXP, Kind.ENVELOPE, false, "DXP terminal-node envelope", "DxpMsg"),
    DXP_MSG_SV(Side.DXP, Kind.ENVELOPE, false, "DXP transport-node envelope", "DxpMsgSv"),
    DXP_REP(Side.DXP, Kind.ENVELOPE, false, "DXP exchange-platform response", "DxpRep");

    /** What a message is for. */
    public enum Kind { DECLARATION, RECEIPT, CUSTOMS, ENVELOPE }

    public static final String CEB_NAMESPACE = "http://www.chinaport.gov.cn/ceb";
    public static final String DXP_NAMESPACE = "http://www.chinaport.gov.cn/dxp";

    private static final Map<String, MessageType> BY_ROOT = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MessageType::rootElement, Function.identity()));

    private static final Map<SchemaVersion, Map<MessageType, Optional<Class<?>>>> BINDINGS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Side side;
    private final Kind kind;
    private final boolean signatureRequired;
    private final String description;
    private final String rootElement;

    MessageType(Side side, Kind kind, boolean signatureRequired, String description) {
        this(side, kind, signatureRequired, description, null);
    }

    MessageType(Side side, Kind kind, boolean signatureRequired, String description, String rootElement) {
        this.side = side;
        this.kind = kind;
        this.signatureRequired = signatureRequired;
        this.description = description;
        this.rootElement = rootElement != null ? rootElement : name() + "Message";
    }

    public Side side() {
        return side;
    }

    public Kind kind() {
        return kind;
    }

    /** The XSD makes {@code ds:Signature} mandatory for CEB621, 623, 625 and 711 only. */
    public boolean signatureRequired() {
        return signatureRequired;
    }

    public String description() {
        return description;
    }

    /** The root element's local name, e.g. {@code CEB621Message}. */
    public String rootElement() {
        return rootElement;
    }

    /** The namespace of the root element. */
    public String namespace() {
        return side == Side.DXP ? DXP_NAMESPACE : CEB_NAMESPACE;
    }

    /** The generated binding class of this message in a schema version. */
    public Class<?> bindingClass(SchemaVersion version) {
        return binding(version).orElseThrow(() -> new IllegalStateException(
                "message " + this + " is not defined in the " + version + " schema"));
    }

    /** Whether the schema version defines this message (CEB213-216 are new in 202205). */
    public boolean definedIn(SchemaVersion version) {
        return binding(version).isPresent();
    }

    private Optional<Class<?>> binding(SchemaVersion version) {
        return BINDINGS.computeIfAbsent(version, v -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(this, type -> {
                    try {
                        return Optional.of(Class.forName(version.bindingPackage(side) + "." + rootElement, false,
                                MessageType.class.getClassLoader()));
                    } catch (ClassNotFoundException e) {
                        return Optional.empty();
                    }
                });
    }

    public static Optional<MessageType> byRootElement(String localName) {
        return Optional.ofNullable(BY_ROOT.get(localName));
    }

    /** The type of a generated binding object, by its class name. */
    public static Optional<MessageType> ofBinding(Object message) {
        return byRootElement(message.getClass().getSimpleName());
    }
}
