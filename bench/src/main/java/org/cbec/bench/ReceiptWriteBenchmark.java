package org.cbec.bench;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.cbec.ceb.CebWriter;
import org.cbec.ceb.schema.import202205.CEB622Message;
import org.cbec.ceb.schema.import202205.InventoryReturn;
import org.cbec.ceb.xml.CebNamespacePrefixes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A one-record receipt (CEB622, as the platform writes about fifteen a parcel) written by {@link CebWriter} without
 * validation, as the receipts are, beside the JAXB marshaller it used before (made once, configured alike).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReceiptWriteBenchmark {

    private final CebWriter writer = new CebWriter(false);
    private CEB622Message receipt;
    private Marshaller marshaller;

    @Setup
    public void setUp() throws JAXBException {
        InventoryReturn entity = new InventoryReturn();
        entity.setGuid("5840EF5D-D074-465F-8BA0-3726FAD0685B");
        entity.setCustomsCode("3700");
        entity.setEbpCode("S569548985");
        entity.setEbcCode("S569548985");
        entity.setAgentCode("S874970313");
        entity.setCopNo("COPH02133");
        entity.setPreNo("B20261201000000054");
        entity.setReturnStatus("2");
        entity.setReturnTime("20261201190346211");
        entity.setReturnInfo("电子口岸申报中");
        receipt = new CEB622Message();
        receipt.setGuid("0A63B592-3CAB-46A4-ABD6-146DFA6B6C9F");
        receipt.setVersion("1.0");
        receipt.getInventoryReturn().add(entity);
        marshaller = JAXBContext.newInstance("org.cbec.ceb.schema.import202205").createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
        marshaller.setProperty("org.glassfish.jaxb.indentString", "\t");
        marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new CebNamespacePrefixes());
    }

    @Benchmark
    public byte[] cebWriter() {
        return writer.write(receipt);
    }

    @Benchmark
    public byte[] jaxbMarshaller() throws JAXBException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        marshaller.marshal(receipt, out);
        return out.toByteArray();
    }
}
