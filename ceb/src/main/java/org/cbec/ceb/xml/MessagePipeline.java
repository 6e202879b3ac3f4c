package org.cbec.ceb.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cbec.ceb.CebError;
import org.cbec.ceb.MessageType;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The first SAX handler a message meets. It tracks the element path and the nesting depth, recognises the message
 * type from the root element, then hands every event, the buffered ones before the root included, to the
 * downstream chain chosen for that type (XSD validator, then JAXB unmarshaller): one pass over the bytes for
 * detection, validation and binding. Errors are collected with their path and line; parsing stops only where going
 * on makes no sense (not XML, unknown root, too deep, too many errors).
 */
final class MessagePipeline implements ContentHandler, ErrorHandler {

    /** Stops the parse; the reason is already in the error list. */
    static final class Stop extends SAXException {
        Stop() {
            super("stopped", null);
        }
    }

    private final ElementPath path = new ElementPath();
    private final List<String[]> pendingPrefixes = new ArrayList<>();
    private final Function<MessageType, ContentHandler> downstreamFor;
    private final int maxDepth;
    private final int maxErrors;
    private List<CebError> errors = new ArrayList<>();
    private Locator locator;
    private ContentHandler downstream;
    private MessageType type;

    MessagePipeline(Function<MessageType, ContentHandler> downstreamFor, int maxDepth, int maxErrors) {
        this.downstreamFor = downstreamFor;
        this.maxDepth = maxDepth;
        this.maxErrors = maxErrors;
    }

    void reset() {
        path.reset();
        pendingPrefixes.clear();
        errors = new ArrayList<>();
        locator = null;
        downstream = null;
        type = null;
    }

    List<CebError> errors() {
        return errors;
    }

    Optional<MessageType> type() {
        return Optional.ofNullable(type);
    }

    void addError(String rule, String message, int line, int column) {
        if (errors.size() < maxErrors) {
            errors.add(new CebError(path.render(), rule, line, column, message));
        }
    }

    private void stop(String rule, String message) throws Stop {
        addError(rule, message, line(), column());
        throw new Stop();
    }

    private int line() {
        return locator == null ? 0 : Math.max(0, locator.getLineNumber());
    }

    private int column() {
        return locator == null ? 0 : Math.max(0, locator.getColumnNumber());
    }

    @Override
    public void setDocumentLocator(Locator value) {
        this.locator = value;
    }

    @Override
    public void startDocument() {
        // forwarded when the root element has chosen the downstream chain
    }

    @Override
    public void endDocument() throws SAXException {
        if (downstream != null) {
            downstream.endDocument();
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (downstream == null) {
            pendingPrefixes.add(new String[] {prefix, uri});
        } else {
            downstream.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (downstream != null) {
            downstream.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        path.push(localName);
        if (path.depth() > maxDepth) {
            stop(CebError.DEPTH_LIMIT, "elements are nested deeper than " + maxDepth + " levels");
        }
        if (downstream == null) {
            chooseDownstream(uri, localName);
        }
        downstream.startElement(uri, localName, qName, atts);
    }

    private void chooseDownstream(String uri, String localName) throws SAXException {
        Optional<MessageType> byName = MessageType.byRootElement(localName);
        if (byName.isEmpty()) {
            if (localName.matches("CEB\\d{3}") && MessageType.byRootElement(localName + "Message").isPresent()) {
                type = MessageType.byRootElement(localName + "Message").get();
                stop(CebError.ROOT_NAME, "root element '" + localName + "' must be named '" + localName
                        + "Message'");
            }
            stop(CebError.UNKNOWN_MESSAGE_TYPE, "root element '" + localName
                    + "' is not a message of the CEB 202205 specification or a DXP envelope");
        }
        type = byName.get();
        if (!type.namespace().equals(uri)) {
            stop(CebError.NAMESPACE, "root element '" + localName + "' must be in namespace '" + type.namespace()
                    + "', found " + (uri.isEmpty() ? "no namespace" : "'" + uri + "'"));
        }
        downstream = downstreamFor.apply(type);
        if (downstream == null) {
            stop(CebError.NOT_IN_VERSION, "message " + localName + " is not defined in this schema version");
        }
        downstream.setDocumentLocator(locator);
        downstream.startDocument();
        for (String[] mapping : pendingPrefixes) {
            downstream.startPrefixMapping(mapping[0], mapping[1]);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        downstream.endElement(uri, localName, qName);
        path.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (downstream != null) {
            downstream.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (downstream != null) {
            downstream.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) {
        // processing instructions carry nothing in CEB messages
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        stop(CebError.WELL_FORMED, "entity '" + name + "' is not allowed");
    }

    // ErrorHandler of the XSD validator: schema errors are collected, parsing goes on to find the others.

    @Override
    public void warning(SAXParseException exception) {
        // XSD warnings do not make a message invalid
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        String text = e.getMessage() == null ? "invalid" : e.getMessage();
        int colon = text.indexOf(": ");
        String rule = colon > 0 && text.startsWith("cvc-") ? text.substring(0, colon) : "xsd";
        String message = colon > 0 && text.startsWith("cvc-") ? text.substring(colon + 2) : text;
        String attribute = attributeNamed(rule, message);
        if (isEcho(rule)) {
            if (attribute != null) {
                // the facet error before it was about this attribute, not about the element's content
                CebError facet = errors.remove(errors.size() - 1);
                errors.add(new CebError(facet.path() + "/@" + attribute, facet.rule(), facet.line(), facet.column(),
                        facet.message()));
            }
            return;
        }
        if (errors.size() < maxErrors) {
            errors.add(new CebError(path.render() + (attribute == null ? "" : "/@" + attribute), rule,
                    e.getLineNumber() > 0 ? e.getLineNumber() : line(),
                    e.getColumnNumber() > 0 ? e.getColumnNumber() : column(), message));
        }
        if (errors.size() >= maxErrors) {
            throw new Stop();
        }
    }

    /** Rules about one attribute, whose message names it first in quotes. */
    private static final java.util.Set<String> ATTRIBUTE_RULES = java.util.Set.of("cvc-attribute.3",
            "cvc-complex-type.3.2.2", "cvc-complex-type.4", "cvc-complex-type.3.1");
    private static final java.util.regex.Pattern ATTRIBUTE_NAME = java.util.regex.Pattern.compile(
            "[Aa]ttribute '([^']+)'");

    /** The attribute an error is about, when Xerces names one (so the path can end in {@code /@name}). */
    private static String attributeNamed(String rule, String message) {
        if (!ATTRIBUTE_RULES.contains(rule)) {
            return null;
        }
        java.util.regex.Matcher m = ATTRIBUTE_NAME.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Xerces follows a facet error (length, pattern, number format) with a second one that only says the value of
     * the element or attribute is invalid; the first already says why.
     */
    private boolean isEcho(String rule) {
        if (errors.isEmpty()) {
            return false;
        }
        boolean echo = rule.equals("cvc-type.3.1.3") || rule.equals("cvc-attribute.3")
                || rule.equals("cvc-elt.5.2.1") || rule.equals("cvc-complex-type.2.2");
        return echo && errors.get(errors.size() - 1).path().equals(path.render());
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        error(e);
        throw new Stop();
    }
}
