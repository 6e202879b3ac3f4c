package org.cbec.ceb;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cbec.ceb.xml.CebNamespacePrefixes;
import org.cbec.ceb.xml.DsigDeclaration;
import org.cbec.ceb.xml.SchemaCatalog;

/**
 * Writes a typed message (a generated binding object) as XML the way the official samples look: UTF-8,
 * {@code ceb:} prefixed elements with {@code xmlns:ceb} on the root, tab-indented. Output is validated against the
 * XSD while it is written; a message that would break the schema is not written but refused with the element
 * path and rule of each error. Thread-safe.
 */
public final class CebWriter {

    // JAXB starts a formatted fragment with a line break of its own
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            .getBytes(StandardCharsets.UTF_8);

    private final ThreadLocal<Map<String, Marshaller>> marshallers = ThreadLocal.withInitial(HashMap::new);
    private final boolean validate;

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
        boolean[] invalid = {false};
        byte[] bytes = marshal(message, binding, validate, invalid);
        if (invalid[0]) {
            // the marshaller's events do not name the path: read what it wrote to say exactly where
            byte[] unchecked = marshal(message, binding, false, invalid);
            ReadResult check = new CebReader(ReadOptions.strict().withVersion(binding.version)).read(unchecked);
            throw new CebFormatException(check.isOk()
                    ? List.of(CebError.ofDocument("xsd", "the message breaks its XSD")) : check.errors());
        }
        return bytes;
    }

    /** Writes a message as a string (UTF-8 XML). */
    public String writeString(Object message) {
        return new String(write(message), StandardCharsets.UTF_8);
    }

    private byte[] marshal(Object message, Binding binding, boolean withSchema, boolean[] invalid) {
        Marshaller marshaller = marshallers.get().computeIfAbsent(binding.key(), k -> newMarshaller(binding));
        try {
            marshaller.setSchema(withSchema ? SchemaCatalog.schema(binding.version, binding.side) : null);
            marshaller.setEventHandler(event -> {
                invalid[0] = true;
                return true;
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            out.writeBytes(DECLARATION);
            marshaller.marshal(message, out);
            out.write('\n');
            return DsigDeclaration.moveToSignature(out.toByteArray());
        } catch (JAXBException e) {
            invalid[0] = true;
            return new byte[0];
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
