package org.cbec.bench;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.cbec.ceb.CebWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Write of one typed message with {@link CebWriter} (validating), beside a plain JAXB marshal without validation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WriteBenchmark {

    private static final JAXBContext IMPORT;

    static {
        try {
            IMPORT = JAXBContext.newInstance("org.cbec.ceb.schema.import202205");
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    @Param({"CEB311-5", "CEB311-99", "CEB621-5", "CEB621-99"})
    public String message;

    private Object typed;
    private final CebWriter writer = new CebWriter();

    @Setup
    public void setUp() {
        typed = BenchMessages.typed(message);
    }

    @Benchmark
    public byte[] cebWriteValidated() {
        return writer.write(typed);
    }

    @Benchmark
    public byte[] plainJaxbNewMarshaller() throws JAXBException {
        Marshaller marshaller = IMPORT.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        marshaller.marshal(typed, out);
        return out.toByteArray();
    }
}
