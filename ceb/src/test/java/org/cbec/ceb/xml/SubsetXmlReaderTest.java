package org.cbec.ceb.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.Samples;
import org.cbec.ceb.XsdMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The subset reader against Aalto, event by event: whatever it reads to the end, Aalto reads without error and with
 * the same events, names, namespaces, attributes and texts; what it cannot vouch for it leaves with OutsideSubset.
 */
class SubsetXmlReaderTest {

    private static final XMLInputFactory AALTO = SecureXml.newStaxFactory();
    /** Bytes and strings that break XML where they land: markup, quotes, entities, bad UTF-8, control characters. */
    private static final String[] NASTY = {"<", ">", "&", "\"", "'", "=", ":", "/", " ", "\r", "\t", "]]>", "--",
        "<!--", "-->", "&amp;", "&lt;", "&#65;", "&bogus;", "<![CDATA[x]]>", "<?pi x?>", "\u0001", "\u00e9", "漢",
        "xmlns:x=\"u\"", "x:", ":x", " a=\"1\"", " a=\"1\" a=\"2\"", "</x>", "<x/>", "\uFFFE", "\uD83D\uDE00"};
    private static final byte[][] BAD_BYTES = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF}, {0}};

    private final SubsetXmlReader subset = new SubsetXmlReader();

    static Stream<String> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsEveryOfficialSampleAsAaltoDoes(String number) throws Exception {
        assertThat(agreeOrOutside(Samples.bytes(number))).as("the subset reader read sample %s", number).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void readsAMessageOfEveryTypeAsAaltoDoes(MessageType type) throws Exception {
        assertThat(agreeOrOutside(XsdMessages.valid(type))).isTrue();
    }

    @Test
    void byteMutationsAreReadAsAaltoReadsThemOrLeftToIt() throws Exception {
        Random random = new Random(20261201);
        List<String> sources = Samples.all().toList();
        int read = 0;
        int left = 0;
        for (int i = 0; i < 20000; i++) {
            byte[] mutated = mutate(Samples.bytes(sources.get(random.nextInt(sources.size()))), random);
            if (agreeOrOutside(mutated)) {
                read++;
            } else {
                left++;
            }
        }
        // both outcomes occur often, so the agreement above is not vacuous
        assertThat(read).isGreaterThan(1000);
        assertThat(left).isGreaterThan(10000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a>x</b>", "<a><b></a></b>", "<a>x", "<a x='1' x='2'/>", "<a x='1'y='2'/>", "<a x=1/>", "<a x='<'/>",
        "<p:a/>", "<a xmlns:p=''/>", "<a xmlns:p='u' xmlns:p='v'/>", "<a>]]></a>", "<a>&nbsp;</a>",
        "<a><!-- -- --></a>", "<a/><b/>", "<a/>x", "", "   ", "<?xml version='1.1'?><a/>",
        "<?xml version='1.0' encoding='GBK'?><a/>", "<?xml version='1.0'encoding='UTF-8'?><a/>", "<!DOCTYPE a><a/>",
        "<a>\u0001</a>", "< a/>", "<a:/>", "<a:b:c/>", "<a>\r\nvalue</a>", "<a x='\t'/>", "<a><![CDATA[x]]></a>",
        "<a>&#65;</a>", "<a p:x='1' xmlns:p='u'/>", "<a><![CDATA[x]]><!-- c --></a>", "<a><![CDATA[x]]>--></a>",
        "<a><!DOCTYPE x><!-- c --></a>", "<a><?pi x?></a>"})
    void leavesWhatItCannotVouchFor(String xml) {
        assertThatThrownBy(() -> readAll(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SubsetXmlReader.OutsideSubset.class);
    }

    @Test
    void leavesThousandsOfNamespaceDeclarationsToAalto() {
        StringBuilder xml = new StringBuilder("<a");
        for (int i = 0; i < 5000; i++) {
            xml.append(" xmlns:p").append(i).append("='u").append(i).append('\'');
        }
        byte[] message = xml.append("/>").toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readAll(message)).isInstanceOf(SubsetXmlReader.OutsideSubset.class);
    }

    @Test
    void readsEntitiesLineEndsCommentsAndNamespacesAsAaltoDoes() throws Exception {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding='utf-8' standalone=\"yes\"?>\r\n<!-- before -->\n"
                + "<ceb:a xmlns:ceb=\"urn:c\" xmlns=\"urn:d\" k=\"&lt;&amp;&gt;&quot;&apos; 漢\">\r\n\t"
                + "<ceb:b>x &amp;amp; y<!-- c -->z</ceb:b><c/><d xmlns=\"\" e = 'f'/></ceb:a>\n<!-- after -->";
        assertThat(agreeOrOutside(xml.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void givesTheSameNameTheSameInternedString() throws Exception {
        SubsetXmlReader.NameTable names = new SubsetXmlReader.NameTable();
        byte[] bytes = "ceb:orderNo orderNo".getBytes(StandardCharsets.US_ASCII);
        assertThat(names.name(bytes, 4, 11)).isSameAs(names.name(bytes, 12, 19)).isSameAs("orderNo");
    }

    /** True when the subset reader read the message, and Aalto read the same; false when it left it. */
    private boolean agreeOrOutside(byte[] message) throws Exception {
        List<String> mine;
        try {
            mine = readAll(message);
        } catch (SubsetXmlReader.OutsideSubset outside) {
            return false;
        }
        List<String> aalto;
        try {
            aalto = events(AALTO.createXMLStreamReader(new ByteArrayInputStream(message)));
        } catch (XMLStreamException | RuntimeException e) {
            fail("the subset reader read what Aalto refuses (%s):%n%s", e.getMessage(),
                    new String(message, StandardCharsets.UTF_8));
            return false;
        }
        assertThat(mine).as(new String(message, StandardCharsets.UTF_8)).isEqualTo(aalto);
        return true;
    }

    private List<String> readAll(byte[] message) throws XMLStreamException {
        return events(subset.reset(message));
    }

    /** The events inside the root element, each as one line of what a reader can ask of it. */
    private static List<String> events(XMLStreamReader reader) throws XMLStreamException {
        List<String> events = new ArrayList<>();
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    StringBuilder line = new StringBuilder("start {" + reader.getNamespaceURI() + "}"
                            + reader.getLocalName());
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        line.append(' ').append(reader.getAttributeNamespace(i)).append(':')
                                .append(reader.getAttributeLocalName(i)).append('=')
                                .append(reader.getAttributeValue(i));
                    }
                    events.add(line.append(namespaces(reader)).toString());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    events.add("end {" + reader.getNamespaceURI() + "}" + reader.getLocalName() + namespaces(reader));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> {
                    if (depth > 0) {
                        events.add("text " + reader.isWhiteSpace() + " " + reader.getText());
                    }
                }
                case XMLStreamConstants.COMMENT -> {
                    if (depth > 0) {
                        events.add("comment");
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> events.add("end of document");
                default -> events.add("event " + event);
            }
        }
        reader.close();
        return events;
    }

    /** The element's own declarations, and what its prefixes and the usual ones resolve to in its scope. */
    private static String namespaces(XMLStreamReader reader) {
        // StAX leaves their order open (Aalto lists them backwards at an end tag): compared as a set
        java.util.TreeSet<String> declared = new java.util.TreeSet<>();
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String prefix = reader.getNamespacePrefix(i);
            declared.add((prefix == null ? "" : prefix) + "=" + reader.getNamespaceURI(i));
        }
        StringBuilder line = new StringBuilder(" declares ").append(declared).append(" resolves");
        for (String prefix : new String[] {"ceb", "ds", "xml", "nowhere"}) {
            line.append(' ').append(prefix).append('=').append(reader.getNamespaceURI(prefix))
                    .append(',').append(reader.getNamespaceContext().getPrefix(MessageType.CEB_NAMESPACE));
        }
        return line.toString();
    }

    private static byte[] mutate(byte[] original, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int edits = 1 + random.nextInt(5);
        int at = random.nextInt(original.length);
        int last = 0;
        for (int e = 0; e < edits; e++) {
            at = Math.min(original.length, at + random.nextInt(200));
            out.write(original, last, at - last);
            int kind = random.nextInt(4);
            if (kind == 0) {
                byte[] bad = BAD_BYTES[random.nextInt(BAD_BYTES.length)];
                out.write(bad, 0, bad.length);
            } else if (kind < 3) {
                byte[] nasty = NASTY[random.nextInt(NASTY.length)].getBytes(StandardCharsets.UTF_8);
                out.write(nasty, 0, nasty.length);
            }
            // kind 3 deletes: skip some bytes
            last = Math.min(original.length, at + (kind == 3 || random.nextBoolean() ? random.nextInt(4) : 0));
            at = last;
        }
        out.write(original, last, original.length - last);
        return out.toByteArray();
    }
}
