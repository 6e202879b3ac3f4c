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
                "91330782MA2E6X1X4L", null, null);
    }

    private static java.util.List<String> problems(ProductFiling product) throws IOException {
        return product.problems(shipped(), UNITS::contains);
    }

    private static final java.util.Set<String> UNITS = java.util.Set.of("011", "025", "035");

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
        assertThat(problems(product("6109100000"))).isEmpty();
        assertThat(product("6109100000").flags(tariff)).isEmpty();
        assertThat(product("2710121000").flags(tariff)).containsExactly("LICENCE_REQUIRED: 出口许可证",
                "NO_REFUND: 成品油出口实行许可证管理");
        assertThat(product("7208510000").flags(tariff)).singleElement().asString().startsWith("NO_REFUND");
        assertThat(problems(product("6109100001"))).containsExactly(
                "hsCode: 6109100001 is not a line of the export tariff");
        assertThat(problems(product("61091"))).containsExactly("hsCode: 10 digits");
    }

    @Test
    void everyMissingFieldAndAWrongFactoryTaxCodeIsNamed() throws IOException {
        assertThat(problems(new ProductFiling(null, "", "x", "6109100000", null, "91330782MA2E6X1X4D", null,
                null)))
                .contains("name: required", "model: required", "factoryName: required")
                .anySatisfy(p -> assertThat(p).startsWith("factoryTaxCode: check character"));
    }

    @Test
    void aLineThatIsNotSevenColumnsWithA10DigitCodeAndAUnitStopsTheRead() {
        String header = "hsCode,name,vatRate,refundRate,licence,remarks,legalUnit\n";
        assertThatThrownBy(() -> ExportTariff.read(new StringReader(header + "61091000,T恤,0.13,0.13,,,011\n")))
                .hasMessageContaining("export tariff row 2");
        assertThatThrownBy(() -> ExportTariff.read(new StringReader(header + "6109100000,T恤\n")))
                .hasMessageContaining("seven columns");
        assertThatThrownBy(() -> ExportTariff.read(new StringReader(header + "6109100000,T恤,0.13,0.13,,,件\n")))
                .hasMessageContaining("3-digit unit code");
    }

    @Test
    void aUnitOtherThanTheLegalUnitNeedsTheLegalQuantityPerUnit() throws IOException {
        ExportTariff tariff = shipped();
        ProductFiling byKilogram = new ProductFiling("运动鞋", "SH-1", "鞋面:纺织材料", "6404110000", "晋江鞋厂",
                "91330782MA2E6X1X4L", "035", null);
        assertThat(tariff.line("6404110000").orElseThrow().legalUnit()).as("shoes: 025 双").isEqualTo("025");
        assertThat(problems(byKilogram)).containsExactly(
                "legalQtyPerUnit: required, the tariff's legal unit of 6404110000 is 025, not 035");
        ProductFiling perKilogram = new ProductFiling("运动鞋", "SH-1", "鞋面:纺织材料", "6404110000", "晋江鞋厂",
                "91330782MA2E6X1X4L", "035", new java.math.BigDecimal("1.25"));
        assertThat(problems(perKilogram)).isEmpty();
        assertThat(perKilogram.legalQty(new java.math.BigDecimal("4"))).isEqualByComparingTo("5");
        assertThat(perKilogram.declaredUnit(tariff.line("6404110000").orElseThrow())).isEqualTo("035");
        assertThat(product("6404110000").declaredUnit(tariff.line("6404110000").orElseThrow())).isEqualTo("025");
        assertThat(problems(new ProductFiling("运动鞋", "SH-1", "鞋面:纺织材料", "6404110000", "晋江鞋厂",
                "91330782MA2E6X1X4L", "999", null))).first().asString().startsWith("unit: '999' is not a unit code");
    }
}
