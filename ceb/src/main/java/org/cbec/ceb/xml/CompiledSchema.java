package org.cbec.ceb.xml;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.SchemaVersion;
import org.cbec.ceb.Side;
import org.w3c.dom.Element;

/**
 * The CEB XSD of one side and version compiled into a tree the {@link CompiledReader} walks: for every complex
 * element its sequence of child particles (name, occurrences, facets, the binding field to set), for every simple
 * one its facets. Built once per schema by reading the XSD beside the generated binding classes, so that field
 * and facet come from the same official file.
 * <p>
 * Only what the CEB schemas use is compiled: sequences, string/decimal/int restrictions with length, minLength,
 * maxLength, totalDigits, fractionDigits, whiteSpace and fixed, required attributes, and {@code ds:Signature}
 * (bound and validated by JAXB against the XML-DSig schema). Anything else is marked unsupported, and a message
 * that reaches it is read by the reference pipeline instead.
 */
final class CompiledSchema {

    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    enum Kind { STRING, DECIMAL, INT, COMPLEX, SIGNATURE, UNSUPPORTED }

    /** A simple type's facets; -1 where a facet is absent. */
    static final class Facets {
        int length = -1;
        int minLength = -1;
        int maxLength = -1;
        int totalDigits = -1;
        int fractionDigits = -1;
        boolean collapse;
        String fixed;
        BigDecimal fixedDecimal;
        boolean hasDefault;
    }

    /** One child element of a sequence, or an attribute (then min/max are 0/1 or 1/1). */
    static final class Particle {
        final String name;
        final int min;
        final int max;
        final Kind kind;
        final Facets facets;
        final Field field;
        final boolean list;
        final ComplexType complex;
        /** What the reader sets the value by: the field's setter, or for a list its getter's list. */
        final BiConsumer<Object, Object> setter;
        final Function<Object, List<Object>> listGetter;

        Particle(String name, int min, int max, Kind kind, Facets facets, Field field, boolean list,
                 ComplexType complex) {
            // the StAX reader interns the names it reads: an interned name compares by reference first
            this.name = name.intern();
            this.min = min;
            this.max = max;
            this.kind = kind;
            this.facets = facets;
            this.field = field;
            this.list = list;
            this.complex = complex;
            this.setter = field == null || list ? null : BindingAccess.setter(field);
            this.listGetter = field == null || !list ? null : BindingAccess.listGetter(field);
        }
    }

    /** A complex element: its Java class, attributes and child sequence. */
    static final class ComplexType {
        final Class<?> javaClass;
        final List<Particle> attributes = new ArrayList<>();
        final List<Particle> sequence = new ArrayList<>();
        boolean unsupported;
        private final Supplier<Object> constructor;

        ComplexType(Class<?> javaClass) {
            this.javaClass = javaClass;
            this.constructor = BindingAccess.constructor(javaClass);
        }

        Object newInstance() {
            return constructor.get();
        }
    }

    private static final Map<String, CompiledSchema> SCHEMAS = new ConcurrentHashMap<>();

    private final Map<String, Element> globalElements = new HashMap<>();
    private final Map<String, ComplexType> roots = new HashMap<>();
    private final SchemaVersion version;
    private final Side side;

    /** The compiled schema of a side and version, compiled at its first use. */
    static CompiledSchema of(SchemaVersion version, Side side) {
        return SCHEMAS.computeIfAbsent(version.bindingPackage(side), k -> new CompiledSchema(version, side));
    }

