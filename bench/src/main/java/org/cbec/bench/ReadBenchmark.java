package org.cbec.bench;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.xml.SecureXml;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Read + validate of one message with {@link CebReader}, beside plain JAXB unmarshalling of the same bytes with
 * classes generated from the same XSD and no validation at all: what existing SDKs do. Two baselines: a new
 * Unmarshaller per message (the common SDK code) and one Unmarshaller reused (the best plain JAXB can do). And the
 * floor under all of them: one bare pass of Aalto's StAX reader over the same bytes, set up as {@link CebReader}'s
 * compiled path sets it up, touching every event and binding nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadBenchmark {

    private static final JAXBContext IMPORT = context();
    private static final XMLInputFactory AALTO = SecureXml.newStaxFactory();

    @Param({"CEB311-5", "CEB311-99", "CEB621-5", "CEB621-99"})
    public String message;

    private byte[] bytes;
    /** The same message signed, as it were, by 32 declarants: each with a certificate of its own. */
    private final byte[][] signers = new byte[32][];
    private int next;
    private final CebReader reader = new CebReader();
    private Unmarshaller reused;

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance("org.cbec.ceb.schema.import202205");
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    @Setup
    public void setUp() throws JAXBException {
        bytes = BenchMessages.bytes(message);
        reused = IMPORT.createUnmarshaller();
        if (!reader.read(bytes).isOk()) {
            throw new IllegalStateException("benchmark input does not validate");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int certificate = text.indexOf("X509Certificate>") + "X509Certificate>".length() + 40;
        for (int i = 0; i < signers.length; i++) {
            // another Base64 character in the certificate's text: more certificates than the reader keeps decoded
            signers[i] = (text.substring(0, certificate) + (char) ('A' + i % 26) + text.substring(certificate + 1))
                    .getBytes(StandardCharsets.UTF_8);
            if (!reader.read(signers[i]).isOk()) {
                throw new IllegalStateException("benchmark input does not validate");
            }
        }
    }

    @Benchmark
    public ReadResult cebReadAndValidate() {
        return reader.read(bytes);
    }

    /** As {@link #cebReadAndValidate}, each message with a certificate the reader has not decoded lately. */
    @Benchmark
    public ReadResult cebReadAndValidateManySigners() {
        return reader.read(signers[next++ & 31]);
    }

    @Benchmark
    public Object plainJaxbNewUnmarshaller() throws JAXBException {
        return IMPORT.createUnmarshaller().unmarshal(new ByteArrayInputStream(bytes));
    }

    @Benchmark
    public Object plainJaxbReusedUnmarshaller() throws JAXBException {
        return reused.unmarshal(new ByteArrayInputStream(bytes));
    }

    /** Every event of the message, its element names and texts read (so that the tokenizer decodes them). */
    @Benchmark
    public int bareAaltoPass() throws XMLStreamException {
        XMLStreamReader stax = AALTO.createXMLStreamReader(new ByteArrayInputStream(bytes));
        int touched = 0;
        while (stax.hasNext()) {
            int event = stax.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                touched += stax.getLocalName().length();
            } else if (event == XMLStreamConstants.CHARACTERS) {
                touched += stax.getTextLength();
            }
        }
        stax.close();
        return touched;
    }
}
