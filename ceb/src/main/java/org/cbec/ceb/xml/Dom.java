package org.cbec.ceb.xml;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The few DOM walks this library needs: child elements, optionally of one namespace, and the first by name. */
public final class Dom {

    private Dom() {
    }

    /** The child elements of a parent, in document order. */
    public static List<Element> children(Element parent) {
        return children(parent, null);
    }

    /** The child elements in a namespace ({@code null}: any namespace). */
    public static List<Element> children(Element parent, String namespace) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (namespace == null || namespace.equals(e.getNamespaceURI()))) {
                result.add(e);
            }
        }
        return result;
    }

    /** The first child element with a local name ({@code namespace} null: any), or null. */
    public static Element child(Element parent, String namespace, String localName) {
        for (Element e : children(parent, namespace)) {
            if (localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
