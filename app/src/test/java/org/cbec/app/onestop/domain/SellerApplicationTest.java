package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A seller's sign-up: a company's credit code or an individual's identity number, and the agreement in force. */
class SellerApplicationTest {

    private static SellerApplication company(String uscc, String agreement) {
        return new SellerApplication(SellerApplication.Kind.COMPANY, uscc, null, "义乌小商品贸易有限公司", "王芳",
                "13912345678", "wf@example.cn", "中国银行义乌分行", "6216610100001234567", agreement);
    }

    @Test
    void aCompanyWithAValidCreditCodeAcceptingTheAgreementInForceMayBeReviewed() {
        assertThat(SellerApplication.AGREEMENT_VERSION).isEqualTo("2026-11");
        assertThat(company("91330782MA2E6X1X4L", "2026-11").problems()).isEmpty();
        assertThat(company("91330782MA2E6X1X4L", "2026-11").identity()).isEqualTo("91330782MA2E6X1X4L");
    }

    @Test
    void anOlderAgreementAndAWrongCheckCharacterAreNamed() {
        assertThat(company("91330782MA2E6X1X4D", "2025-01").problems()).anySatisfy(p -> assertThat(p)
                .startsWith("uscc: check character")).anySatisfy(p -> assertThat(p)
                .startsWith("agreementVersion: the service agreement in force is 2026-11"));
    }

    @Test
    void anIndividualIsKnownByItsIdentityNumberCheckedToo() {
        SellerApplication individual = new SellerApplication(SellerApplication.Kind.INDIVIDUAL, null,
                "110105194912310021", "王芳", "王芳", "13912345678", null, "中国银行", "6216610100001234567",
                "2026-11");
        assertThat(individual.problems()).singleElement().asString().startsWith("idNumber: check character '1'");
        assertThat(new SellerApplication(null, null, null, "", "", "123", "not-mail", "", "12", null).problems())
                .contains("kind: COMPANY or INDIVIDUAL", "email: an e-mail address", "bankAccount: 8 to 32 digits")
                .anySatisfy(p -> assertThat(p).startsWith("contactPhone:"));
    }
}
