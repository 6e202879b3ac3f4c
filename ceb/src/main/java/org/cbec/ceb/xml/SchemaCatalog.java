package org.cbec.ceb.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.cbec.ceb.CebSetupException;
import org.cbec.ceb.SchemaVersion;
import org.cbec.ceb.Side;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The compiled official XSDs and the JAXB contexts of their bindings, one per schema version and side, built once
 * and shared (both are thread-safe). The XSDs and their imports (the W3C XML-DSig schema, the DXP terminal schema)
 * are read as classpath streams by name, never through a URL: a URL of a jar nested in Spring Boot's executable jar
 * is one the XML parser cannot open, and nothing is ever fetched over the network.
 */
public final class SchemaCatalog {

    private static final String SYSTEM_ID_PREFIX = "cebxsd:/";
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
                throw new CebSetupException("cannot create the JAXB context of " + pkg, e);
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
        String folder = "/org/cbec/ceb/xsd/" + version.folder() + "/";
        String resource = folder + xsdFile(version, side);
        InputStream main = SchemaCatalog.class.getResourceAsStream(resource);
        if (main == null) {
            throw new CebSetupException("XSD missing from the classpath: " + resource, null);
        }
        try (main) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver(new BesideResolver(folder));
            return factory.newSchema(new StreamSource(main, SYSTEM_ID_PREFIX + xsdFile(version, side)));
        } catch (SAXException | java.io.IOException e) {
            throw new CebSetupException("cannot compile " + resource, e);
        }
    }

    /** Resolves every import and include to the file of that name in the XSD's own classpath folder, or refuses. */
    private record BesideResolver(String folder) implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                                       String baseUri) {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            InputStream in = name.isEmpty() ? null : SchemaCatalog.class.getResourceAsStream(folder + name);
            if (in == null) {
                throw new IllegalStateException("the XSD in " + folder + " refers to " + systemId
                        + ", which is not beside it on the classpath");
            }
            return new StreamInput(in, SYSTEM_ID_PREFIX + name, publicId, baseUri);
        }
    }

    /** An {@link LSInput} over a classpath stream. */
    private static final class StreamInput implements LSInput {
        private InputStream byteStream;
        private String systemId;
        private String publicId;
        private String baseUri;

        StreamInput(InputStream byteStream, String systemId, String publicId, String baseUri) {
            this.byteStream = byteStream;
            this.systemId = systemId;
            this.publicId = publicId;
            this.baseUri = baseUri;
        }

        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() { return byteStream; }
        @Override public void setByteStream(InputStream byteStream) { this.byteStream = byteStream; }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { this.systemId = systemId; }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { this.publicId = publicId; }
        @Override public String getBaseURI() { return baseUri; }
        @Override public void setBaseURI(String baseURI) { this.baseUri = baseURI; }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