    private CompiledSchema(SchemaVersion version, Side side) {
        this.version = version;
        this.side = side;
        String resource = "/org/cbec/ceb/xsd/" + version.folder() + "/" + SchemaCatalog.xsdFile(version, side);
        Element schema;
        try (InputStream in = CompiledSchema.class.getResourceAsStream(resource)) {
            schema = SecureXml.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        for (Element child : Dom.children(schema, XS)) {
            if (child.getLocalName().equals("element")) {
                globalElements.put(child.getAttribute("name"), child);
            }
        }
        for (MessageType type : MessageType.values()) {
            if (type.side() == side && type.definedIn(version)) {
                roots.put(type.rootElement(), complex(globalElements.get(type.rootElement()),
                        type.bindingClass(version)));
            }
        }
    }

    SchemaVersion version() {
        return version;
    }

    Side side() {
        return side;
    }

    ComplexType root(String rootElement) {
        return roots.get(rootElement);
    }

    private ComplexType complex(Element declaration, Class<?> javaClass) {
        ComplexType type = new ComplexType(javaClass);
        Element complexType = Dom.child(declaration, XS, "complexType");
        if (complexType == null) {
            type.unsupported = true;
            return type;
        }
        Map<String, Field> fields = fieldsByXmlName(javaClass);
        for (Element attribute : Dom.children(complexType, XS)) {
            if (!attribute.getLocalName().equals("attribute")) {
                continue;
            }
            String name = attribute.getAttribute("name");
            Field field = fields.get("@" + name);
            Facets facets = facets(attribute);
            boolean required = "required".equals(attribute.getAttribute("use"));
            type.attributes.add(new Particle(name, required ? 1 : 0, 1, facets == null || field == null
                    ? Kind.UNSUPPORTED : Kind.STRING, facets, field, false, null));
        }
        Element sequence = Dom.child(complexType, XS, "sequence");
        for (Element particle : sequence == null ? List.<Element>of() : Dom.children(sequence, XS)) {
            if (!particle.getLocalName().equals("element")) {
                type.unsupported = true;
                continue;
            }
            type.sequence.add(particle(particle, fields));
        }
        for (Element other : Dom.children(complexType, XS)) {
            String name = other.getLocalName();
            if (!name.equals("sequence") && !name.equals("attribute") && !name.equals("annotation")) {
                type.unsupported = true;
            }
        }
        return type;
    }

    private Particle particle(Element particle, Map<String, Field> fields) {
        int min = particle.hasAttribute("minOccurs") ? Integer.parseInt(particle.getAttribute("minOccurs")) : 1;
        String maxText = particle.getAttribute("maxOccurs");
        int max = maxText.isEmpty() ? 1 : maxText.equals("unbounded") ? Integer.MAX_VALUE : Integer.parseInt(maxText);
        String ref = particle.getAttribute("ref");
        if (ref.equals("ds:Signature")) {
            return new Particle("Signature", min, max, Kind.SIGNATURE, null, fields.get("Signature"), false, null);
        }
        Element declaration = ref.isEmpty() ? particle : globalElements.get(local(ref));
        String name = declaration.getAttribute("name");
        Field field = fields.get(name);
        if (field == null) {
            return new Particle(name, min, max, Kind.UNSUPPORTED, null, null, false, null);
        }
        boolean list = List.class.isAssignableFrom(field.getType());
        Class<?> valueClass = list ? (Class<?>) ((ParameterizedType) field.getGenericType())
                .getActualTypeArguments()[0] : field.getType();
        if (Dom.child(declaration, XS, "complexType") != null) {
            return new Particle(name, min, max, Kind.COMPLEX, null, field, list, complex(declaration, valueClass));
        }
        Facets facets = facets(declaration);
        Kind kind = facets == null ? Kind.UNSUPPORTED : kindOf(declaration, valueClass);
        return new Particle(name, min, max, kind, facets, field, list, null);
    }

    private static Kind kindOf(Element declaration, Class<?> valueClass) {
        String base = baseType(declaration);
        if (base.equals("string") && valueClass == String.class) {
            return Kind.STRING;
        }
        if (base.equals("decimal") && valueClass == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        if (base.equals("int") && (valueClass == int.class || valueClass == Integer.class)) {
            return Kind.INT;
        }
        return Kind.UNSUPPORTED;
    }

    private static String baseType(Element declaration) {
        Element simple = Dom.child(declaration, XS, "simpleType");
        if (simple != null) {
            Element restriction = Dom.child(simple, XS, "restriction");
            return restriction == null ? "" : local(restriction.getAttribute("base"));
        }
        return local(declaration.getAttribute("type"));
    }

    /** The facets of an inline restriction (or a built-in type); null when something else is declared. */
    private static Facets facets(Element declaration) {
        Facets facets = new Facets();
        if (declaration.hasAttribute("fixed")) {
            facets.fixed = declaration.getAttribute("fixed");
        }
        facets.hasDefault = declaration.hasAttribute("default");
        Element simple = Dom.child(declaration, XS, "simpleType");
        if (simple == null) {
            String type = declaration.getAttribute("type");
            return type.equals("xs:string") || type.equals("xs:int") || type.equals("xs:decimal")
                    || (type.isEmpty() && declaration.getLocalName().equals("attribute")) ? withFixed(facets, type)
                    : null;
        }
        Element restriction = Dom.child(simple, XS, "restriction");
        if (restriction == null) {
            return null;
        }
        for (Element facet : Dom.children(restriction, XS)) {
            String value = facet.getAttribute("value");
            switch (facet.getLocalName()) {
                case "length" -> facets.length = Integer.parseInt(value);
                case "minLength" -> facets.minLength = Integer.parseInt(value);
                case "maxLength" -> facets.maxLength = Integer.parseInt(value);
                case "totalDigits" -> facets.totalDigits = Integer.parseInt(value);
                case "fractionDigits" -> facets.fractionDigits = Integer.parseInt(value);
                case "whiteSpace" -> {
                    if (value.equals("collapse")) {
                        facets.collapse = true;
                    } else if (!value.equals("preserve")) {
                        return null;
                    }
                }
                case "annotation" -> { }
                default -> {
                    return null;
                }
            }
        }
        return withFixed(facets, restriction.getAttribute("base"));
    }

    private static Facets withFixed(Facets facets, String base) {
        if (facets.fixed != null && local(base).equals("decimal")) {
            facets.fixedDecimal = new BigDecimal(facets.fixed.trim());
        }
        return facets;
    }

    /** Element fields by XML name, attribute fields by "@" + name. */
    private static Map<String, Field> fieldsByXmlName(Class<?> javaClass) {
        Map<String, Field> fields = new HashMap<>();
        for (Field field : javaClass.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
            if (attribute != null) {
                fields.put("@" + ("##default".equals(attribute.name()) ? field.getName() : attribute.name()), field);
                continue;
            }
            XmlElement element = field.getAnnotation(XmlElement.class);
            fields.put(element == null || "##default".equals(element.name()) ? field.getName() : element.name(), field);
        }
        return fields;
    }

    private static String local(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }


}
