package org.cbec.ceb.xml;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader over the bytes of a whole message for the plain XML that CEB messages are written in: UTF-8, an
 * optional declaration (version 1.0, encoding UTF-8), elements and attributes with ASCII names, namespace
 * declarations, text with the five predefined entities, comments. It serves what the compiled reader asks of a
 * StAX reader, at less cost than a general parser: names are matched as bytes against those seen before, text is
 * made into strings straight from the bytes. Anything outside that subset (a DTD, CDATA, a processing instruction,
 * a character reference, a carriage return in a value, a prefixed attribute, a name outside ASCII) and anything not
 * well-formed throws {@link OutsideSubset}, and the general parser reads the message again: this reader never
 * decides that a message is ill-formed, it only says when it is sure a message is well-formed. Tests hold its
 * events to Aalto's. Not thread-safe.
 */
final class SubsetXmlReader implements XMLStreamReader {

    /** The message is not in the subset, or not well-formed: the general parser decides. */
    static final class OutsideSubset extends XMLStreamException {
        private OutsideSubset() {
            super("outside the subset");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    static final OutsideSubset OUTSIDE = new OutsideSubset();

    private static final int MAX_DEPTH = 256;
    private static final int MAX_ATTRIBUTES = 64;
    /** Declarations in scope at once: each is looked for among the others, so a message of thousands is Aalto's. */
    private static final int MAX_NAMESPACES = 64;
    private static final byte PLAIN = 0;
    private static final byte SPACE = 1;
    private static final byte CARRIAGE_RETURN = 2;
    private static final byte SPECIAL = 3;
    private static final byte INVALID = 4;
    private static final byte NON_ASCII = 5;
    /** What a byte of text is: most are PLAIN, and one table look-up says so. */
    private static final byte[] TEXT = textClasses();
    private static final byte NAME_START = 1;
    private static final byte NAME_PART = 2;
    private static final byte[] NAME = nameClasses();

    private final NameTable names = new NameTable();
    private byte[] buf;
    private int pos;
    private int end;
    private int event;
    private boolean pendingEnd;
    private int depth;
    private final int[] openStart = new int[MAX_DEPTH];
    private final int[] openLength = new int[MAX_DEPTH];
    private final int[] openNamespaces = new int[MAX_DEPTH];
    // an open element's name and namespace as indexes: storing a reference costs a garbage collector's barrier
    private final int[] openName = new int[MAX_DEPTH];
    private final int[] openNamespace = new int[MAX_DEPTH];
    private final String[] unkeptNames = new String[MAX_DEPTH];
    private int namespaceCount;
    private final int[] prefixStart = new int[MAX_NAMESPACES];
    private final int[] prefixLength = new int[MAX_NAMESPACES];
    private final String[] namespaceUri = new String[MAX_NAMESPACES];
    private int attributeCount;
    private final int[] attributeNameStart = new int[MAX_ATTRIBUTES];
    private final int[] attributeNameEnd = new int[MAX_ATTRIBUTES];
    private final int[] attributeValueStart = new int[MAX_ATTRIBUTES];
    private final int[] attributeValueEnd = new int[MAX_ATTRIBUTES];
    private final boolean[] attributePlain = new boolean[MAX_ATTRIBUTES];
    private final String[] attributeValue = new String[MAX_ATTRIBUTES];
    private int textStart;
    private int textEnd;
    private boolean textWhite;
    private boolean textAscii;
    private boolean textDecoded;
    private String text;
    private char[] characters = new char[256];

    /** Starts reading a message; the bytes are not copied and must not change while they are read. */
    SubsetXmlReader reset(byte[] message) {
        buf = message;
        pos = 0;
        end = message.length;
        event = START_DOCUMENT;
        pendingEnd = false;
        depth = 0;
        namespaceCount = 0;
        attributeCount = 0;
        text = null;
        return this;
    }

    @Override
    public int next() throws XMLStreamException {
        if (pendingEnd) {
            pendingEnd = false;
            return event = END_ELEMENT;
        }
        if (event == END_ELEMENT) {
            depth--;
            namespaceCount = openNamespaces[depth];
            if (depth == 0) {
                return epilog();
            }
        } else if (event == START_DOCUMENT) {
            return prolog();
        } else if (event == END_DOCUMENT) {
            throw new IllegalStateException("no event after the end of the document");
        }
        attributeCount = 0;
        text = null;
        if (pos >= end) {
            throw OUTSIDE;
        }
        if (buf[pos] != '<') {
            return text();
        }
        byte next = at(pos + 1);
        if (next == '/') {
            return endTag();
        }
        if (next == '!') {
            // a comment; CDATA and declarations are for the general parser
            if (!startsWith(pos, "<!--")) {
                throw OUTSIDE;
            }
            comment();
            return event = COMMENT;
        }
        return startTag();
    }

    private int prolog() throws XMLStreamException {
        if (end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
        if (startsWith(pos, "<?xml") && isSpace(at(pos + 5))) {
            declaration();
        }
        while (true) {
            pos = skipSpaces(pos);
            if (startsWith(pos, "<!--")) {
                comment();
            } else if (pos < end && buf[pos] == '<' && NAME[at(pos + 1) & 0xFF] == NAME_START) {
                return startTag();
            } else {
                throw OUTSIDE;
            }
        }
    }

    private int epilog() throws XMLStreamException {
        while (true) {
            pos = skipSpaces(pos);
            if (pos == end) {
                return event = END_DOCUMENT;
            }
            if (!startsWith(pos, "<!--")) {
                throw OUTSIDE;
            }
            comment();
        }
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}, encoding and standalone optional. */
    private void declaration() throws OutsideSubset {
        int p = skipSpaces(pos + 5);
        p = pseudoAttribute(p, "version");
        if (!value(p, "1.0")) {
            throw OUTSIDE;
        }
        p = skipSpaces(p + 5);
        if (startsWith(p, "encoding")) {
            p = pseudoAttribute(p, "encoding");
            if (!value(p, "UTF-8") && !value(p, "utf-8")) {
                throw OUTSIDE;
            }
            p = skipSpaces(p + 7);
        }
        if (startsWith(p, "standalone")) {
            p = pseudoAttribute(p, "standalone");
            if (!value(p, "yes") && !value(p, "no")) {
                throw OUTSIDE;
            }
            p = skipSpaces(p + (at(p + 1) == 'y' ? 5 : 4));
        }
        if (!startsWith(p, "?>")) {
            throw OUTSIDE;
        }
        pos = p + 2;
    }

    private int pseudoAttribute(int p, String name) throws OutsideSubset {
        if (!startsWith(p, name) || !isSpace(at(p - 1))) {
            throw OUTSIDE;
        }
        p = skipSpaces(p + name.length());
        if (at(p) != '=') {
            throw OUTSIDE;
        }
        return skipSpaces(p + 1);
    }

    /** A quoted value at p, either quote. */
    private boolean value(int p, String expected) {
        byte quote = at(p);
        return (quote == '"' || quote == '\'') && startsWith(p + 1, expected) && at(p + 1 + expected.length()) == quote;
    }

    private int startTag() throws XMLStreamException {
        if (depth == MAX_DEPTH) {
            throw OUTSIDE;
        }
        int nameStart = pos + 1;
        int nameEnd = name(nameStart);
        int colon = -1;
        for (int i = nameStart; i < nameEnd; i++) {
            if (buf[i] == ':') {
                colon = i;
            }
        }
        int p = nameEnd;
        int namespacesBefore = namespaceCount;
        int count = 0;
        while (true) {
            byte b = at(p);
            if (b == '>') {
                p++;
                break;
            }
            if (b == '/' && at(p + 1) == '>') {
                p += 2;
                pendingEnd = true;
                break;
            }
            if (!isSpace(b)) {
                throw OUTSIDE;
            }
            p = skipSpaces(p);
            b = at(p);
            if (b == '>' || b == '/') {
                continue;
            }
            p = attribute(p, count, namespacesBefore);
            if (!isNamespaceDeclaration(count)) {
                count++;
            }
        }
        attributeCount = count;
        for (int i = 0; i < count; i++) {
            attributeValue[i] = null;
        }
        openNamespace[depth] = colon < 0 ? defaultNamespace() : namespace(nameStart, colon - nameStart);
        int name = names.slot(buf, colon < 0 ? nameStart : colon + 1, nameEnd);
        openName[depth] = name;
        if (name < 0) {
            unkeptNames[depth] = names.unkept(buf, colon < 0 ? nameStart : colon + 1, nameEnd);
        }
        openStart[depth] = nameStart;
        openLength[depth] = nameEnd - nameStart;
        openNamespaces[depth] = namespacesBefore;
        depth++;
        pos = p;
        return event = START_ELEMENT;
    }

    /** One attribute at p, stored at index unless it declares a namespace; returns the position after it. */
    private int attribute(int p, int index, int namespacesBefore) throws OutsideSubset {
        if (index == MAX_ATTRIBUTES) {
            throw OUTSIDE;
        }
        int nameStart = p;
        int nameEnd = name(p);
        p = skipSpaces(nameEnd);
        if (at(p) != '=') {
            throw OUTSIDE;
        }
        p = skipSpaces(p + 1);
        byte quote = at(p);
        if (quote != '"' && quote != '\'') {
            throw OUTSIDE;
        }
        int valueStart = ++p;
        boolean plain = true;
        while (true) {
            if (p >= end) {
                throw OUTSIDE;
            }
            int b = buf[p] & 0xFF;
            if (b == quote) {
                break;
            }
            switch (TEXT[b]) {
                case PLAIN -> p++;
                case NON_ASCII -> p = utf8(p);
                case SPECIAL -> {
                    if (b == '<') {
                        throw OUTSIDE;
                    }
                    if (b == '&') {
                        p = entity(p);
                        plain = false;
                    } else {
                        p++;
                    }
                }
                case SPACE -> {
                    // attribute-value normalisation turns tabs and line feeds into spaces: left to the parser
                    if (b != ' ') {
                        throw OUTSIDE;
                    }
                    p++;
                }
                default -> throw OUTSIDE;
            }
        }
        attributeNameStart[index] = nameStart;
        attributeNameEnd[index] = nameEnd;
        attributeValueStart[index] = valueStart;
        attributeValueEnd[index] = p;
        attributePlain[index] = plain;
        if (isNamespaceDeclaration(index)) {
            declare(index, namespacesBefore);
        } else {
            for (int i = nameStart; i < nameEnd; i++) {
                if (buf[i] == ':') {
                    throw OUTSIDE;
                }
            }
            for (int other = 0; other < index; other++) {
                if (sameBytes(attributeNameStart[other], attributeNameEnd[other], nameStart, nameEnd)) {
                    throw OUTSIDE;
                }
            }
        }
        return p + 1;
    }

    private boolean isNamespaceDeclaration(int index) {
        int start = attributeNameStart[index];
        int length = attributeNameEnd[index] - start;
        return startsWith(start, "xmlns") && (length == 5 || buf[start + 5] == ':');
    }

    private void declare(int index, int namespacesBefore) throws OutsideSubset {
        int start = attributeNameStart[index];
        int prefixAt = attributeNameEnd[index] - start == 5 ? start + 5 : start + 6;
        int length = attributeNameEnd[index] - prefixAt;
        boolean empty = attributeValueEnd[index] == attributeValueStart[index];
        // xml and xmlns are bound by the specification; an empty URI for a prefix is XML 1.1 only
        if ((length > 0 && empty) || (length == 3 && startsWith(prefixAt, "xml"))
                || (length == 5 && startsWith(prefixAt, "xmlns"))) {
            throw OUTSIDE;
        }
        for (int i = namespacesBefore; i < namespaceCount; i++) {
            if (prefixLength[i] == length && sameBytes(prefixStart[i], prefixStart[i] + length, prefixAt,
                    prefixAt + length)) {
                throw OUTSIDE;
            }
        }
        if (namespaceCount == MAX_NAMESPACES) {
            throw OUTSIDE;
        }
        prefixStart[namespaceCount] = prefixAt;
        prefixLength[namespaceCount] = length;
        namespaceUri[namespaceCount] = decode(attributeValueStart[index], attributeValueEnd[index],
                attributePlain[index], false);
        namespaceCount++;
    }

    /** The declaration in scope for unprefixed names, -1 for none. */
    private int defaultNamespace() {
        for (int i = namespaceCount - 1; i >= 0; i--) {
            if (prefixLength[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private int namespace(int prefix, int length) throws OutsideSubset {
        for (int i = namespaceCount - 1; i >= 0; i--) {
            if (prefixLength[i] == length && sameBytes(prefixStart[i], prefixStart[i] + length, prefix,
                    prefix + length)) {
                return i;
            }
        }
        throw OUTSIDE;
    }

    private int endTag() throws OutsideSubset {
        int start = openStart[depth - 1];
        int length = openLength[depth - 1];
        int p = pos + 2;
        if (p + length > end || !sameBytes(start, start + length, p, p + length)) {
            throw OUTSIDE;
        }
        p = skipSpaces(p + length);
        if (at(p) != '>') {
            throw OUTSIDE;
        }
        pos = p + 1;
        return event = END_ELEMENT;
    }

    private int text() throws OutsideSubset {
        int p = pos;
        boolean white = true;
        boolean ascii = true;
        boolean plain = true;
        boolean carriageReturn = false;
        while (true) {
            if (p >= end) {
                throw OUTSIDE;
            }
            int b = buf[p] & 0xFF;
            byte kind = TEXT[b];
            if (kind == PLAIN) {
                white = false;
                p++;
            } else if (kind == SPACE) {
                p++;
            } else if (b == '<') {
                break;
            } else if (kind == NON_ASCII) {
                p = utf8(p);
                white = false;
                ascii = false;
            } else if (b == '&') {
                p = entity(p);
                white = false;
                plain = false;
            } else if (b == ']') {
                if (at(p + 1) == ']' && at(p + 2) == '>') {
                    throw OUTSIDE;
                }
                white = false;
                p++;
            } else if (kind == CARRIAGE_RETURN) {
                carriageReturn = true;
                p++;
            } else if (kind == SPECIAL) {
                white = false;
                p++;
            } else {
                throw OUTSIDE;
            }
        }
        if (carriageReturn && !white) {
            // line ends in a value are normalised by the parser
            throw OUTSIDE;
        }
        textStart = pos;
        textEnd = p;
        textWhite = white;
        textAscii = ascii && plain && !carriageReturn;
        textDecoded = plain && !carriageReturn;
        pos = p;
        return event = CHARACTERS;
    }

    private void comment() throws OutsideSubset {
        int p = pos + 4;
        while (true) {
            if (p >= end) {
                throw OUTSIDE;
            }
            int b = buf[p] & 0xFF;
            if (b == '-' && at(p + 1) == '-') {
                if (at(p + 2) != '>') {
                    throw OUTSIDE;
                }
                break;
            }
            byte kind = TEXT[b];
            if (kind == NON_ASCII) {
                p = utf8(p);
            } else if (kind == INVALID || kind == CARRIAGE_RETURN) {
                throw OUTSIDE;
            } else {
                p++;
            }
        }
        textStart = pos + 4;
        textEnd = p;
        textWhite = false;
        textAscii = false;
        textDecoded = true;
        text = null;
        pos = p + 3;
    }

    /** One of the five predefined entities at p (on its ampersand); returns the position after it. */
    private int entity(int p) throws OutsideSubset {
        if (startsWith(p, "&amp;") || startsWith(p, "&quot;") || startsWith(p, "&apos;")) {
            return p + (at(p + 1) == 'a' && at(p + 2) == 'm' ? 5 : 6);
        }
        if (startsWith(p, "&lt;") || startsWith(p, "&gt;")) {
            return p + 4;
        }
        throw OUTSIDE;
    }

    /** A well-formed UTF-8 sequence of an XML character at p; returns the position after it. */
    private int utf8(int p) throws OutsideSubset {
        int b0 = buf[p] & 0xFF;
        if (b0 < 0xC2 || b0 > 0xF4) {
            throw OUTSIDE;
        }
        if (b0 < 0xE0) {
            continuation(p + 1);
            return p + 2;
        }
        int b1 = continuation(p + 1);
        if (b0 < 0xF0) {
            int b2 = continuation(p + 2);
            // no overlong form, no surrogate, neither U+FFFE nor U+FFFF (not XML characters)
            if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0)
                    || (b0 == 0xEF && b1 == 0xBF && b2 >= 0xBE)) {
                throw OUTSIDE;
            }
            return p + 3;
        }
        continuation(p + 2);
        continuation(p + 3);
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90)) {
            throw OUTSIDE;
        }
        return p + 4;
    }

    private int continuation(int p) throws OutsideSubset {
        int b = at(p) & 0xFF;
        if ((b & 0xC0) != 0x80) {
            throw OUTSIDE;
        }
        return b;
    }

    /** An ASCII name at p, at most one colon and not at either end; returns the position after it. */
    private int name(int p) throws OutsideSubset {
        if (NAME[at(p) & 0xFF] != NAME_START) {
            throw OUTSIDE;
        }
        int colons = 0;
        p++;
        while (p < end) {
            byte b = buf[p];
            if (NAME[b & 0xFF] != 0) {
                p++;
            } else if (b == ':' && colons == 0 && NAME[at(p + 1) & 0xFF] == NAME_START) {
                colons++;
                p += 2;
            } else {
                break;
            }
        }
        return p;
    }

    private String decode(int start, int stop, boolean plain, boolean ascii) {
        if (ascii) {
            return new String(buf, start, stop - start, StandardCharsets.ISO_8859_1);
        }
        String raw = new String(buf, start, stop - start, StandardCharsets.UTF_8);
        if (plain) {
            return raw;
        }
        return raw.replace("\r\n", "\n").replace('\r', '\n').replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private int skipSpaces(int p) {
        while (p < end && isSpace(buf[p])) {
            p++;
        }
        return p;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    private byte at(int p) {
        return p < end ? buf[p] : 0;
    }

    private boolean startsWith(int p, String ascii) {
        if (p < 0 || p + ascii.length() > end) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[p + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Names and prefixes are short: eight bytes at a time beats the JDK's vectorised comparison and its checks. */
    private boolean sameBytes(int start, int stop, int otherStart, int otherStop) {
        if (stop - start != otherStop - otherStart) {
            return false;
        }
        int i = start;
        int j = otherStart;
        for (; i + 8 <= stop; i += 8, j += 8) {
            if ((long) NameTable.LONGS.get(buf, i) != (long) NameTable.LONGS.get(buf, j)) {
                return false;
            }
        }
        for (; i < stop; i++, j++) {
            if (buf[i] != buf[j]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] textClasses() {
        byte[] classes = new byte[256];
        Arrays.fill(classes, 0, 0x20, INVALID);
        Arrays.fill(classes, 0x80, 0x100, NON_ASCII);
        classes[' '] = SPACE;
        classes['\t'] = SPACE;
        classes['\n'] = SPACE;
        classes['\r'] = CARRIAGE_RETURN;
        classes['<'] = SPECIAL;
        classes['&'] = SPECIAL;
        classes[']'] = SPECIAL;
        classes[0x7F] = PLAIN;
        return classes;
    }

    private static byte[] nameClasses() {
        byte[] classes = new byte[256];
        for (int c = 'a'; c <= 'z'; c++) {
            classes[c] = NAME_START;
            classes[c - 'a' + 'A'] = NAME_START;
        }
        classes['_'] = NAME_START;
        for (int c = '0'; c <= '9'; c++) {
            classes[c] = NAME_PART;
        }
        classes['-'] = NAME_PART;
        classes['.'] = NAME_PART;
        return classes;
    }

    // what the compiled reader asks of a StAX reader

    @Override
    public int getEventType() {
        return event;
    }

    @Override
    public boolean hasNext() {
        return event != END_DOCUMENT;
    }

    @Override
    public String getLocalName() {
        int name = openName[depth - 1];
        return name < 0 ? unkeptNames[depth - 1] : names.string(name);
    }

    @Override
    public String getNamespaceURI() {
        int declaration = openNamespace[depth - 1];
        return declaration < 0 ? "" : namespaceUri[declaration];
    }

    @Override
    public String getPrefix() {
        int start = openStart[depth - 1];
        int stop = start + openLength[depth - 1];
        for (int i = start; i < stop; i++) {
            if (buf[i] == ':') {
                return new String(buf, start, i - start, StandardCharsets.ISO_8859_1);
            }
        }
        return "";
    }

    @Override
    public QName getName() {
        return new QName(getNamespaceURI(), getLocalName(), getPrefix());
    }

    @Override
    public boolean hasName() {
        return event == START_ELEMENT || event == END_ELEMENT;
    }

    @Override
    public int getAttributeCount() {
        return attributeCount;
    }

    @Override
    public String getAttributeLocalName(int index) {
        return names.name(buf, attributeNameStart[index], attributeNameEnd[index]);
    }

    @Override
    public String getAttributeNamespace(int index) {
        return "";
    }

    @Override
    public String getAttributePrefix(int index) {
        return "";
    }

    @Override
    public QName getAttributeName(int index) {
        return new QName(getAttributeLocalName(index));
    }

    @Override
    public String getAttributeType(int index) {
        return "CDATA";
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        return true;
    }

    @Override
    public String getAttributeValue(int index) {
        String value = attributeValue[index];
        if (value == null) {
            value = decode(attributeValueStart[index], attributeValueEnd[index], attributePlain[index], false);
            attributeValue[index] = value;
        }
        return value;
    }

    @Override
    public String getAttributeValue(String namespace, String name) {
        if (namespace != null && !namespace.isEmpty()) {
            return null;
        }
        for (int i = 0; i < attributeCount; i++) {
            if (getAttributeLocalName(i).equals(name)) {
                return getAttributeValue(i);
            }
        }
        return null;
    }

    @Override
    public boolean isWhiteSpace() {
        return event == CHARACTERS && textWhite;
    }

    @Override
    public String getText() {
        if (text == null) {
            text = decode(textStart, textEnd, textDecoded, textAscii);
        }
        return text;
    }

    @Override
    public char[] getTextCharacters() {
        int length = getTextLength();
        if (characters.length < length) {
            characters = new char[Math.max(length, characters.length * 2)];
        }
        if (textAscii) {
            for (int i = 0; i < length; i++) {
                characters[i] = (char) buf[textStart + i];
            }
        } else {
            getText().getChars(0, length, characters, 0);
        }
        return characters;
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
        int copied = Math.min(length, getTextLength() - sourceStart);
        System.arraycopy(getTextCharacters(), sourceStart, target, targetStart, copied);
        return copied;
    }

    @Override
    public int getTextStart() {
        return 0;
    }

    @Override
    public int getTextLength() {
        return textAscii ? textEnd - textStart : getText().length();
    }

    @Override
    public boolean hasText() {
        return event == CHARACTERS || event == COMMENT;
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (event != START_ELEMENT) {
            throw OUTSIDE;
        }
        String collected = null;
        while (true) {
            int next = next();
            if (next == END_ELEMENT) {
                return collected == null ? "" : collected;
            }
            if (next == CHARACTERS) {
                collected = collected == null ? getText() : collected + getText();
            } else if (next != COMMENT) {
                throw OUTSIDE;
            }
        }
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int next = next();
        while (next == COMMENT || (next == CHARACTERS && textWhite)) {
            next = next();
        }
        if (next != START_ELEMENT && next != END_ELEMENT) {
            throw OUTSIDE;
        }
        return next;
    }

    @Override
    public void require(int type, String namespace, String name) throws XMLStreamException {
        if (type != event || (namespace != null && !namespace.equals(getNamespaceURI()))
                || (name != null && !name.equals(getLocalName()))) {
            throw new XMLStreamException("not the event required");
        }
    }

    @Override
    public boolean isStartElement() {
        return event == START_ELEMENT;
    }

    @Override
    public boolean isEndElement() {
        return event == END_ELEMENT;
    }

    @Override
    public boolean isCharacters() {
        return event == CHARACTERS;
    }

    @Override
    public void close() {
        buf = null;
    }

    @Override
    public Object getProperty(String name) {
        return null;
    }

    @Override
    public String getNamespaceURI(String prefix) {
        if (XMLConstants.XML_NS_PREFIX.equals(prefix)) {
            return XMLConstants.XML_NS_URI;
        }
        if (XMLConstants.XMLNS_ATTRIBUTE.equals(prefix)) {
            return XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
        }
        for (int i = namespaceCount - 1; i >= 0; i--) {
            if (prefix(i).equals(prefix)) {
                return namespaceUri[i];
            }
        }
        return null;
    }

    /** The declarations of the element the reader is on (at its start or its end tag). */
    @Override
    public int getNamespaceCount() {
        return namespaceCount - openNamespaces[depth - 1];
    }

    @Override
    public String getNamespacePrefix(int index) {
        return prefix(openNamespaces[depth - 1] + index);
    }

    @Override
    public String getNamespaceURI(int index) {
        return namespaceUri[openNamespaces[depth - 1] + index];
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        return new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                String uri = SubsetXmlReader.this.getNamespaceURI(prefix);
                return uri == null ? XMLConstants.NULL_NS_URI : uri;
            }

            @Override
            public String getPrefix(String uri) {
                Iterator<String> prefixes = getPrefixes(uri);
                return prefixes.hasNext() ? prefixes.next() : null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                List<String> prefixes = new ArrayList<>();
                for (int i = namespaceCount - 1; i >= 0; i--) {
                    String prefix = prefix(i);
                    // a prefix declared again further in hides the outer declaration
                    if (namespaceUri[i].equals(uri) && uri.equals(SubsetXmlReader.this.getNamespaceURI(prefix))
                            && !prefixes.contains(prefix)) {
                        prefixes.add(prefix);
                    }
                }
                return prefixes.iterator();
            }
        };
    }

    /** A declaration's prefix, "" for the default namespace. */
    private String prefix(int declaration) {
        return names.name(buf, prefixStart[declaration], prefixStart[declaration] + prefixLength[declaration]);
    }

    @Override
    public String getEncoding() {
        return "UTF-8";
    }

    @Override
    public Location getLocation() {
        int offset = pos;
        return new Location() {
            @Override
            public int getLineNumber() {
                return -1;
            }

            @Override
            public int getColumnNumber() {
                return -1;
            }

            @Override
            public int getCharacterOffset() {
                return offset;
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }
        };
    }

    @Override
    public String getVersion() {
        return "1.0";
    }

    @Override
    public boolean isStandalone() {
        return false;
    }

    @Override
    public boolean standaloneSet() {
        return false;
    }

    @Override
    public String getCharacterEncodingScheme() {
        return "UTF-8";
    }

    @Override
    public String getPITarget() {
        return null;
    }

    @Override
    public String getPIData() {
        return null;
    }

    /**
     * The names seen so far, by their bytes: a name read again is the same interned string. A name is keyed by its
     * length and its first and last eight bytes, read as two longs, which is the whole of any name up to sixteen
     * bytes (nearly all of the schemas'); longer ones are compared in full.
     */
    static final class NameTable {

        private static final int SIZE = 1024;
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);

        private final int[] lengths = new int[SIZE];
        private final long[] firsts = new long[SIZE];
        private final long[] lasts = new long[SIZE];
        private final byte[][] keys = new byte[SIZE][];
        private final String[] strings = new String[SIZE];
        private int filled;

        /** The slot of a name, -1 when the table is too full to keep it. */
        int slot(byte[] buf, int start, int stop) {
            int length = stop - start;
            long first;
            long last;
            if (length >= 8) {
                first = (long) LONGS.get(buf, start);
                last = (long) LONGS.get(buf, stop - 8);
            } else {
                first = 0;
                for (int i = stop - 1; i >= start; i--) {
                    first = first << 8 | (buf[i] & 0xFF);
                }
                last = first;
            }
            long mixed = (first * 0x9E3779B97F4A7C15L) ^ (last * 0xC2B2AE3D27D4EB4FL) ^ length;
            int slot = (int) (mixed >>> 54);
            while (strings[slot] != null) {
                if (lengths[slot] == length && firsts[slot] == first && lasts[slot] == last
                        && (length <= 16 || matches(keys[slot], buf, start))) {
                    return slot;
                }
                slot = (slot + 1) & (SIZE - 1);
            }
            // a message of made-up names must not grow the table without end: past half full, names are not kept
            if (filled == SIZE / 2) {
                return -1;
            }
            lengths[slot] = length;
            firsts[slot] = first;
            lasts[slot] = last;
            keys[slot] = Arrays.copyOfRange(buf, start, stop);
            strings[slot] = unkept(buf, start, stop);
            filled++;
            return slot;
        }

        String string(int slot) {
            return strings[slot];
        }

        /** A name the table does not keep. */
        String unkept(byte[] buf, int start, int stop) {
            return new String(buf, start, stop - start, StandardCharsets.ISO_8859_1).intern();
        }

        String name(byte[] buf, int start, int stop) {
            int slot = slot(buf, start, stop);
            return slot < 0 ? unkept(buf, start, stop) : strings[slot];
        }

        private static boolean matches(byte[] key, byte[] buf, int start) {
            for (int i = 0; i < key.length; i++) {
                if (key[i] != buf[start + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
