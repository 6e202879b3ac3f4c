package org.cbec.ceb.xml;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.SchemaVersion;
import org.cbec.ceb.Side;

/**
 * Writes a binding object of the CEB side exactly as {@code CebWriter}'s JAXB marshaller does (UTF-8, {@code ceb:}
 * declared on the root, tab-indented, the same escapes), byte for byte, by walking the compiled schema's sequences:
 * the platform writes about fifteen one-record receipts a parcel, and JAXB's runtime model spent tens of
 * microseconds on each where this takes a few. Whatever it cannot vouch for (a signature, a DXP envelope, a field
 * the compiled schema does not support) it leaves to the marshaller by answering null.
 * {@code CompiledWriterDifferentialTest} holds it to JAXB's bytes on every official sample and a message of every
 * type.
 */
public final class CompiledWriter {

    private static final String PREFIX = "ceb:";

    private CompiledWriter() {
    }

    /** The message as JAXB would write it after the XML declaration, or null when the marshaller must write it. */
    public static byte[] write(Object message, SchemaVersion version, Side side) {
        XmlRootElement root = message.getClass().getAnnotation(XmlRootElement.class);
        // the generated classes of the CEB sides name their namespace in their package (a CEB message's root is
        // looked up among the schema's roots below)
        if (side == Side.DXP || root == null) {
            return null;
        }
        CompiledSchema.ComplexType type = CompiledSchema.of(version, side).root(root.name());
        if (type == null || type.javaClass != message.getClass()) {
            return null;
        }
        StringBuilder out = new StringBuilder(2048);
        try {
            // JAXB's formatted fragment starts on a line of its own
            out.append('\n');
            element(out, root.name(), type, message, 0, " xmlns:ceb=\"" + MessageType.CEB_NAMESPACE + "\"");
            out.append('\n');
        } catch (CompiledReader.NotSure | IllegalAccessException e) {
            return null;
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder out, String name, CompiledSchema.ComplexType type, Object object,
                                int depth, String namespaces) throws CompiledReader.NotSure, IllegalAccessException {
        if (type.unsupported) {
            throw CompiledReader.NOT_SURE;
        }
        indent(out, depth);
        out.append('<').append(PREFIX).append(name).append(namespaces);
        for (CompiledSchema.Particle attribute : type.attributes) {
            Object value = attribute.field == null ? null : attribute.field.get(object);
            if (value == null) {
                continue;
            }
            if (attribute.kind != CompiledSchema.Kind.STRING) {
                throw CompiledReader.NOT_SURE;
            }
            out.append(' ').append(attribute.name).append("=\"");
            escape(out, (String) value, true);
            out.append('"');
        }
        boolean children = false;
        for (CompiledSchema.Particle particle : type.sequence) {
            Object value = particle.field == null ? null : particle.field.get(object);
            if (value == null) {
                continue;
            }
            for (Object item : particle.list ? (List<?>) value : List.of(value)) {
                if (!children) {
                    out.append('>');
                    children = true;
                }
                child(out, particle, item, depth + 1);
            }
        }
        if (children) {
            indent(out, depth);
            out.append("</").append(PREFIX).append(name).append('>');
        } else {
            out.append("/>");
        }
    }

    private static void child(StringBuilder out, CompiledSchema.Particle particle, Object value, int depth)
            throws CompiledReader.NotSure, IllegalAccessException {
        String text = switch (particle.kind) {
            case COMPLEX -> null;
            case STRING -> (String) value;
            // as JAXB prints xs:decimal and xs:int
            case DECIMAL -> ((BigDecimal) value).toPlainString();
            case INT -> value.toString();
            default -> throw CompiledReader.NOT_SURE;
        };
        if (text == null) {
            element(out, particle.name, particle.complex, value, depth, "");
            return;
        }
        indent(out, depth);
        out.append('<').append(PREFIX).append(particle.name).append('>');
        escape(out, text, false);
        out.append("</").append(PREFIX).append(particle.name).append('>');
    }

    private static void indent(StringBuilder out, int depth) {
        if (depth > 0 || out.length() > 1) {
            out.append('\n');
        }
        for (int i = 0; i < depth; i++) {
            out.append('\t');
        }
    }

    /**
     * JAXB's escapes: {@code & < >} and a carriage return everywhere, a quote and a line feed in an attribute too.
     * Other control characters (no XML can carry them) are left to JAXB.
     */
    private static void escape(StringBuilder out, String text, boolean attribute) throws CompiledReader.NotSure {
        int plain = 0;
        while (plain < text.length() && !special(text.charAt(plain))) {
            plain++;
        }
        // most values (codes, numbers, Chinese text) need no escape: appended whole
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#13;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> {
                    if (c < 0x20 && c != '\t') {
                        throw CompiledReader.NOT_SURE;
                    }
                    out.append(c);
                }
            }
        }
    }

    private static boolean special(char c) {
        return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"';
    }
}
