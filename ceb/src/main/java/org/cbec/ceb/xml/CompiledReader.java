package org.cbec.ceb.xml;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.SchemaVersion;
import org.cbec.ceb.Side;

/**
 * The fast path of {@link org.cbec.ceb.CebReader}: one pass of a StAX reader over the bytes that checks the message
 * against the {@link CompiledSchema} and sets the fields of the generated binding directly, with no SAX validator
 * and no JAXB unmarshaller in between. The reader is the {@link SubsetXmlReader} where the message is plain XML, as
 * CEB messages are, and Aalto where it is not. It answers only when it is sure the message is valid; on
 * anything else (an error, a DTD, a construct it does not compile) it answers {@code null} and the reference
 * pipeline (Xerces XSD validation and JAXB) reads the message and names its errors. Tests hold the two paths to
 * the same decisions and the same objects. Not thread-safe: one per thread.
 */
final class CompiledReader {

    private static final XMLInputFactory FACTORY = SecureXml.newStaxFactory();

    private final Map<CompiledSchema, CompiledSignature> signatures = new IdentityHashMap<>();
    private final int maxDepth;
    private final SubsetXmlReader subset = new SubsetXmlReader();
    /** The root's namespace as the parser gave it: the parser hands out one string a binding, compared by reference. */
    private String cebNamespace;

