package org.cbec.app.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GB 32100-2015: 18 characters of the code set, the last the check character of the weighted sum modulo 31. */
class UnifiedSocialCreditCodeTest {

    @Test
    void aPublishedCodeIsValid() {
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y43")).isEmpty();
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void aRemainderOfZeroGivesTheCheckCharacterZero() {
        // 31 - 0 is 31, which counts as 0
        assertThat(UnifiedSocialCreditCode.checkCharacter("91110000100000002")).isEqualTo('0');
        assertThat(UnifiedSocialCreditCode.problem("911100001000000020")).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsNamedWithTheRightOne() {
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y44"))
                .hasValue("check character '4' should be '3' (GB 32100-2015)");
    }

    @Test
    void theLengthAndTheCodeSetAreChecked() {
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y4")).hasValue("18 characters (GB 32100-2015)");
        assertThat(UnifiedSocialCreditCode.problem(null)).isPresent();
        assertThat(UnifiedSocialCreditCode.problem("91350100I000100Y43")).get().asString()
                .startsWith("character 9 'I' is not of the code set");
        assertThat(UnifiedSocialCreditCode.problem("91350100m000100Y43")).get().asString()
                .startsWith("character 9 'm'");
    }
}
