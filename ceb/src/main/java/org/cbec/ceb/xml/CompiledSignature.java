package org.cbec.ceb.xml;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The compiled reader's {@code ds:Signature}, for the one shape CEB messages carry (CEB-SPEC.md §6): SignedInfo
 * with a canonicalisation and signature method, references with transforms, digest method and value, the
 * signature value, and KeyInfo with key names and X.509 certificates. Algorithms must be ones the verifier knows.
 * Any other shape is left to the reference pipeline. Objects are bound into the generated XML-DSig classes of the
 * message's binding package exactly as JAXB binds them; the differential tests hold the two to equality.
 */
final class CompiledSignature {

    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    /** The value of each Base64 character; -1 for every other. */
    private static final int[] ALPHABET = alphabet();
    // a list: its few entries compared by equals cost less than hashing each attribute value read
    private static final List<String> ALGORITHMS = List.of(
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
            "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
            "http://www.w3.org/2001/10/xml-exc-c14n#",
            "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2000/09/xmldsig#sha1",
            "http://www.w3.org/2000/09/xmldsig#sm2-sm3",
            "http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3",
            "http://www.chinaport.gov.cn/2022/04/xmldsig#sm3",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmlenc#sha256");

    private final Binding binding;
    private final RecentCertificates recentCertificates = new RecentCertificates();

    CompiledSignature(String bindingPackage) {
        this.binding = new Binding(bindingPackage);
    }

    /** Reads the {@code ds:Signature} the reader is on, through its end tag. */
    Object read(XMLStreamReader reader) throws XMLStreamException, ReflectiveOperationException,
            CompiledReader.NotSure {
        noAttributes(reader);
        Object signature = BindingAccess.newInstance(binding.signature);
        expect(reader, "SignedInfo");
        binding.signedInfoField.set(signature, signedInfo(reader));
        expect(reader, "SignatureValue");
        noAttributes(reader);
        Object value = BindingAccess.newInstance(binding.signatureValue);
        binding.signatureValueValue.set(value, base64(reader.getElementText()));
        binding.signatureValueField.set(signature, value);
        int event = nextTag(reader);
        if (event == XMLStreamConstants.START_ELEMENT) {
            requireName(reader, "KeyInfo");
            binding.keyInfoField.set(signature, keyInfo(reader));
            event = nextTag(reader);
        }
        if (event != XMLStreamConstants.END_ELEMENT) {
            throw CompiledReader.NOT_SURE;
        }
        return signature;
    }

    private Object signedInfo(XMLStreamReader reader) throws XMLStreamException, ReflectiveOperationException,
            CompiledReader.NotSure {
        noAttributes(reader);
        Object signedInfo = BindingAccess.newInstance(binding.signedInfo);
        expect(reader, "CanonicalizationMethod");
        binding.canonicalizationField.set(signedInfo, method(reader, binding.canonicalization,
                binding.canonicalizationAlgorithm, binding.canonicalizationContent));
        expect(reader, "SignatureMethod");
        binding.signatureMethodField.set(signedInfo, method(reader, binding.signatureMethod,
                binding.signatureMethodAlgorithm, binding.signatureMethodContent));
        List<Object> references = new ArrayList<>();
        int event = nextTag(reader);
        while (event == XMLStreamConstants.START_ELEMENT) {
            requireName(reader, "Reference");
            references.add(reference(reader));
            event = nextTag(reader);
        }
        if (references.isEmpty()) {
            throw CompiledReader.NOT_SURE;
        }
        binding.referenceList.set(signedInfo, references);
        return signedInfo;
    }

    private Object reference(XMLStreamReader reader) throws XMLStreamException, ReflectiveOperationException,
            CompiledReader.NotSure {
        Object reference = BindingAccess.newInstance(binding.reference);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String uri = reader.getAttributeValue(i);
            if (!"URI".equals(reader.getAttributeLocalName(i)) || !reader.getAttributeNamespace(i).isEmpty()
                    || !(uri.isEmpty() || uri.matches("#[A-Za-z_][A-Za-z0-9_.-]*"))) {
                throw CompiledReader.NOT_SURE;
            }
            binding.referenceUri.set(reference, uri);
        }
        int event = nextTag(reader);
        if (event == XMLStreamConstants.START_ELEMENT && "Transforms".equals(reader.getLocalName())) {
            requireName(reader, "Transforms");
            noAttributes(reader);
            Object transforms = BindingAccess.newInstance(binding.transforms);
            List<Object> list = new ArrayList<>();
            while (nextTag(reader) == XMLStreamConstants.START_ELEMENT) {
                requireName(reader, "Transform");
                list.add(method(reader, binding.transform, binding.transformAlgorithm, null));
            }
            if (list.isEmpty()) {
                throw CompiledReader.NOT_SURE;
            }
            binding.transformList.set(transforms, list);
            binding.referenceTransforms.set(reference, transforms);
            event = nextTag(reader);
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
            throw CompiledReader.NOT_SURE;
        }
        requireName(reader, "DigestMethod");
        binding.referenceDigestMethod.set(reference, method(reader, binding.digestMethod,
                binding.digestMethodAlgorithm, binding.digestMethodContent));
        expect(reader, "DigestValue");
        noAttributes(reader);
        binding.referenceDigestValue.set(reference, base64(reader.getElementText()));
        if (nextTag(reader) != XMLStreamConstants.END_ELEMENT) {
            throw CompiledReader.NOT_SURE;
        }
        return reference;
    }