    CompiledReader(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Signals that the fast path cannot vouch for the message. */
    static final class NotSure extends Exception {
        NotSure() {
            super(null, null, false, false);
        }
    }

    static final NotSure NOT_SURE = new NotSure();

    /** The message read, when it is certainly valid. */
    record Result(MessageType type, Object body) {
    }

    /** The bound message when it is certainly valid, else null. */
    Result read(byte[] bytes, SchemaVersion version) {
        try {
            return bind(subset.reset(bytes), version);
        } catch (SubsetXmlReader.OutsideSubset outside) {
            // Aalto reads what the subset reader cannot vouch for
        } finally {
            subset.close();
        }
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return bind(reader, version);
        } catch (XMLStreamException e) {
            return null;
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held open: the input is a byte array
                }
            }
        }
    }

    private Result bind(XMLStreamReader reader, SchemaVersion version) throws SubsetXmlReader.OutsideSubset {
        try {
            int event = reader.next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event != XMLStreamConstants.COMMENT && event != XMLStreamConstants.PROCESSING_INSTRUCTION
                        && event != XMLStreamConstants.SPACE) {
                    return null;
                }
                event = reader.next();
            }
            MessageType type = MessageType.byRootElement(reader.getLocalName()).orElse(null);
            if (type == null || type.side() == Side.DXP || !type.definedIn(version)
                    || !MessageType.CEB_NAMESPACE.equals(reader.getNamespaceURI())) {
                return null;
            }
            cebNamespace = reader.getNamespaceURI();
            CompiledSchema schema = CompiledSchema.of(version, type.side());
            CompiledSchema.ComplexType root = schema.root(type.rootElement());
            Object message = complex(reader, root, schema, 1);
            while (reader.hasNext()) {
                event = reader.next();
                if (event != XMLStreamConstants.COMMENT && event != XMLStreamConstants.PROCESSING_INSTRUCTION
                        && event != XMLStreamConstants.SPACE && event != XMLStreamConstants.END_DOCUMENT
                        && !(event == XMLStreamConstants.CHARACTERS && reader.isWhiteSpace())) {
                    return null;
                }
            }
            return new Result(type, message);
        } catch (SubsetXmlReader.OutsideSubset outside) {
            throw outside;
        } catch (NotSure | XMLStreamException | ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Reads the element the reader is on, through its end tag. */
    private Object complex(XMLStreamReader reader, CompiledSchema.ComplexType type, CompiledSchema schema, int depth)
            throws NotSure, XMLStreamException, ReflectiveOperationException {
        if (type.unsupported || depth > maxDepth) {
            throw NOT_SURE;
        }
        Object object = type.newInstance();
        attributes(reader, type, object);
        List<CompiledSchema.Particle> sequence = type.sequence;
        int position = 0;
        int count = 0;
        int event = reader.next();
        while (true) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                while (position < sequence.size() && !sequence.get(position).name.equals(name)) {
                    if (count < sequence.get(position).min) {
                        throw NOT_SURE;
                    }
                    position++;
                    count = 0;
                }
                if (position == sequence.size()) {
                    throw NOT_SURE;
                }
                CompiledSchema.Particle particle = sequence.get(position);
                if (++count > particle.max) {
                    throw NOT_SURE;
                }
                if (particle.kind == CompiledSchema.Kind.SIGNATURE) {
                    if (!"http://www.w3.org/2000/09/xmldsig#".equals(reader.getNamespaceURI())) {
                        throw NOT_SURE;
                    }
                    set(object, particle, signatures.computeIfAbsent(schema, s -> new CompiledSignature(
                            s.version().bindingPackage(s.side()))).read(reader));
                    event = reader.next();
                    continue;
                }
                String namespace = reader.getNamespaceURI();
                if (namespace != cebNamespace && !MessageType.CEB_NAMESPACE.equals(namespace)) {
                    throw NOT_SURE;
                }
                Object value = switch (particle.kind) {
                    case COMPLEX -> complex(reader, particle.complex, schema, depth + 1);
                    case STRING, DECIMAL, INT -> {
                        if (reader.getAttributeCount() > 0) {
                            throw NOT_SURE;
                        }
                        yield simple(reader.getElementText(), particle);
                    }
                    default -> throw NOT_SURE;
                };
                set(object, particle, value);
                event = reader.next();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                for (int i = position; i < sequence.size(); i++) {
                    if ((i == position ? count : 0) < sequence.get(i).min) {
                        throw NOT_SURE;
                    }
                }
                return object;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.CDATA) {
                if (!reader.isWhiteSpace()) {
                    throw NOT_SURE;
                }
                event = reader.next();
            } else if (event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                event = reader.next();
            } else {
                throw NOT_SURE;
            }
        }
    }

    private static void attributes(XMLStreamReader reader, CompiledSchema.ComplexType type, Object object)
            throws NotSure {
        int found = 0;
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            if (namespace != null && !namespace.isEmpty()) {
                // xsi:type or xsi:nil would change what validation means: the reference pipeline decides
                throw NOT_SURE;
            }
            CompiledSchema.Particle particle = attribute(type, reader.getAttributeLocalName(i));
            if (particle == null || particle.kind != CompiledSchema.Kind.STRING) {
                throw NOT_SURE;
            }
            particle.setter.accept(object, simple(reader.getAttributeValue(i), particle));
            found++;
        }
        int required = 0;
        for (CompiledSchema.Particle particle : type.attributes) {
            required += particle.min;
        }
        if (found < required) {
            for (CompiledSchema.Particle particle : type.attributes) {
                if (particle.min > 0 && reader.getAttributeValue(null, particle.name) == null) {
                    throw NOT_SURE;
                }
            }
        }
    }

    private static CompiledSchema.Particle attribute(CompiledSchema.ComplexType type, String name) {
        for (CompiledSchema.Particle particle : type.attributes) {
            if (particle.name.equals(name)) {
                return particle;
            }
        }
        return null;
    }

    private static void set(Object object, CompiledSchema.Particle particle, Object value) {
        if (particle.list) {
            particle.listGetter.apply(object).add(value);
        } else {
            particle.setter.accept(object, value);
        }
    }

    /** Checks a simple value against its facets and converts it as JAXB would. */
    static Object simple(String text, CompiledSchema.Particle particle) throws NotSure {
        CompiledSchema.Facets facets = particle.facets;
        if (facets.hasDefault && text.isEmpty()) {
            throw NOT_SURE;
        }
        return switch (particle.kind) {
            case STRING -> string(text, facets);
            case DECIMAL -> decimal(text, facets);
            case INT -> integer(text, facets);
            default -> throw NOT_SURE;
        };
    }

    private static String string(String text, CompiledSchema.Facets facets) throws NotSure {
        String value = facets.collapse ? collapse(text) : text;
        int length = value.codePointCount(0, value.length());
        if ((facets.length >= 0 && length != facets.length) || (facets.minLength >= 0 && length < facets.minLength)
                || (facets.maxLength >= 0 && length > facets.maxLength)
                || (facets.fixed != null && !facets.fixed.equals(value))) {
            throw NOT_SURE;
        }
        return text;
    }

    private static BigDecimal decimal(String text, CompiledSchema.Facets facets) throws NotSure {
        String value = trim(text);
        int length = value.length();
        int start = length > 0 && (value.charAt(0) == '+' || value.charAt(0) == '-') ? 1 : 0;
        int dot = -1;
        int digits = 0;
        int leadingZeros = 0;
        int trailingZeros = 0;
        long unscaled = 0;
        for (int i = start; i < length; i++) {
            char c = value.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c >= '0' && c <= '9') {
                if (digits == leadingZeros && c == '0' && dot < 0) {
                    leadingZeros++;
                }
                trailingZeros = c == '0' && dot >= 0 ? trailingZeros + 1 : 0;
                digits++;
                unscaled = unscaled * 10 + (c - '0');
            } else {
                throw NOT_SURE;
            }
        }
        if (digits == 0) {
            throw NOT_SURE;
        }
        int fraction = dot < 0 ? 0 : length - dot - 1;
        // totalDigits and fractionDigits count significant digits: no leading zeros, no trailing fraction zeros
        int significantFraction = fraction - trailingZeros;
        int significant = (dot < 0 ? digits : dot - start) - leadingZeros + significantFraction;
        if ((facets.totalDigits >= 0 && significant > facets.totalDigits)
                || (facets.fractionDigits >= 0 && significantFraction > facets.fractionDigits)) {
            throw NOT_SURE;
        }
        // what JAXB makes of it, new BigDecimal(value), built from the digits read when they fit in a long
        BigDecimal decimal = digits <= 18 ? BigDecimal.valueOf(value.charAt(0) == '-' ? -unscaled : unscaled,
                fraction) : new BigDecimal(value);
        if (facets.fixedDecimal != null && facets.fixedDecimal.compareTo(decimal) != 0) {
            throw NOT_SURE;
        }
        return decimal;
    }

    private static Integer integer(String text, CompiledSchema.Facets facets) throws NotSure {
        String value = trim(text);
        int start = value.startsWith("+") || value.startsWith("-") ? 1 : 0;
        if (value.length() == start || value.length() - start > 19) {
            throw NOT_SURE;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw NOT_SURE;
            }
        }
        long number = Long.parseLong(value.charAt(0) == '+' ? value.substring(1) : value);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw NOT_SURE;
        }
        checkDigits(value.substring(start), "", facets);
        if (facets.fixed != null && Long.parseLong(trim(facets.fixed)) != number) {
            throw NOT_SURE;
        }
        return (int) number;
    }

    /** totalDigits and fractionDigits count significant digits: no leading zeros, no trailing fraction zeros. */
    private static void checkDigits(String integer, String fraction, CompiledSchema.Facets facets) throws NotSure {
        int intStart = 0;
        while (intStart < integer.length() && integer.charAt(intStart) == '0') {
            intStart++;
        }
        int fracEnd = fraction.length();
        while (fracEnd > 0 && fraction.charAt(fracEnd - 1) == '0') {
            fracEnd--;
        }
        int total = integer.length() - intStart + fracEnd;
        if ((facets.totalDigits >= 0 && total > facets.totalDigits)
                || (facets.fractionDigits >= 0 && fracEnd > facets.fractionDigits)) {
            throw NOT_SURE;
        }
    }

    /** No tab or line break, no space at either end, none twice: almost every value, left as it is. */
    private static boolean isCollapsed(String text) {
        int length = text.length();
        if (length > 0 && (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c == ' ' && text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isXmlSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isXmlSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
