package org.cbec.ceb;

import java.nio.charset.StandardCharsets;
import org.cbec.ceb.sign.CebSigner;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.SelfSignedKeys;
import org.cbec.ceb.sign.SigningException;

/** A valid message of any type made from the XSD, signed where the XSD requires a signature. */
public final class XsdMessages {

    private static final KeyMaterial KEY = SelfSignedKeys.sm2("xsd messages");

    private XsdMessages() {
    }

    public static byte[] unsigned(MessageType type) {
        return XsdMessageGenerator.forType(type).generate(type.rootElement()).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] valid(MessageType type) {
        byte[] message = unsigned(type);
        if (!type.signatureRequired()) {
            return message;
        }
        try {
            return new CebSigner().sign(message, KEY);
        } catch (SigningException e) {
            throw new IllegalStateException(e);
        }
    }
}
