package org.cbec.ceb.xml;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parsers that refuse DTDs and external entities: nothing a sender writes can make us read a file, call a URL
 * or expand an entity (XXE, billion laughs). Every XML parser of this library comes from here.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final SAXParserFactory SAX = saxFactory();
    private static final DocumentBuilderFactory DOM = domFactory();
    private static final TransformerFactory TRANSFORMERS = transformerFactory();
    private static final byte[] XML_DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8);

    private SecureXml() {
    }

    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser does not support secure processing", e);
        }
    }

    private static DocumentBuilderFactory domFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM parser does not support secure processing", e);
        }
    }

    private static TransformerFactory transformerFactory() {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }

    /**
     * Aalto's StAX reader, as the compiled reading path uses it: namespace-aware, text coalesced, no DTD and no
     * external entity. Thread-safe once made; the readers it creates are not.
     */
    public static XMLInputFactory newStaxFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** A new namespace-aware SAX reader; not thread-safe, callers keep one per thread. */
    public static XMLReader newXmlReader() {
        try {
            return SAX.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new namespace-aware DOM builder that refuses DTDs; errors are thrown, never printed. */
    public static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilder builder = DOM.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serialises a DOM document as UTF-8 with an XML declaration and no re-indentation. */
    public static byte[] toBytes(Document document) {
        try {
            Transformer transformer = TRANSFORMERS.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            // the JDK serialiser puts no line break after its own declaration: write the samples' one instead
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(XML_DECLARATION);
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise a DOM document", e);
        }
    }

    /**
     * Removes whitespace-only text nodes from every element that holds elements (CEB content is element-only, so
     * such text carries nothing); leaf values are left as they are. True when anything was removed.
     */
    public static boolean removeWhitespaceBetweenElements(org.w3c.dom.Element element) {
        boolean holdsElements = false;
        for (org.w3c.dom.Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            holdsElements |= n.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE;
        }
        boolean removed = false;
        org.w3c.dom.Node n = element.getFirstChild();
        while (n != null) {
            org.w3c.dom.Node next = n.getNextSibling();
            if (n instanceof org.w3c.dom.Element child) {
                removed |= removeWhitespaceBetweenElements(child);
            } else if (holdsElements && n.getNodeType() == org.w3c.dom.Node.TEXT_NODE && n.getNodeValue().isBlank()) {
                element.removeChild(n);
                removed = true;
            }
            n = next;
        }
        return removed;
    }

    /**
     * Reads a stream up to {@code maxBytes}; returns {@code null} when the stream holds more, so that an oversized
     * message is refused without being buffered whole.
     */
    public static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
