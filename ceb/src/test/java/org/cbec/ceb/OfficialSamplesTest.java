package org.cbec.ceb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Comparison;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluators;

/** Every official sample parses and round-trips; the ones that break the XSD are reported exactly. */
class OfficialSamplesTest {

    private final CebReader strict = new CebReader();
    private final CebReader lenient = new CebReader(ReadOptions.lenientOptions());
    private final CebWriter writer = new CebWriter();

    static java.util.stream.Stream<String> validSamples() {
        return Samples.valid();
    }

    static java.util.stream.Stream<String> allSamples() {
        return Samples.all();
    }

    @ParameterizedTest(name = "CEB{0} reads strictly")
    @MethodSource("validSamples")
    void validSampleReadsStrictly(String number) {
        ReadResult result = strict.read(Samples.bytes(number));

        assertThat(result.errors()).isEmpty();
        assertThat(result.message().type()).isEqualTo(MessageType.valueOf("CEB" + number));
        assertThat(result.message().version()).isEqualTo(SchemaVersion.V202205);
        assertThat(result.message().body().getClass().getSimpleName()).isEqualTo("CEB" + number + "Message");
        assertThat(result.message().repaired()).isFalse();
    }

    @ParameterizedTest(name = "CEB{0} round-trips")
    @MethodSource("allSamples")
    void everySampleRoundTrips(String number) {
        byte[] original = Samples.bytes(number);
        CebMessage first = lenient.read(original).orThrow();

        byte[] written = writer.write(first.body());
        CebMessage second = strict.read(written).orThrow();

        assertThat(second.body()).usingRecursiveComparison().isEqualTo(first.body());
        assertThat(writer.write(second.body())).isEqualTo(written);
        if (!first.repaired()) {
            Diff diff = DiffBuilder.compare(original).withTest(written)
                    .ignoreWhitespace().ignoreComments().checkForSimilar()
                    .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default,
                            OfficialSamplesTest::base64LineBreaks))
                    .build();
            assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
        }
    }

    /** Base64 content (signature value, certificate) is written without the samples' line breaks. */
    private static ComparisonResult base64LineBreaks(Comparison comparison, ComparisonResult outcome) {
        if (outcome == ComparisonResult.DIFFERENT && comparison.getType() == ComparisonType.TEXT_VALUE) {
            String control = String.valueOf(comparison.getControlDetails().getValue()).replaceAll("\\s", "");
            String test = String.valueOf(comparison.getTestDetails().getValue()).replaceAll("\\s", "");
            return control.equals(test) ? ComparisonResult.SIMILAR : outcome;
        }
        return outcome;
    }

    @org.junit.jupiter.api.Test
    void unsignedMessageDeclaresOnlyTheCebNamespaceOnItsRoot() {
        CebMessage receipt = strict.read(Samples.bytes("312")).orThrow();

        String xml = writer.writeString(receipt.body());

        assertThat(xml.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("<ceb:CEB312Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" "
                        + "guid=\"4CDE1CFD-EDED-46B1-946C-B8022E42FC94\" version=\"1.0\">");
    }

    @ParameterizedTest(name = "CEB{0} is written with the ceb prefix of the samples")
    @ValueSource(strings = {"311", "621", "303", "792"})
    void writtenMessageUsesTheSamplesPrefix(String number) {
        CebMessage message = lenient.read(Samples.bytes(number)).orThrow();

        String xml = writer.writeString(message.body());

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ceb:CEB" + number + "Message")
                .contains("xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"")
                .doesNotContain("xmlns:ns2").doesNotContain("xmlns=\"");
    }

    @ParameterizedTest(name = "CEB{0} repeats BaseTransfer")
    @MethodSource("org.cbec.ceb.OfficialSamplesTest#duplicatedBaseTransfer")
    void duplicatedBaseTransferIsReportedStrictlyAndRepairedLeniently(String number) {
        ReadResult result = strict.read(Samples.bytes(number));

        assertThat(result.isOk()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("/CEB" + number + "Message/BaseTransfer[2]");
            assertThat(error.rule()).isEqualTo("cvc-complex-type.2.4.a");
            assertThat(error.line()).isPositive();
            assertThat(error.message()).contains("BaseTransfer");
        });

        CebMessage repaired = lenient.read(Samples.bytes(number)).orThrow();
        assertThat(repaired.repairs()).extracting(Repair::path)
                .containsExactly("/CEB" + number + "Message/BaseTransfer[2]");
    }

    static java.util.stream.Stream<String> duplicatedBaseTransfer() {
        return Samples.DUPLICATED_BASE_TRANSFER.stream();
    }

    @org.junit.jupiter.api.Test
    void ceb214RootNameIsReportedStrictlyAndRenamedLeniently() {
        ReadResult result = strict.read(Samples.bytes("214"));

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.rule()).isEqualTo(CebError.ROOT_NAME);
            assertThat(error.path()).isEqualTo("/CEB214");
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).contains("CEB214Message");
        });
        assertThat(result.detectedType()).contains(MessageType.CEB214);

        CebMessage repaired = lenient.read(Samples.bytes("214")).orThrow();
        assertThat(repaired.type()).isEqualTo(MessageType.CEB214);
        assertThat(repaired.repairs()).first().extracting(Repair::description)
                .isEqualTo("root element renamed from CEB214 to CEB214Message");
        // the sample also holds appSenderId, an element the 202205 XSD does not define for RefundReturn
        assertThat(repaired.repairs().subList(1, repaired.repairs().size())).isNotEmpty().allSatisfy(repair -> {
            assertThat(repair.path()).matches("/CEB214Message/RefundReturn\\[\\d+]/appSenderId");
            assertThat(repair.description()).startsWith("dropped element appSenderId ('1105910159')");
        });
    }

    @org.junit.jupiter.api.Test
    void ceb792WithoutGseqnoIsReportedStrictlyAndNumberedLeniently() {
        ReadResult result = strict.read(Samples.bytes("792"));

        assertThat(result.errors()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.rule()).isEqualTo("cvc-complex-type.2.4.a");
            assertThat(error.path()).matches("/CEB792Message/SummaryResult\\[\\d+]/SummaryResultList\\[\\d+]/gnum\\[1]");
            assertThat(error.message()).contains("gseqno");
        });

        CebMessage repaired = lenient.read(Samples.bytes("792")).orThrow();
        String xml = new String(writer.write(repaired.body()), StandardCharsets.UTF_8);
        assertThat(repaired.repairs()).hasSize(result.errors().size());
        assertThat(xml).contains("<ceb:gseqno>1</ceb:gseqno>").contains("<ceb:gseqno>2</ceb:gseqno>");
    }
}
