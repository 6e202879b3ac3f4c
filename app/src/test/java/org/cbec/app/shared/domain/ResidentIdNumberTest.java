package org.cbec.app.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 11643-1999: 17 digits, a date of birth inside, and a check character from weights 2^(18-i) mod 11. */
class ResidentIdNumberTest {

    @Test
    void theStandardsExampleIsValid() {
        // the example of GB 11643-1999 appendix: 11010519491231002X
        assertThat(ResidentIdNumber.problem("11010519491231002X")).isEmpty();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void aWrongCheckCharacterIsNamedWithTheRightOne() {
        assertThat(ResidentIdNumber.problem("110105194912310021")).hasValueSatisfying(p -> assertThat(p)
                .contains("check character '1' should be 'X'").contains("GB 11643-1999"));
    }

    @Test
    void eighteenCharactersOfDigitsAndAFinalXOnly() {
        assertThat(ResidentIdNumber.LENGTH).isEqualTo(18);
        assertThat(ResidentIdNumber.problem("1101051949123100")).hasValueSatisfying(p -> assertThat(p)
                .contains("18 characters"));
        assertThat(ResidentIdNumber.problem("11010519491231002x")).as("a small x").isPresent();
        assertThat(ResidentIdNumber.problem(null)).isPresent();
    }

    @Test
    void theDateOfBirthMustBeADayThatWas() {
        String feb30 = "110105" + "19490230" + "002";
        assertThat(ResidentIdNumber.problem(feb30 + ResidentIdNumber.checkCharacter(feb30)))
                .hasValueSatisfying(p -> assertThat(p).contains("'19490230' are not a date of birth"));
        String future = "110105" + "29491231" + "002";
        assertThat(ResidentIdNumber.problem(future + ResidentIdNumber.checkCharacter(future)))
                .hasValueSatisfying(p -> assertThat(p).contains("not a plausible one"));
    }
}
