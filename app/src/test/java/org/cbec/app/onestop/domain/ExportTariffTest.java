package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The export tariff shipped in the jar, and what the pre-review makes of a product from it. */
class ExportTariffTest {

    private static ExportTariff shipped() throws IOException {
        return ExportTariff.read(new InputStreamReader(ExportTariffTest.class.getResourceAsStream(
                "/onestop/export-tariff.csv"), StandardCharsets.UTF_8));
    }

    private static ProductFiling product(String hsCode) {
        return new ProductFiling("纯棉T恤", "TS-01", "品牌:无|成分:棉100%|针织", hsCode, "义乌制衣厂",
                "91330782MA2E6X1X4L");
    }

    @Test
    void theShippedTariffHasTheRateTiersOf2019() throws IOException {
        ExportTariff tariff = shipped();
        assertThat(tariff.size()).isGreaterThanOrEqualTo(25);
        assertThat(tariff.line("6109100000")).hasValueSatisfying(l -> assertThat(l.refundRate())
                .isEqualByComparingTo("0.13"));
        assertThat(tariff.line("0902301000")).hasValueSatisfying(l -> assertThat(l.refundRate())
                .as("the 9 % tier").isEqualByComparingTo("0.09"));
        assertThat(tariff.line("7208510000")).hasValueSatisfying(l -> assertThat(l.refundCancelled()).isTrue());
        assertThat(tariff.line("2710121000")).hasValueSatisfying(l -> assertThat(l.licenceControlled()).isTrue());
    }

    @Test
    void aProductIsFlaggedForItsLicenceAndForNoRefundAndAnHsCodeOutsideTheTariffIsNamed() throws IOException {
        ExportTariff tariff = shipped();
        assertThat(product("6109100000").problems(tariff)).isEmpty();
        assertThat(product("6109100000").flags(tariff)).isEmpty();
        assertThat(product("2710121000").flags(tariff)).containsExactly("LICENCE_REQUIRED: 出口许可证",
                "NO_REFUND: 成品油出口实行许可证管理");
        assertThat(product("7208510000").flags(tariff)).singleElement().asString().startsWith("NO_REFUND");
        assertThat(product("6109100001").problems(tariff)).containsExactly(
                "hsCode: 6109100001 is not a line of the export tariff");
        assertThat(product("61091").problems(tariff)).containsExactly("hsCode: 10 digits");
    }

    @Test
    void everyMissingFieldAndAWrongFactoryTaxCodeIsNamed() throws IOException {
        assertThat(new ProductFiling(null, "", "x", "6109100000", null, "91330782MA2E6X1X4D").problems(shipped()))
                .contains("name: required", "model: required", "factoryName: required")
                .anySatisfy(p -> assertThat(p).startsWith("factoryTaxCode: check character"));
    }

    @Test
    void aLineThatIsNotSixColumnsWithA10DigitCodeStopsTheRead() {
        assertThatThrownBy(() -> ExportTariff.read(new StringReader("hsCode,name,vatRate,refundRate,licence,remarks\n"
                + "61091000,T恤,0.13,0.13,,\n"))).hasMessageContaining("export tariff row 2");
        assertThatThrownBy(() -> ExportTariff.read(new StringReader("hsCode,name,vatRate,refundRate,licence,remarks\n"
                + "6109100000,T恤\n"))).hasMessageContaining("six columns");
    }
}
