package org.cbec.ceb.xml;

import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

/**
 * Canonical XML 1.0 (W3C, 2001-03-15) without comments, written as UTF-8 from a reader's events: start and end
 * tags always both, a namespace declaration only where it changes what its prefix means to the parent written,
 * declarations sorted by prefix and then attributes by name (attributes here are never prefixed: the subset reader
 * refuses them), and the characters each context escapes. The caller skips what is outside the node set.
 */
final class CanonicalXml {

    private byte[] out = new byte[8192];
    private int length;
    private String[] sorted = new String[8];

    void reset() {
        length = 0;
    }

    byte[] bytes() {
        return Arrays.copyOf(out, length);
    }

    /**
     * Writes a start tag. {@code parentBindings} is how many of the parts' bindings the parent written had in
     * scope; 0 for the apex of a subtree, which declares every binding in scope.
     */
    void start(XMLStreamReader reader, int parentBindings, SignedParts parts) {
        ascii('<');
        name(reader.getPrefix(), reader.getLocalName());
        List<String> prefixes = parts.prefixes(parentBindings, parts.bindingCount());
        prefixes.sort(null);
        for (String prefix : prefixes) {
            String uri = parts.bound(prefix, parts.bindingCount());
            String before = parts.bound(prefix, parentBindings);
            boolean changes = prefix.isEmpty() && uri.isEmpty() ? before != null && !before.isEmpty()
                    : !uri.equals(before);
            if (changes) {
                ascii(' ');
                ascii(prefix.isEmpty() ? "xmlns" : "xmlns:");
                ascii(prefix);
                ascii("=\"");
                escaped(uri, true);
                ascii('"');
            }
        }
        int count = reader.getAttributeCount();
        if (sorted.length < count) {
            sorted = new String[count * 2];
        }
        for (int i = 0; i < count; i++) {
            sorted[i] = reader.getAttributeLocalName(i);
        }
        Arrays.sort(sorted, 0, count);
        for (int i = 0; i < count; i++) {
            ascii(' ');
            ascii(sorted[i]);
            ascii("=\"");
            escaped(reader.getAttributeValue(null, sorted[i]), true);
            ascii('"');
        }
        ascii('>');
    }

    void end(XMLStreamReader reader) {
        ascii("</");
        name(reader.getPrefix(), reader.getLocalName());
        ascii('>');
    }

    void text(String text) {
        escaped(text, false);
    }

    private void name(String prefix, String localName) {
        if (prefix != null && !prefix.isEmpty()) {
            ascii(prefix);
            ascii(':');
        }
        ascii(localName);
    }

    /** Names are ASCII in the subset. */
    private void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            out[length++] = (byte) s.charAt(i);
        }
    }

    private void ascii(char c) {
        room(1);
        out[length++] = (byte) c;
    }

    private void escaped(String s, boolean attribute) {
        room(s.length() * 6);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> raw("&amp;");
                case '<' -> raw("&lt;");
                case '>' -> {
                    if (attribute) {
                        out[length++] = '>';
                    } else {
                        raw("&gt;");
                    }
                }
                case '"' -> {
                    if (attribute) {
                        raw("&quot;");
                    } else {
                        out[length++] = '"';
                    }
                }
                case '\t' -> {
                    if (attribute) {
                        raw("&#x9;");
                    } else {
                        out[length++] = '\t';
                    }
                }
                case '\n' -> {
                    if (attribute) {
                        raw("&#xA;");
                    } else {
                        out[length++] = '\n';
                    }
                }
                case '\r' -> raw("&#xD;");
                default -> {
                    if (c < 0x80) {
                        out[length++] = (byte) c;
                    } else if (c < 0x800) {
                        out[length++] = (byte) (0xC0 | c >> 6);
                        out[length++] = (byte) (0x80 | c & 0x3F);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int point = Character.toCodePoint(c, s.charAt(++i));
                        out[length++] = (byte) (0xF0 | point >> 18);
                        out[length++] = (byte) (0x80 | point >> 12 & 0x3F);
                        out[length++] = (byte) (0x80 | point >> 6 & 0x3F);
                        out[length++] = (byte) (0x80 | point & 0x3F);
                    } else {
                        out[length++] = (byte) (0xE0 | c >> 12);
                        out[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                        out[length++] = (byte) (0x80 | c & 0x3F);
                    }
                }
            }
        }
    }

    /** Writes an escape sequence into room already made. */
    private void raw(String s) {
        for (int i = 0; i < s.length(); i++) {
            out[length++] = (byte) s.charAt(i);
        }
    }

    private void room(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
