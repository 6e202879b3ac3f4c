package org.cbec.ceb.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.cbec.ceb.SchemaVersion;
import org.cbec.ceb.Side;
import org.xml.sax.SAXException;

/**
 * The compiled official XSDs and the JAXB contexts of their bindings, one per schema version and side, built once
 * and shared (both are thread-safe). The XSDs are read from the classpath; their imports (the W3C XML-DSig schema)
 * resolve beside them, never over the network.
 */
public final class SchemaCatalog {

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();

    private SchemaCatalog() {
    }

    public static Schema schema(SchemaVersion version, Side side) {
        return SCHEMAS.computeIfAbsent(version + "/" + side, key -> compile(version, side));
    }

    public static JAXBContext context(SchemaVersion version, Side side) {
        return CONTEXTS.computeIfAbsent(version.bindingPackage(side), pkg -> {
            try {
                return JAXBContext.newInstance(pkg, SchemaCatalog.class.getClassLoader());
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create the JAXB context of " + pkg, e);
            }
        });
    }

    /** The XSD file of a side in a version, e.g. {@code ceb-import-202205.xsd}. */
    public static String xsdFile(SchemaVersion version, Side side) {
        String suffix = version == SchemaVersion.V202205 ? "202205" : "2018";
        return switch (side) {
            case IMPORT -> "ceb-import-" + suffix + ".xsd";
            case EXPORT -> "ceb-export-" + suffix + ".xsd";
            case DXP -> "dxp-transport-DxpMsgSv-" + suffix + ".xsd";
        };
    }

    private static Schema compile(SchemaVersion version, Side side) {
        String resource = "/org/cbec/ceb/xsd/" + version.folder() + "/" + xsdFile(version, side);
        URL url = SchemaCatalog.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("XSD missing from the classpath: " + resource);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // imports and includes are read beside the XSD, from the jar or the class folder only
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            return factory.newSchema(new StreamSource(url.toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + resource, e);
        }
    }
}
