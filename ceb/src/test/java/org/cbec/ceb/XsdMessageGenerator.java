package org.cbec.ceb;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.cbec.ceb.xml.Dom;

/**
 * Makes, from the official XSD itself, the smallest message of a type that the XSD allows: every required element
 * and attribute once, each value the shortest its facets permit. Independent of the bindings, so a message made
 * here checks the reader and writer against the schema rather than against themselves. {@code ds:Signature} is
 * left out: tests sign the message where the XSD requires a signature.
 */
final class XsdMessageGenerator {

    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    private final Map<String, Element> elements = new HashMap<>();
    private final Map<String, Element> types = new HashMap<>();
    private final String prefix;
    private final String namespace;

    XsdMessageGenerator(String folder, List<String> files, String prefix, String namespace) {
        this.prefix = prefix;
        this.namespace = namespace;
        for (String file : files) {
            Element schema = load("/org/cbec/ceb/xsd/" + folder + "/" + file).getDocumentElement();
            for (Element child : Dom.children(schema, XS)) {
                String name = child.getAttribute("name");
                switch (child.getLocalName()) {
                    case "element" -> elements.put(name, child);
                    case "complexType", "simpleType" -> types.put(name, child);
                    default -> { }
                }
            }
        }
    }

    /** The 2018 trial XSD of a side. */
    static XsdMessageGenerator trial2018(Side side) {
        return new XsdMessageGenerator("2018-trial", List.of(side == Side.IMPORT ? "ceb-import-2018.xsd"
                : "ceb-export-2018.xsd"), "ceb", MessageType.CEB_NAMESPACE);
    }

    static XsdMessageGenerator forType(MessageType type) {
        return switch (type.side()) {
            case IMPORT -> new XsdMessageGenerator("2022-05", List.of("ceb-import-202205.xsd"), "ceb",
                    MessageType.CEB_NAMESPACE);
            case EXPORT -> new XsdMessageGenerator("2022-05", List.of("ceb-export-202205.xsd"), "ceb",
                    MessageType.CEB_NAMESPACE);
            case DXP -> new XsdMessageGenerator("2022-05",
                    List.of("dxp-terminal-DxpMsg-202205.xsd", "dxp-transport-DxpMsgSv-202205.xsd"), "dxp",
                    MessageType.DXP_NAMESPACE);
        };
    }

    String generate(String rootName) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Element root = elements.get(rootName);
        if (root == null) {
            throw new IllegalArgumentException("no global element " + rootName);
        }
        writeElement(root, xml, true);
        return xml.toString();
    }

    private void writeElement(Element declaration, StringBuilder xml, boolean root) {
        if (declaration.hasAttribute("ref")) {
            String ref = declaration.getAttribute("ref");
            if (ref.startsWith("ds:")) {
                return;
            }
            writeElement(elements.get(local(ref)), xml, root);
            return;
        }
        String name = prefix + ":" + declaration.getAttribute("name");
        xml.append('<').append(name);
        if (root) {
            xml.append(" xmlns:").append(prefix).append("=\"").append(namespace).append('"');
        }
        Element complex = complexTypeOf(declaration);
        if (complex != null) {
            for (Element attribute : descendants(complex, "attribute")) {
                if ("required".equals(attribute.getAttribute("use"))) {
                    xml.append(' ').append(attribute.getAttribute("name")).append("=\"")
                            .append(value(attribute)).append('"');
                }
            }
        }
        xml.append('>');
        if (complex == null) {
            xml.append(value(declaration));
        } else {
            Element simpleContent = Dom.child(complex, XS, "simpleContent");
            if (simpleContent != null) {
                Element extension = Dom.child(simpleContent, XS, "extension");
                xml.append(valueOfType(extension.getAttribute("base"), extension));
            }
            Element sequence = Dom.child(complex, XS, "sequence");
            if (sequence != null) {
                for (Element particle : Dom.children(sequence, XS)) {
                    if (particle.getLocalName().equals("element") && !"0".equals(particle.getAttribute("minOccurs"))) {
                        writeElement(particle, xml, false);
                    }
                }
            }
        }
        xml.append("</").append(name).append('>');
    }

    private Element complexTypeOf(Element declaration) {
        Element inline = Dom.child(declaration, XS, "complexType");
        if (inline != null) {
            return inline;
        }
        String type = declaration.getAttribute("type");
        Element named = type.isEmpty() ? null : types.get(local(type));
        return named != null && named.getLocalName().equals("complexType") ? named : null;
    }

    /** The shortest value the declaration's facets allow. */
    private String value(Element declaration) {
        if (declaration.hasAttribute("fixed")) {
            return declaration.getAttribute("fixed");
        }
        Element simple = Dom.child(declaration, XS, "simpleType");
        if (simple == null && declaration.hasAttribute("type")) {
            Element named = types.get(local(declaration.getAttribute("type")));
            if (named != null) {
                simple = named;
            } else {
                return valueOfType(declaration.getAttribute("type"), null);
            }
        }
        if (simple == null) {
            return "1";
        }
        Element restriction = Dom.child(simple, XS, "restriction");
        return valueOfType(restriction.getAttribute("base"), restriction);
    }

    private String valueOfType(String base, Element restriction) {
        String type = local(base);
        if (types.containsKey(type) && types.get(type).getLocalName().equals("simpleType")) {
            Element inner = Dom.child(types.get(type), XS, "restriction");
            return valueOfType(inner.getAttribute("base"), inner);
        }
        return switch (type) {
            case "decimal", "int", "integer" -> "1";
            case "base64Binary" -> "MTIz";
            case "date" -> "2022-05-17";
            case "dateTime" -> "2022-05-17T10:00:00";
            case "ID" -> "id1";
            default -> "1".repeat(Math.max(1, facet(restriction, "length", facet(restriction, "minLength", 1))));
        };
    }

    private static int facet(Element restriction, String name, int fallback) {
        Element facet = restriction == null ? null : Dom.child(restriction, XS, name);
        return facet == null ? fallback : Integer.parseInt(facet.getAttribute("value"));
    }

    private static String local(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }


    private static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element e : Dom.children(parent, XS)) {
            if (localName.equals(e.getLocalName())) {
                found.add(e);
            } else if (!e.getLocalName().equals("element")) {
                found.addAll(descendants(e, localName));
            }
        }
        return found;
    }


    private static Document load(String resource) {
        try (InputStream in = XsdMessageGenerator.class.getResourceAsStream(resource)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