    /** CanonicalizationMethod, SignatureMethod, Transform, DigestMethod: a known Algorithm and no content. */
    private static Object method(XMLStreamReader reader, Class<?> type, Field algorithm, Field content)
            throws XMLStreamException, ReflectiveOperationException, CompiledReader.NotSure {
        if (reader.getAttributeCount() != 1 || !"Algorithm".equals(reader.getAttributeLocalName(0))
                || !reader.getAttributeNamespace(0).isEmpty() || !ALGORITHMS.contains(reader.getAttributeValue(0))) {
            throw CompiledReader.NOT_SURE;
        }
        Object method = BindingAccess.newInstance(type);
        algorithm.set(method, reader.getAttributeValue(0));
        if (content != null) {
            // JAXB binds the (empty) text of these mixed-content types as ""; Transform keeps a null list
            content.set(method, "");
        }
        if (reader.next() != XMLStreamConstants.END_ELEMENT) {
            throw CompiledReader.NOT_SURE;
        }
        return method;
    }

    private Object keyInfo(XMLStreamReader reader) throws XMLStreamException, ReflectiveOperationException,
            CompiledReader.NotSure {
        noAttributes(reader);
        Object keyInfo = BindingAccess.newInstance(binding.keyInfo);
        List<Object> content = new ArrayList<>();
        int event = reader.next();
        while (event != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) {
                // KeyInfo is mixed content: JAXB keeps the text between the elements
                content.add(reader.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT && DSIG.equals(reader.getNamespaceURI())
                    && "KeyName".equals(reader.getLocalName())) {
                noAttributes(reader);
                content.add(binding.createKeyName.invoke(binding.factory, reader.getElementText()));
            } else if (event == XMLStreamConstants.START_ELEMENT && DSIG.equals(reader.getNamespaceURI())
                    && "X509Data".equals(reader.getLocalName())) {
                content.add(binding.createX509Data.invoke(binding.factory, x509Data(reader)));
            } else if (event != XMLStreamConstants.COMMENT) {
                throw CompiledReader.NOT_SURE;
            }
            event = reader.next();
        }
        if (content.isEmpty()) {
            throw CompiledReader.NOT_SURE;
        }
        binding.keyInfoContent.set(keyInfo, content);
        return keyInfo;
    }

    private Object x509Data(XMLStreamReader reader) throws XMLStreamException, ReflectiveOperationException,
            CompiledReader.NotSure {
        noAttributes(reader);
        Object data = BindingAccess.newInstance(binding.x509Data);
        List<Object> certificates = new ArrayList<>();
        while (nextTag(reader) == XMLStreamConstants.START_ELEMENT) {
            requireName(reader, "X509Certificate");
            noAttributes(reader);
            certificates.add(binding.createCertificate.invoke(binding.factory, recentCertificates.decode(reader)));
        }
        if (certificates.isEmpty()) {
            throw CompiledReader.NOT_SURE;
        }
        binding.x509DataList.set(data, certificates);
        return data;
    }

    private static void expect(XMLStreamReader reader, String name) throws XMLStreamException, CompiledReader.NotSure {
        if (nextTag(reader) != XMLStreamConstants.START_ELEMENT) {
            throw CompiledReader.NOT_SURE;
        }
        requireName(reader, name);
    }

