package org.cbec.ceb.xml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * What an enveloped CEB signature is checked over, read in one pass of the {@link SubsetXmlReader}: the message
 * without its signature and the signature's SignedInfo, each in canonical XML 1.0 without comments (the form the
 * signer digested and signed), and the values of the signature's elements. It serves the common case of a message
 * in plain XML signed in the plain shape (CEB-SPEC.md §6): one {@code ds:Signature} under the root of SignedInfo,
 * SignatureValue and KeyInfo, one Reference, no transform with parameters. For anything else it answers null and
 * the DOM verifier (Xerces and Santuario) checks the message, so it can only save work, never decide differently:
 * {@code SignedPartsTest} holds its canonical forms to Santuario's byte for byte. Not thread-safe.
 */
public final class SignedParts {

    public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    /** The parts of one message; the canonical forms are copies. */
    public record Parts(byte[] document, byte[] signedInfo, String canonicalizationMethod, String signatureMethod,
                        List<String> transforms, String digestMethod, String digestValue, String signatureValue,
                        String keyName, String certificate) {
    }

    private final SubsetXmlReader reader = new SubsetXmlReader();
    private final CanonicalXml document = new CanonicalXml();
    private final CanonicalXml signedInfo = new CanonicalXml();
    /** The namespace bindings in scope, innermost last, as prefix and URI pairs; marks: where each element's begin. */
    private String[] bindings = new String[32];
    private int bindingCount;
    private int[] marks = new int[64];
    private final StringBuilder text = new StringBuilder();

    // the signature's values as found
    private int signatures;
    private String canonicalizationMethod;
    private String signatureMethod;
    private int references;
    private boolean keyInfo;
    private boolean transformList;
    private final List<String> transforms = new ArrayList<>();
    private String digestMethod;
    private String digestValue;
    private String signatureValue;
    private String keyName;
    private String certificate;

    /** The parts of a signed message, or null when this reader cannot vouch for them. */
    public Parts read(byte[] message) {
        try {
            return parts(message);
        } catch (XMLStreamException | NotPlain e) {
            return null;
        } finally {
            reader.close();
        }
    }

    /** The message or its signature is not of the shape read here. */
    private static final class NotPlain extends Exception {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private Parts parts(byte[] message) throws XMLStreamException, NotPlain {
        reader.reset(message);
        document.reset();
        signedInfo.reset();
        bindingCount = 0;
        signatures = 0;
        canonicalizationMethod = signatureMethod = digestMethod = digestValue = signatureValue = keyName = null;
        certificate = null;
        references = 0;
        keyInfo = false;
        transformList = false;
        transforms.clear();
        // the path of ds elements inside the signature, by depth: 2 is the Signature itself
        String[] path = new String[8];
        int depth = 0;
        int signatureDepth = -1;
        boolean inSignedInfo = false;
        for (int event = reader.next(); event != XMLStreamConstants.END_DOCUMENT; event = reader.next()) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (marks.length == depth) {
                        marks = Arrays.copyOf(marks, depth * 2);
                    }
                    marks[depth] = bindingCount;
                    int parentBindings = bindingCount;
                    for (int i = 0; i < reader.getNamespaceCount(); i++) {
                        bind(reader.getNamespacePrefix(i), reader.getNamespaceURI(i));
                    }
                    if (depth == 2 && DSIG.equals(reader.getNamespaceURI())
                            && "Signature".equals(reader.getLocalName())) {
                        if (++signatures > 1) {
                            throw NotPlain.INSTANCE;
                        }
                        signatureDepth = depth;
                        path[0] = "Signature";
                        onlyAttributes("Id");
                    } else if (signatureDepth > 0) {
                        if (!"KeyInfo".equals(path[1]) && !text.toString().isBlank()) {
                            // text where the signature has only elements
                            throw NotPlain.INSTANCE;
                        }
                        inSignedInfo |= signatureElement(depth - signatureDepth, path);
                        if (inSignedInfo) {
                            signedInfo.start(reader, depth - signatureDepth == 1 ? 0 : parentBindings, this);
                        }
                    } else {
                        document.start(reader, parentBindings, this);
                    }
                    text.setLength(0);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (signatureDepth > 0) {
                        signatureEnd(depth - signatureDepth, path);
                        if (inSignedInfo) {
                            signedInfo.end(reader);
                            inSignedInfo = depth - signatureDepth > 1;
                        }
                        if (depth == signatureDepth) {
                            signatureDepth = -1;
                        }
                    } else {
                        document.end(reader);
                    }
                    bindingCount = marks[depth];
                    depth--;
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    if (signatureDepth < 0) {
                        document.text(reader.getText());
                    } else {
                        if (inSignedInfo) {
                            signedInfo.text(reader.getText());
                        }
                        text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.COMMENT -> {
                    // not in the canonical form without comments, nor in the DOM's text of an element
                }
                default -> throw NotPlain.INSTANCE;
            }
        }
        if (signatures != 1 || references != 1 || signatureValue == null || digestValue == null
                || canonicalizationMethod == null || signatureMethod == null || digestMethod == null) {
            throw NotPlain.INSTANCE;
        }
        return new Parts(document.bytes(), signedInfo.bytes(), canonicalizationMethod, signatureMethod,
                List.copyOf(transforms), digestMethod, digestValue, signatureValue, keyName, certificate);
    }

