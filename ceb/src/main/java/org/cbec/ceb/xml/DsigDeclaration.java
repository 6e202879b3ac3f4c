package org.cbec.ceb.xml;

import java.nio.charset.StandardCharsets;

/**
 * JAXB declares every namespace of its context on the root element, {@code xmlns:ds} included, even when the
 * message has no signature. The official samples declare {@code ds} on {@code ds:Signature} only, and a signer
 * adds it there; this moves the declaration where the samples have it. It works on the marshaller's own output,
 * whose shape is known: the declaration in the root start tag, and a bare {@code <ds:Signature>} start tag.
 */
public final class DsigDeclaration {

    private static final byte[] ON_ROOT = " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNATURE = "<ds:Signature".getBytes(StandardCharsets.US_ASCII);

    private DsigDeclaration() {
    }

    public static byte[] moveToSignature(byte[] xml) {
        int prolog = indexOf(xml, new byte[] {'?', '>'}, 0);
        int rootEnd = indexOf(xml, new byte[] {'>'}, indexOf(xml, new byte[] {'<'}, prolog < 0 ? 0 : prolog + 2));
        int declaration = indexOf(xml, ON_ROOT, 0);
        if (declaration < 0 || rootEnd < 0 || declaration > rootEnd) {
            return xml;
        }
        int signature = indexOf(xml, SIGNATURE, rootEnd);
        byte[] out = new byte[signature < 0 ? xml.length - ON_ROOT.length : xml.length];
        System.arraycopy(xml, 0, out, 0, declaration);
        int from = declaration + ON_ROOT.length;
        if (signature < 0) {
            System.arraycopy(xml, from, out, declaration, xml.length - from);
            return out;
        }
        int tagEnd = signature + SIGNATURE.length;
        int at = declaration;
        System.arraycopy(xml, from, out, at, tagEnd - from);
        at += tagEnd - from;
        System.arraycopy(ON_ROOT, 0, out, at, ON_ROOT.length);
        at += ON_ROOT.length;
        System.arraycopy(xml, tagEnd, out, at, xml.length - tagEnd);
        return out;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        if (from < 0) {
            return -1;
        }
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