    private static void requireName(XMLStreamReader reader, String name) throws CompiledReader.NotSure {
        if (!name.equals(reader.getLocalName()) || !DSIG.equals(reader.getNamespaceURI())) {
            throw CompiledReader.NOT_SURE;
        }
    }

    private static void noAttributes(XMLStreamReader reader) throws CompiledReader.NotSure {
        if (reader.getAttributeCount() != 0) {
            throw CompiledReader.NOT_SURE;
        }
    }

    /** The next start or end tag, past white space and comments; anything else is not for the fast path. */
    private static int nextTag(XMLStreamReader reader) throws XMLStreamException, CompiledReader.NotSure {
        int event = reader.next();
        while (event == XMLStreamConstants.COMMENT || ((event == XMLStreamConstants.CHARACTERS
                || event == XMLStreamConstants.SPACE) && reader.isWhiteSpace())) {
            event = reader.next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw CompiledReader.NOT_SURE;
        }
        return event;
    }

    /**
     * Strict xs:base64Binary, as the XSD validator checks it: Base64 alphabet in groups of four, white space between
     * characters, padding only at the end, and the bits a padding leaves unused set to zero.
     */
    static byte[] base64(String text) throws CompiledReader.NotSure {
        // checked and decoded in one pass (a check, then the JDK's MIME decoder, read the certificate twice)
        int length = text.length();
        byte[] out = new byte[length / 4 * 3 + 3];
        int written = 0;
        int i = 0;
        // four characters of the alphabet at once: all of a certificate but its line ends and its last group
        while (i + 4 <= length) {
            int a = value(text.charAt(i));
            int b = value(text.charAt(i + 1));
            int c = value(text.charAt(i + 2));
            int d = value(text.charAt(i + 3));
            if ((a | b | c | d) < 0) {
                break;
            }
            int bits = a << 18 | b << 12 | c << 6 | d;
            out[written++] = (byte) (bits >> 16);
            out[written++] = (byte) (bits >> 8);
            out[written++] = (byte) bits;
            i += 4;
        }
        int bits = 0;
        int inGroup = 0;
        int padding = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            int value = value(c);
            if (value >= 0 && padding == 0) {
                bits = bits << 6 | value;
                if (++inGroup == 4) {
                    out[written++] = (byte) (bits >> 16);
                    out[written++] = (byte) (bits >> 8);
                    out[written++] = (byte) bits;
                    bits = 0;
                    inGroup = 0;
                }
            } else if (c == '=') {
                padding++;
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                throw CompiledReader.NOT_SURE;
            }
        }
        if (padding == 0 && inGroup == 0) {
            return Arrays.copyOf(out, written);
        }
        // "xx==" leaves 4 bits unused and "xxx=" 2: both must be zero
        if (padding == 2 && inGroup == 2 && (bits & 0xF) == 0) {
            out[written++] = (byte) (bits >> 4);
            return Arrays.copyOf(out, written);
        }
        if (padding == 1 && inGroup == 3 && (bits & 0x3) == 0) {
            out[written++] = (byte) (bits >> 10);
            out[written++] = (byte) (bits >> 2);
            return Arrays.copyOf(out, written);
        }
        throw CompiledReader.NOT_SURE;
    }

    private static int value(char c) {
        return c < ALPHABET.length ? ALPHABET[c] : -1;
    }

    private static int[] alphabet() {
        int[] values = new int[128];
        Arrays.fill(values, -1);
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < digits.length(); i++) {
            values[digits.charAt(i)] = i;
        }
        return values;
    }

    /**
     * The certificates this reader decoded last. A declarant signs every message with the same certificate: its
     * text, once found valid and decoded, is recognised by comparing it (a vectorised equals) where decoding it
     * again was a fifth of reading the message. Each message gets a copy of its own.
     */
    static final class RecentCertificates {

        private static final int KEPT = 16;

        private final String[] texts = new String[KEPT];
        private final byte[][] decoded = new byte[KEPT][];
        private int next;

        /** The certificate whose start tag the reader is on, through its end tag. */
        byte[] decode(XMLStreamReader reader) throws XMLStreamException, CompiledReader.NotSure {
            if (reader.next() != XMLStreamConstants.CHARACTERS) {
                throw CompiledReader.NOT_SURE;
            }
            String text = reader.getText();
            byte[] bytes = null;
            for (int i = 0; i < KEPT && bytes == null; i++) {
                if (text.equals(texts[i])) {
                    bytes = decoded[i].clone();
                }
            }
            if (bytes == null) {
                bytes = base64(text);
                texts[next] = text;
                decoded[next] = bytes.clone();
                next = (next + 1) % KEPT;
            }
            if (reader.next() != XMLStreamConstants.END_ELEMENT) {
                throw CompiledReader.NOT_SURE;
            }
            return bytes;
        }
    }

    /** The XML-DSig classes XJC generated into one binding package, and the fields JAXB sets. */
    private static final class Binding {
        final Class<?> signature;
        final Class<?> signedInfo;
        final Class<?> canonicalization;
        final Class<?> signatureMethod;
        final Class<?> reference;
        final Class<?> transforms;
        final Class<?> transform;
        final Class<?> digestMethod;
        final Class<?> signatureValue;
        final Class<?> keyInfo;
        final Class<?> x509Data;
        final Field signedInfoField;
        final Field signatureValueField;
        final Field keyInfoField;
        final Field signatureValueValue;
        final Field canonicalizationField;
        final Field signatureMethodField;
        final Field referenceList;
        final Field canonicalizationAlgorithm;
        final Field signatureMethodAlgorithm;
        final Field transformAlgorithm;
        final Field digestMethodAlgorithm;
        final Field canonicalizationContent;
        final Field signatureMethodContent;
        final Field digestMethodContent;
        final Field referenceUri;
        final Field referenceTransforms;
        final Field referenceDigestMethod;
        final Field referenceDigestValue;
        final Field transformList;
        final Field keyInfoContent;
        final Field x509DataList;
        final Object factory;
        final Method createKeyName;
        final Method createX509Data;
        final Method createCertificate;

        Binding(String pkg) {
            try {
                signature = type(pkg, "SignatureType");
                signedInfo = type(pkg, "SignedInfoType");
                canonicalization = type(pkg, "CanonicalizationMethodType");
                signatureMethod = type(pkg, "SignatureMethodType");
                reference = type(pkg, "ReferenceType");
                transforms = type(pkg, "TransformsType");
                transform = type(pkg, "TransformType");
                digestMethod = type(pkg, "DigestMethodType");
                signatureValue = type(pkg, "SignatureValueType");
                keyInfo = type(pkg, "KeyInfoType");
                x509Data = type(pkg, "X509DataType");
                signedInfoField = field(signature, "signedInfo");
                signatureValueField = field(signature, "signatureValue");
                keyInfoField = field(signature, "keyInfo");
                signatureValueValue = field(signatureValue, "value");
                canonicalizationField = field(signedInfo, "canonicalizationMethod");
                signatureMethodField = field(signedInfo, "signatureMethod");
                referenceList = field(signedInfo, "reference");
                canonicalizationAlgorithm = field(canonicalization, "algorithm");
                signatureMethodAlgorithm = field(signatureMethod, "algorithm");
                transformAlgorithm = field(transform, "algorithm");
                digestMethodAlgorithm = field(digestMethod, "algorithm");
                canonicalizationContent = field(canonicalization, "content");
                signatureMethodContent = field(signatureMethod, "content");
                digestMethodContent = field(digestMethod, "content");
                referenceUri = field(reference, "uri");
                referenceTransforms = field(reference, "transforms");
                referenceDigestMethod = field(reference, "digestMethod");
                referenceDigestValue = field(reference, "digestValue");
                transformList = field(transforms, "transform");
                keyInfoContent = field(keyInfo, "content");
                x509DataList = field(x509Data, "x509IssuerSerialOrX509SKIOrX509SubjectName");
                Class<?> objectFactory = type(pkg, "ObjectFactory");
                factory = objectFactory.getDeclaredConstructor().newInstance();
                createKeyName = objectFactory.getMethod("createKeyName", String.class);
                createX509Data = objectFactory.getMethod("createX509Data", x509Data);
                createCertificate = objectFactory.getMethod("createX509DataTypeX509Certificate", byte[].class);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("unexpected XML-DSig binding in " + pkg, e);
            }
        }

        private static Class<?> type(String pkg, String name) throws ClassNotFoundException {
            return Class.forName(pkg + "." + name, true, CompiledSignature.class.getClassLoader());
        }

        private static Field field(Class<?> type, String name) throws NoSuchFieldException {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        }
    }
}