    /**
     * Takes a start tag inside the signature at {@code level} (1: a child of Signature) and says whether it is
     * in SignedInfo. Only the plain shape is taken: Signature holds SignedInfo, SignatureValue and KeyInfo;
     * KeyInfo's content, which nothing signs, is only looked through for KeyName and X509Certificate.
     */
    private boolean signatureElement(int level, String[] path) throws NotPlain {
        String name = reader.getLocalName();
        boolean dsig = DSIG.equals(reader.getNamespaceURI());
        if (level >= path.length) {
            throw NotPlain.INSTANCE;
        }
        String parent = path[level - 1];
        path[level] = dsig ? name : "";
        if ("KeyInfo".equals(path[1]) && level > 1) {
            if ("KeyName".equals(parent) || "X509Certificate".equals(parent)) {
                // their values are their text alone
                throw NotPlain.INSTANCE;
            }
            return false;
        }
        if (!dsig) {
            throw NotPlain.INSTANCE;
        }
        String expected = switch (parent) {
            case "Signature" -> switch (name) {
                case "SignedInfo" -> canonicalizationMethod == null ? "Id" : null;
                case "SignatureValue" -> signatureValue == null && references == 1 ? "Id" : null;
                case "KeyInfo" -> signatureValue != null && !keyInfo ? "Id" : null;
                default -> null;
            };
            case "SignedInfo" -> switch (name) {
                case "CanonicalizationMethod" -> canonicalizationMethod == null ? "Algorithm" : null;
                case "SignatureMethod" -> canonicalizationMethod != null && signatureMethod == null
                        ? "Algorithm" : null;
                case "Reference" -> signatureMethod != null && references == 0 ? "Reference" : null;
                default -> null;
            };
            case "Reference" -> switch (name) {
                case "Transforms" -> !transformList && digestMethod == null ? "" : null;
                case "DigestMethod" -> digestMethod == null ? "Algorithm" : null;
                case "DigestValue" -> digestMethod != null && digestValue == null ? "" : null;
                default -> null;
            };
            case "Transforms" -> "Transform".equals(name) ? "Algorithm" : null;
            default -> null;
        };
        if (expected == null) {
            throw NotPlain.INSTANCE;
        }
        // each at most once
        keyInfo |= "KeyInfo".equals(name);
        transformList |= "Transforms".equals(name);
        references += "Reference".equals(name) ? 1 : 0;
        switch (expected) {
            case "Algorithm" -> {
                onlyAttributes("Algorithm");
                String algorithm = reader.getAttributeValue(null, "Algorithm");
                if (algorithm == null) {
                    throw NotPlain.INSTANCE;
                }
                switch (name) {
                    case "CanonicalizationMethod" -> canonicalizationMethod = algorithm;
                    case "SignatureMethod" -> signatureMethod = algorithm;
                    case "DigestMethod" -> digestMethod = algorithm;
                    default -> transforms.add(algorithm);
                }
            }
            case "Reference" -> {
                onlyAttributes("URI", "Id", "Type");
                if (!"".equals(reader.getAttributeValue(null, "URI"))) {
                    throw NotPlain.INSTANCE;
                }
            }
            case "Id" -> onlyAttributes("Id");
            default -> onlyAttributes();
        }
        return "SignedInfo".equals(path[1]);
    }

    /** Takes the end tag of an element inside the signature: the values are its text. */
    private void signatureEnd(int level, String[] path) throws NotPlain {
        String name = path[level];
        if (level == 1 && "SignatureValue".equals(name)) {
            signatureValue = text.toString();
        } else if (level == 2 && "KeyName".equals(name) && "KeyInfo".equals(path[1]) && keyName == null) {
            keyName = text.toString();
        } else if ("X509Certificate".equals(name) && "KeyInfo".equals(path[1]) && certificate == null) {
            certificate = text.toString();
        } else if ("DigestValue".equals(name) && level == 3) {
            digestValue = text.toString();
        } else if (!"KeyInfo".equals(path[1]) && !text.toString().isBlank()) {
            // text where the signature has only elements
            throw NotPlain.INSTANCE;
        }
    }

    private void onlyAttributes(String... allowed) throws NotPlain {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (!Arrays.asList(allowed).contains(reader.getAttributeLocalName(i))) {
                throw NotPlain.INSTANCE;
            }
        }
    }

    private void bind(String prefix, String uri) {
        if (bindings.length < bindingCount * 2 + 2) {
            bindings = Arrays.copyOf(bindings, bindings.length * 2);
        }
        bindings[bindingCount * 2] = prefix;
        bindings[bindingCount * 2 + 1] = uri;
        bindingCount++;
    }

    /** The URI bound to a prefix by the first {@code count} bindings, or null. */
    String bound(String prefix, int count) {
        for (int i = count - 1; i >= 0; i--) {
            if (bindings[i * 2].equals(prefix)) {
                return bindings[i * 2 + 1];
            }
        }
        return null;
    }

    /** The prefixes bound by the bindings from {@code from} to {@code to}, each once. */
    List<String> prefixes(int from, int to) {
        List<String> prefixes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!prefixes.contains(bindings[i * 2])) {
                prefixes.add(bindings[i * 2]);
            }
        }
        return prefixes;
    }

    int bindingCount() {
        return bindingCount;
    }
}
