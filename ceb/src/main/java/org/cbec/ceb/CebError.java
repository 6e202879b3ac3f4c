package org.cbec.ceb;

/**
 * One thing wrong with a message: where (the element path, XPath-like with 1-based positions, and the line and
 * column of the input), which rule it breaks, and a sentence a declarant can act on.
 *
 * @param path   element path, e.g. {@code /CEB621Message/Inventory[1]/InventoryHead[1]/orderNo[1]}; "/" when the
 *               document itself is at fault (empty, not XML)
 * @param rule   the rule broken: an XSD rule id such as {@code cvc-maxLength-valid}, or one of this library's own
 *               ({@link #WELL_FORMED}, {@link #SIZE_LIMIT}, ...)
 * @param line   1-based line in the input, 0 when unknown
 * @param column 1-based column in the input, 0 when unknown
 */
public record CebError(String path, String rule, int line, int column, String message) {

    public static final String EMPTY = "empty-message";
    public static final String SIZE_LIMIT = "size-limit";
    public static final String DEPTH_LIMIT = "depth-limit";
    public static final String WELL_FORMED = "well-formed";
    public static final String DOCTYPE_FORBIDDEN = "doctype-forbidden";
    public static final String NAMESPACE = "namespace";
    public static final String UNKNOWN_MESSAGE_TYPE = "unknown-message-type";
    public static final String ROOT_NAME = "root-element-name";
    public static final String NOT_IN_VERSION = "not-in-schema-version";

    public static CebError ofDocument(String rule, String message) {
        return new CebError("/", rule, 0, 0, message);
    }

    /** One line: {@code line 12:5 /CEB311Message/... [cvc-maxLength-valid] message}. */
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ":" + column + " " : "") + path + " [" + rule + "] " + message;
    }
}
