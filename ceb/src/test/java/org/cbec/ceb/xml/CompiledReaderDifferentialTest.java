package org.cbec.ceb.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.Samples;
import org.cbec.ceb.SchemaVersion;
import org.cbec.ceb.XsdMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The compiled fast path and the reference pipeline (Xerces XSD validation and JAXB) must agree: whatever the fast
 * path accepts, the reference accepts too, bound to an equal object. Checked on every valid official sample, a
 * message of every type made from the XSD, and thousands of mutations of them.
 */
class CompiledReaderDifferentialTest {

    private static final String CEB = MessageType.CEB_NAMESPACE;
    private static final String[] TRICKY = {"QUJD", "QUI=", "QUJ=", "QQ==", "QR==", "Q Q = =", "QUJD\nREVG", "=QUJ",
        "http://www.w3.org/2000/09/xmldsig#sha1", "#id", "", " ", "0", "-0", "+1", "1.", ".5", "1e5", "12a", "１２", " 12 ",
        "\t7\n", "99999999999", "2147483647", "2147483648", "-2147483648", "1.123456", "0.00000", "000123.4500",
        "142", " 142", "142 ", "3", "漢字", "\uD83D\uDE00", "a b  c", " a ", "-", "+", ".", "1.2.3", "ＡＢＣ",
        "12345678901234567890", "1234567890123456789.12345", "123456789012345678.123456"};

    private final CompiledReader compiled = new CompiledReader(32);
    private final MessageParser reference = new MessageParser(32, 100);

    static java.util.stream.Stream<String> validSamples() {
        return Samples.valid();
    }

    @ParameterizedTest(name = "CEB{0}")
    @MethodSource("validSamples")
    void everyValidSampleTakesTheFastPathAndBindsAsTheReference(String number) {
        assertAgree(Samples.bytes(number), true);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = MessageType.class, names = {"DXP_MSG", "DXP_MSG_SV", "DXP_REP"},
            mode = EnumSource.Mode.EXCLUDE)
    void messageOfEveryTypeFromTheXsdTakesTheFastPath(MessageType type) {
        byte[] message = XsdMessages.valid(type);
        assertAgree(message, true);
    }

    @Test
    void mutationsNeverMakeTheFastPathAcceptWhatTheReferenceRefuses() throws Exception {
        Random random = new Random(20221127);
        List<String> sources = Samples.valid().toList();
        int fastAccepted = 0;
        int referenceRefused = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] original = Samples.bytes(sources.get(random.nextInt(sources.size())));
            byte[] mutated = mutate(original, random);
            CompiledReader.Result fast = compiled.read(mutated, SchemaVersion.V202205);
            ReadResult slow = reference.parseReference(new ByteArrayInputStream(mutated), SchemaVersion.V202205);
            if (fast != null) {
                fastAccepted++;
                assertThat(slow.errors()).as("fast path accepted what the XSD refuses:%n%s",
                        new String(mutated, StandardCharsets.UTF_8)).isEmpty();
                assertThat(fast.body()).usingRecursiveComparison().isEqualTo(slow.message().body());
            }
            if (!slow.isOk()) {
                referenceRefused++;
            }
        }
        // both kinds occur, so the comparison above is not vacuous
        assertThat(fastAccepted).isGreaterThan(500);
        assertThat(referenceRefused).isGreaterThan(1000);
    }

    private void assertAgree(byte[] message, boolean fastExpected) {
        CompiledReader.Result fast = compiled.read(message, SchemaVersion.V202205);
        ReadResult slow = reference.parseReference(new ByteArrayInputStream(message), SchemaVersion.V202205);
        assertThat(slow.errors()).isEmpty();
        assertThat(fast != null).as("fast path taken").isEqualTo(fastExpected);
        assertThat(fast.type()).isEqualTo(slow.message().type());
        assertThat(fast.body()).usingRecursiveComparison().isEqualTo(slow.message().body());
    }

    private static byte[] mutate(byte[] original, Random random) throws Exception {
        Document document = SecureXml.newDocumentBuilder().parse(new ByteArrayInputStream(original));
        List<Element> elements = new ArrayList<>();
        collect(document.getDocumentElement(), elements);
        Element target = elements.get(1 + random.nextInt(elements.size() - 1));
        boolean leaf = target.getElementsByTagNameNS("*", "*").getLength() == 0;
        switch (random.nextInt(leaf ? 11 : 5)) {
            case 0 -> target.getParentNode().removeChild(target);
            case 1 -> target.getParentNode().insertBefore(target.cloneNode(true), target.getNextSibling());
            case 2 -> {
                Node next = target.getNextSibling();
                while (next != null && !(next instanceof Element)) {
                    next = next.getNextSibling();
                }
                if (next != null) {
                    target.getParentNode().insertBefore(next, target);
                }
            }
            case 3 -> target.setAttribute(random.nextBoolean() ? "note" : "x", "1");
            case 4 -> target.getParentNode().insertBefore(document.createElementNS(CEB, "ceb:unknown"), target);
            case 5, 6 -> target.setTextContent(TRICKY[random.nextInt(TRICKY.length)]);
            case 7 -> target.setTextContent((random.nextBoolean() ? "9" : "x").repeat(random.nextInt(80)));
            case 8 -> {
                String text = target.getTextContent();
                target.setTextContent("");
                target.appendChild(document.createCDATASection(text));
            }
            case 9 -> target.setAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "xsi:nil", "true");
            default -> {
                String text = target.getTextContent();
                int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
                target.setTextContent(text.substring(0, cut));
                target.appendChild(document.createComment("c"));
                target.appendChild(document.createTextNode(text.substring(cut)));
            }
        }
        if (random.nextInt(10) == 0) {
            document.getDocumentElement().setAttribute("guid", "short");
        }
        return SecureXml.toBytes(document);
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                collect(e, into);
            }
        }
    }
}
