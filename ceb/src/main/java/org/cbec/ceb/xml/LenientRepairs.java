package org.cbec.ceb.xml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cbec.ceb.CebMessage;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.Repair;
import org.cbec.ceb.SchemaVersion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Lenient reading: repairs the defects of the official samples whose intent the spec makes clear
 * (CEB-SPEC.md §12.5), and nothing else.
 * <ul>
 *   <li>a root {@code CEBnnn} is renamed {@code CEBnnnMessage} (the CEB214 sample);</li>
 *   <li>a {@code BaseTransfer} repeated with identical content is kept once (eight export samples);</li>
 *   <li>a {@code SummaryResultList} without {@code gseqno} (the 2018 shape of CEB792) gets its position in its
 *       {@code SummaryResult} as {@code gseqno};</li>
 *   <li>in a receipt or a customs message, an element the XSD does not define for its record is dropped (the
 *       CEB214 sample's {@code appSenderId}): CEB-SPEC.md §12.4 advises not to read customs' messages strictly, and
 *       the repair names what was dropped with its value.</li>
 * </ul>
 * A message that still breaks the XSD after repair fails with the errors of the repaired message.
 */
public final class LenientRepairs {

    private static final String CEB = MessageType.CEB_NAMESPACE;

    private LenientRepairs() {
    }

    public static ReadResult repairAndRead(byte[] bytes, ReadResult strictResult, Function<byte[], ReadResult> read) {
        Document document;
        try {
            document = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return strictResult; // not XML: nothing to repair, the strict errors say why
        }
        List<Repair> repairs = repair(document);
        if (repairs.isEmpty()) {
            return strictResult;
        }
        ReadResult repaired = read.apply(SecureXml.toBytes(document));
        if (!repaired.isOk()) {
            return repaired;
        }
        CebMessage message = repaired.message();
        return ReadResult.ok(new CebMessage(message.type(), message.version(), message.body(), repairs));
    }

    static List<Repair> repair(Document document) {
        List<Repair> repairs = new ArrayList<>();
        Element root = document.getDocumentElement();
        if (CEB.equals(root.getNamespaceURI()) && root.getLocalName().matches("CEB\\d{3}")
                && MessageType.byRootElement(root.getLocalName() + "Message").isPresent()) {
            String from = root.getLocalName();
            String prefix = root.getPrefix();
            root = (Element) document.renameNode(root, CEB, (prefix == null ? "" : prefix + ":") + from + "Message");
            repairs.add(new Repair("/" + from, "root element renamed from " + from + " to " + from + "Message"));
        }
        String rootPath = "/" + root.getLocalName();
        Element firstTransfer = null;
        int position = 0;
        for (Element child : Dom.children(root)) {
            if (!CEB.equals(child.getNamespaceURI()) || !"BaseTransfer".equals(child.getLocalName())) {
                continue;
            }
            position++;
            if (firstTransfer == null) {
                firstTransfer = child;
            } else if (sameContent(firstTransfer, child)) {
                root.removeChild(child);
                repairs.add(new Repair(rootPath + "/BaseTransfer[" + position + "]",
                        "removed a repeated BaseTransfer identical to the first"));
            }
        }
        if ("CEB792Message".equals(root.getLocalName())) {
            repairs.addAll(numberSummaryResultLines(root, rootPath));
        }
        MessageType type = MessageType.byRootElement(root.getLocalName()).orElse(null);
        if (type != null && (type.kind() == MessageType.Kind.RECEIPT || type.kind() == MessageType.Kind.CUSTOMS)) {
            repairs.addAll(dropUndefinedRecordElements(root, rootPath, type));
        }
        return repairs;
    }

    private static List<Repair> dropUndefinedRecordElements(Element root, String rootPath, MessageType type) {
        List<Repair> repairs = new ArrayList<>();
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        for (Element record : Dom.children(root)) {
            int position = positions.merge(record.getLocalName(), 1, Integer::sum);
            Set<String> defined = definedChildren(type, record.getLocalName());
            if (defined.isEmpty()) {
                continue;
            }
            for (Element field : Dom.children(record)) {
                if (!defined.contains(field.getLocalName())) {
                    record.removeChild(field);
                    repairs.add(new Repair(rootPath + "/" + record.getLocalName() + "[" + position + "]/"
                            + field.getLocalName(), "dropped element " + field.getLocalName() + " ('"
                            + field.getTextContent().trim() + "'), which the XSD does not define"));
                }
            }
        }
        return repairs;
    }

    /** The element names a record may hold, from the generated binding of the 202205 schema. */
    private static Set<String> definedChildren(MessageType type, String recordName) {
        try {
            Class<?> binding = Class.forName(SchemaVersion.V202205.bindingPackage(type.side()) + "." + recordName);
            Set<String> names = new HashSet<>();
            for (Field field : binding.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())
                        || field.isAnnotationPresent(XmlAttribute.class)) {
                    continue;
                }
                // XJC annotates a field only when the element's name or required flag needs saying
                XmlElement element = field.getAnnotation(XmlElement.class);
                names.add(element == null || "##default".equals(element.name()) ? field.getName() : element.name());
            }
            return names;
        } catch (ClassNotFoundException e) {
            return Set.of();
        }
    }

    private static List<Repair> numberSummaryResultLines(Element root, String rootPath) {
        List<Repair> repairs = new ArrayList<>();
        int resultPosition = 0;
        for (Element result : Dom.children(root)) {
            if (!"SummaryResult".equals(result.getLocalName())) {
                continue;
            }
            resultPosition++;
            int line = 0;
            for (Element list : Dom.children(result)) {
                if (!"SummaryResultList".equals(list.getLocalName())) {
                    continue;
                }
                line++;
                if (Dom.child(list, null, "gseqno") != null) {
                    continue;
                }
                Element gnum = Dom.child(list, null, "gnum");
                Element gseqno = list.getOwnerDocument().createElementNS(CEB, qualified(list, "gseqno"));
                gseqno.setTextContent(Integer.toString(line));
                list.insertBefore(gseqno, gnum);
                repairs.add(new Repair(rootPath + "/SummaryResult[" + resultPosition + "]/SummaryResultList[" + line
                        + "]", "added the missing gseqno " + line + " (its position in the summary result)"));
            }
        }
        return repairs;
    }

    private static String qualified(Element sibling, String localName) {
        return sibling.getPrefix() == null ? localName : sibling.getPrefix() + ":" + localName;
    }

    private static boolean sameContent(Element a, Element b) {
        List<Element> ca = Dom.children(a);
        List<Element> cb = Dom.children(b);
        if (ca.size() != cb.size()) {
            return false;
        }
        for (int i = 0; i < ca.size(); i++) {
            if (!ca.get(i).getLocalName().equals(cb.get(i).getLocalName())
                    || !ca.get(i).getTextContent().trim().equals(cb.get(i).getTextContent().trim())) {
                return false;
            }
        }
        return true;
    }


}
