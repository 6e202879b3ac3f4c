package org.cbec.ceb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Messages of the 2018 trial schema are read too: on request, or by trying 202205 first. */
class TrialVersionTest {

    /** A 2018 export order whose logisticsNo is 80 long: allowed in 2018 (C..80), refused in 202205 (C..32). */
    private static byte[] exportWaybill2018() {
        String xml = XsdMessageGenerator.trial2018(Side.EXPORT).generate("CEB505Message");
        return xml.replaceFirst("<ceb:logisticsNo>1</ceb:logisticsNo>",
                "<ceb:logisticsNo>" + "L".repeat(80) + "</ceb:logisticsNo>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void message2018IsRefusedUnder202205() {
        ReadResult result = new CebReader().read(exportWaybill2018());

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.rule()).isEqualTo("cvc-maxLength-valid");
            assertThat(error.path()).endsWith("/logisticsNo[1]");
        });
    }

    @Test
    void message2018IsReadWhenAsked() {
        CebMessage message = new CebReader(ReadOptions.strict().withVersion(SchemaVersion.V2018))
                .read(exportWaybill2018()).orThrow();

        assertThat(message.version()).isEqualTo(SchemaVersion.V2018);
        assertThat(message.body()).isInstanceOf(org.cbec.ceb.schema.export2018.CEB505Message.class);
    }

    @Test
    void eitherVersionTries202205ThenTheTrial() {
        CebReader either = new CebReader(ReadOptions.strict().withVersion(null));

        assertThat(either.read(exportWaybill2018()).orThrow().version()).isEqualTo(SchemaVersion.V2018);
        assertThat(either.read(Samples.bytes("311")).orThrow().version()).isEqualTo(SchemaVersion.V202205);
    }

    @Test
    void returnMessagesOf2020AreNotInTheTrialSchema() {
        ReadResult result = new CebReader(ReadOptions.strict().withVersion(SchemaVersion.V2018))
                .read(Samples.bytes("213"));

        assertThat(result.errors()).singleElement().extracting(CebError::rule).isEqualTo(CebError.NOT_IN_VERSION);
    }
}
