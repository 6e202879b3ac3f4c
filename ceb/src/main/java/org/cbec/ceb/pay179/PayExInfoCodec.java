package org.cbec.ceb.pay179;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cbec.ceb.sign.Certificates;
import org.cbec.ceb.sign.KeyMaterial;
import org.cbec.ceb.sign.Sm2Signatures;
import org.cbec.ceb.sign.XmlSecurity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds, signs and checks the {@code payExInfoStr} of announcement No.179. The string signed is the first-level
 * members joined by {@code ||}, each value quoted, the head and the lists as the exact JSON text that is sent:
 * <pre>"sessionID":"…"||"payExchangeInfoHead":"{…}"||"payExchangeInfoLists":"[…]"||"serviceTime":"…"</pre>
 * Signatures are RSA-SHA1 or SM2-SM3 (raw r||s), Base64, as for the XML messages. Checking cuts the head and the
 * lists out of the received text, so any JSON spelling the sender chose verifies as it was signed. Thread-safe.
 */
public final class PayExInfoCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The string to sign for a payment. */
    public String signSource(PayExchangeInfo info) {
        return signSource(info.sessionID(), JSON.writeValueAsString(info.payExchangeInfoHead()),
                JSON.writeValueAsString(info.payExchangeInfoLists()), info.serviceTime());
    }

    private static String signSource(String sessionId, String headJson, String listsJson, String serviceTime) {
        return "\"sessionID\":\"" + sessionId + "\"||\"payExchangeInfoHead\":\"" + headJson
                + "\"||\"payExchangeInfoLists\":\"" + listsJson + "\"||\"serviceTime\":\"" + serviceTime + "\"";
    }

    /** The signed {@code payExInfoStr} form value: compact JSON with {@code certNo} and {@code signValue}. */
    public String payExInfoStr(PayExchangeInfo info, KeyMaterial key) throws GeneralSecurityException {
        String signValue = Base64.getEncoder().encodeToString(sign(signSource(info), key));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionID", info.sessionID());
        body.put("payExchangeInfoHead", info.payExchangeInfoHead());
        body.put("payExchangeInfoLists", info.payExchangeInfoLists());
        body.put("serviceTime", info.serviceTime());
        body.put("certNo", key.keyName());
        body.put("signValue", signValue);
        return JSON.writeValueAsString(body);
    }

    /** Reads a {@code payExInfoStr} (or the pretty-printed sample) into its parts. */
    public PayExchangeInfo parse(String payExInfoStr) {
        return JSON.readValue(payExInfoStr, PayExchangeInfo.class);
    }

    /**
     * Checks a received {@code payExInfoStr} against the certificate registered for its {@code certNo}.
     *
     * @return null when the signature holds, otherwise why not
     */
    public String verify(String payExInfoStr, java.security.cert.X509Certificate certificate) {
        Map<String, String> raw;
        try {
            raw = rawMembers(payExInfoStr);
        } catch (JacksonException e) {
            return "payExInfoStr is not JSON: " + e.getOriginalMessage();
        }
        for (String member : new String[] {"sessionID", "payExchangeInfoHead", "payExchangeInfoLists", "serviceTime",
                "certNo", "signValue"}) {
            if (!raw.containsKey(member)) {
                return "payExInfoStr lacks " + member;
            }
        }
        if (!raw.get("certNo").equalsIgnoreCase(Certificates.serialHex(certificate))) {
            return "certNo " + raw.get("certNo") + " is not the serial of the registered certificate "
                    + Certificates.serialHex(certificate);
        }
        String source = signSource(raw.get("sessionID"), raw.get("payExchangeInfoHead"),
                raw.get("payExchangeInfoLists"), raw.get("serviceTime"));
        try {
            byte[] value = Base64.getMimeDecoder().decode(raw.get("signValue"));
            return verifySignature(source, value, certificate) ? null
                    : "signValue does not verify over the payment data with the certificate " + raw.get("certNo");
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return "signValue cannot be checked: " + e.getMessage();
        }
    }

    /** First-level members: strings as their value, objects and arrays as their exact text in the input. */
    private static Map<String, String> rawMembers(String json) {
        Map<String, String> members = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not an object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getCharOffset();
                    members.put(name, json.substring(start, end));
                } else {
                    members.put(name, parser.getString());
                }
            }
        }
        return members;
    }

    private static byte[] sign(String source, KeyMaterial key) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(key.isSm2() ? "SM3withSM2" : "SHA1withRSA", XmlSecurity.provider());
        signature.initSign(key.privateKey());
        signature.update(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] value = signature.sign();
        return key.isSm2() ? Sm2Signatures.derToRaw(value) : value;
    }

    private static boolean verifySignature(String source, byte[] value, java.security.cert.X509Certificate certificate)
            throws GeneralSecurityException {
        boolean sm2 = Certificates.isSm2(certificate);
        Signature signature = Signature.getInstance(sm2 ? "SM3withSM2" : "SHA1withRSA", XmlSecurity.provider());
        signature.initVerify(certificate.getPublicKey());
        signature.update(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return signature.verify(sm2 && value.length == 64 ? Sm2Signatures.rawToDer(value) : value);
    }
}
