package org.cbec.ceb.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * xs:decimal as the compiled reader reads it from the digits it checks: the value JAXB binds (new BigDecimal of the
 * trimmed text, its scale kept), and the totalDigits / fractionDigits facets counting significant digits only.
 */
class CompiledDecimalTest {

    /** decimal(19,5), the CEB schemas' amounts and quantities. */
    private static final CompiledSchema.Particle AMOUNT = particle(19, 5);

    private static CompiledSchema.Particle particle(int totalDigits, int fractionDigits) {
        CompiledSchema.Facets facets = new CompiledSchema.Facets();
        facets.totalDigits = totalDigits;
        facets.fractionDigits = fractionDigits;
        return new CompiledSchema.Particle("price", 1, 1, CompiledSchema.Kind.DECIMAL, facets, null, false, null);
    }

    @Test
    void bindsWhatJaxbBindsScaleIncludedWhateverTheDigits() throws Exception {
        Random random = new Random(5);
        CompiledSchema.Particle unlimited = particle(-1, -1);
        for (int i = 0; i < 20_000; i++) {
            String text = randomDecimal(random);
            BigDecimal expected = new BigDecimal(text.strip());
            BigDecimal read = (BigDecimal) CompiledReader.simple(text, unlimited);
            assertThat(read).as(text).isEqualTo(expected);
            assertThat(read.scale()).as(text).isEqualTo(expected.scale());
        }
    }

    @Test
    void countsSignificantDigitsForTotalDigits19AndFractionDigits5() throws Exception {
        assertThat(CompiledReader.simple("1234567890123456789", AMOUNT))
                .isEqualTo(new BigDecimal("1234567890123456789"));
        assertThat(CompiledReader.simple("00012345678901234.56000", AMOUNT))
                .isEqualTo(new BigDecimal("12345678901234.56000"));
        assertThat(CompiledReader.simple("0.12345000", AMOUNT)).isEqualTo(new BigDecimal("0.12345000"));
        assertThat(CompiledReader.simple("-0.0", AMOUNT)).isEqualTo(new BigDecimal("0.0"));
        for (String tooMany : new String[] {"12345678901234567890", "1.123456", "12345678901234.123456",
            "123456789012345.67891"}) {
            assertThatThrownBy(() -> CompiledReader.simple(tooMany, AMOUNT)).as(tooMany)
                    .isSameAs(CompiledReader.NOT_SURE);
        }
    }

    @Test
    void leavesToTheReferencePipelineWhatIsNotADecimal() {
        for (String invalid : new String[] {"", " ", "-", "+", ".", "1.2.3", "1e5", "12a", "１２", "+-1", "1 2"}) {
            assertThatThrownBy(() -> CompiledReader.simple(invalid, AMOUNT)).as(invalid)
                    .isSameAs(CompiledReader.NOT_SURE);
        }
    }

    private static String randomDecimal(Random random) {
        StringBuilder text = new StringBuilder();
        text.append(switch (random.nextInt(4)) {
            case 0 -> "-";
            case 1 -> "+";
            default -> "";
        });
        int integerDigits = random.nextInt(24);
        int fractionDigits = random.nextInt(8);
        for (int d = 0; d < integerDigits; d++) {
            text.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        if (fractionDigits > 0 || integerDigits == 0 || random.nextBoolean()) {
            text.append('.');
            for (int d = 0; d < Math.max(fractionDigits, integerDigits == 0 ? 1 : 0); d++) {
                text.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
            }
        }
        return random.nextInt(5) == 0 ? " \t" + text + "\n" : text.toString();
    }
}
