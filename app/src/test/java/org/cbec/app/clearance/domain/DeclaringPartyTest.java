package org.cbec.app.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the declaring party (or the e-commerce enterprise it declared for, where allowed) changes a document. */
class DeclaringPartyTest {

    @Test
    void nothingOnFileOrTheDeclarantItselfPasses() {
        assertThat(DeclaringParty.check("订单 O1", null, null, "E1")).isEmpty();
        assertThat(DeclaringParty.check("订单 O1", "E1", null, "E1")).isEmpty();
    }

    @Test
    void anotherEnterpriseIsRefusedWith10102NamingOnlyTheDocument() {
        var refusal = DeclaringParty.check("订单 O1", "E1", null, "E2");

        assertThat(refusal).hasValueSatisfying(r -> {
            assertThat(r.returnStatus()).isEqualTo(ReturnStatus.NOT_THE_DECLARANT).isEqualTo("-10102");
            assertThat(r.returnInfo()).contains("订单 O1").doesNotContain("E1");
        });
    }

    @Test
    void thePrincipalMayActWhereItIsNamed() {
        assertThat(DeclaringParty.check("清单 I1", "AGENT1", "EBC1", "EBC1")).isEmpty();
        assertThat(DeclaringParty.check("清单 I1", "AGENT1", "EBC1", "EBC2")).isPresent();
    }
}
