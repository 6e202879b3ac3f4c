package org.cbec.ceb;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cbec.ceb.xml.CebNamespacePrefixes;
import org.cbec.ceb.xml.CompiledWriter;
import org.cbec.ceb.xml.DsigDeclaration;
import org.cbec.ceb.xml.SchemaCatalog;

/**
 * Writes a typed message (a generated binding object) as XML the way the official samples look: UTF-8,
 * {@code ceb:} prefixed elements with {@code xmlns:ceb} on the root, tab-indented. Output is validated against the
 * XSD before it is returned; a message that would break the schema is refused with the element path and rule of
 * each error. Thread-safe.
 */
public final class CebWriter {

    // JAXB starts a formatted fragment with a line break of its own
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            .getBytes(StandardCharsets.UTF_8);

    private final ThreadLocal<Map<String, Marshaller>> marshallers = ThreadLocal.withInitial(HashMap::new);
    private final boolean validate;
    private final Map<SchemaVersion, CebReader> checkers = new java.util.concurrent.ConcurrentHashMap<>();

    public CebWriter() {
        this(true);
    }

    /** @param validate whether to check the output against the XSD while writing (on by default) */
    public CebWriter(boolean validate) {
        this.validate = validate;
    }

    /** Writes a message; throws {@link CebFormatException} with path-named errors when it breaks the XSD. */
    public byte[] write(Object message) {
        Binding binding = Binding.of(message);
        byte[] bytes = marshal(message, binding);
        if (validate) {
            // checked by reading back: the reader's compiled path is several times cheaper than the marshaller's
            // own XSD validation, and where a message breaks the schema it names the path and the rule
            ReadResult check = checkers.computeIfAbsent(binding.version,
                    v -> new CebReader(ReadOptions.strict().withVersion(v))).read(bytes);
            if (!check.isOk()) {
                throw new CebFormatException(check.errors());
            }
        }
        return bytes;
    }

    /** Writes a message as a string (UTF-8 XML). */
    public String writeString(Object message) {
        return new String(write(message), StandardCharsets.UTF_8);
    }

    private byte[] marshal(Object message, Binding binding) {
        byte[] compiled = CompiledWriter.write(message, binding.version, binding.side);
        if (compiled == null) {
            return marshalWithJaxb(message, binding);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(DECLARATION.length + compiled.length + 1);
        out.writeBytes(DECLARATION);
        out.writeBytes(compiled);
        out.write('\n');
        return out.toByteArray();
    }

    /** What JAXB writes: every message the compiled writer leaves, and the reference it is tested against. */
    byte[] marshalWithJaxb(Object message) {
        return marshalWithJaxb(message, Binding.of(message));
    }

    private byte[] marshalWithJaxb(Object message, Binding binding) {
        Marshaller marshaller = marshallers.get().computeIfAbsent(binding.key(), k -> newMarshaller(binding));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            out.writeBytes(DECLARATION);
            marshaller.marshal(message, out);
            out.write('\n');
            return DsigDeclaration.moveToSignature(out.toByteArray());
        } catch (JAXBException e) {
            // a binding object JAXB cannot write at all (a required value missing from a primitive-free tree...)
            throw new CebFormatException(List.of(CebError.ofDocument("binding", "the message cannot be written: "
                    + (e.getMessage() != null ? e.getMessage() : e.getLinkedException()))));
        }
    }

    private static Marshaller newMarshaller(Binding binding) {
        try {
            Marshaller marshaller = SchemaCatalog.context(binding.version, binding.side).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty("org.glassfish.jaxb.indentString", "\t");
            marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new CebNamespacePrefixes());
            return marshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot configure the JAXB marshaller", e);
        }
    }

    /** Which schema a binding object comes from, by its generated package. */
    private record Binding(SchemaVersion version, Side side) {
        String key() {
            return version + "/" + side;
        }

        static Binding of(Object message) {
            String pkg = message.getClass().getPackageName();
            for (SchemaVersion v : SchemaVersion.values()) {
                for (Side s : Side.values()) {
                    if (v.bindingPackage(s).equals(pkg)) {
                        return new Binding(s == Side.DXP ? SchemaVersion.V202205 : v, s);
                    }
                }
            }
            throw new IllegalArgumentException(message.getClass().getName() + " is not a generated CEB binding");
        }
    }
}
