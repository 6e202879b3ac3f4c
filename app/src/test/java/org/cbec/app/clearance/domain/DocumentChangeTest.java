package org.cbec.app.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.app.clearance.domain.DocumentChange.Existing;
import org.junit.jupiter.api.Test;

/** appType 1/2/3 against what is on file, with the spec's codes. */
class DocumentChangeTest {

    @Test
    void addingWhatIsNewPasses() {
        assertThat(DocumentChange.check("CEB621", "1", Existing.NONE, "COP1")).isEmpty();
    }

    @Test
    void inventoryDeclaredTwiceIsRefusedWith621004() {
        assertThat(DocumentChange.check("CEB621", "1", Existing.OPEN, "COP1")).get()
                .satisfies(r -> {
                    assertThat(r.returnStatus()).isEqualTo("-621004");
                    assertThat(r.returnInfo()).contains("清单[COP1]已经申报过");
                });
    }

    @Test
    void modifyingAnInventoryNeverDeclaredIsRefusedWith621011() {
        assertThat(DocumentChange.check("CEB621", "2", Existing.NONE, "COP1")).get()
                .satisfies(r -> assertThat(r.returnStatus()).isEqualTo("-621011"));
    }

    @Test
    void modifyingAReleasedInventoryIsRefusedWith621012() {
        assertThat(DocumentChange.check("CEB621", "2", Existing.RELEASED, "COP1")).get()
                .satisfies(r -> {
                    assertThat(r.returnStatus()).isEqualTo("-621012");
                    assertThat(r.returnInfo()).contains("申报状态不符合改单申报的条件");
                });
        assertThat(DocumentChange.check("CEB621", "3", Existing.RELEASED, "COP1")).get()
                .satisfies(r -> assertThat(r.returnStatus()).isEqualTo("-621012"));
    }

    @Test
    void modifyingOrDeletingAnOpenDocumentPasses() {
        assertThat(DocumentChange.check("CEB311", "2", Existing.OPEN, "O1")).isEmpty();
        assertThat(DocumentChange.check("CEB511", "3", Existing.OPEN, "L1")).isEmpty();
    }

    @Test
    void orderPaymentAndWaybillUseTheirOwnCodes() {
        assertThat(DocumentChange.check("CEB311", "1", Existing.OPEN, "O1").orElseThrow().returnStatus())
                .isEqualTo("-301010");
        assertThat(DocumentChange.check("CEB311", "2", Existing.NONE, "O1").orElseThrow().returnStatus())
                .isEqualTo("-301009");
        assertThat(DocumentChange.check("CEB311", "2", Existing.RELEASED, "O1").orElseThrow().returnStatus())
                .isEqualTo("-301011");
        assertThat(DocumentChange.check("CEB411", "1", Existing.OPEN, "O1").orElseThrow().returnStatus())
                .isEqualTo("-401007");
        assertThat(DocumentChange.check("CEB411", "2", Existing.NONE, "O1").orElseThrow().returnStatus())
                .isEqualTo("-401006");
        assertThat(DocumentChange.check("CEB511", "1", Existing.OPEN, "L1").orElseThrow().returnStatus())
                .isEqualTo("-504015");
        assertThat(DocumentChange.check("CEB511", "2", Existing.NONE, "L1").orElseThrow().returnStatus())
                .isEqualTo("-504014");
        assertThat(DocumentChange.check("CEB511", "3", Existing.RELEASED, "L1").orElseThrow().returnStatus())
                .isEqualTo("-504016");
    }

    @Test
    void unknownAppTypeIsAParameterError() {
        assertThat(DocumentChange.check("CEB621", "9", Existing.NONE, "COP1").orElseThrow().returnStatus())
                .isEqualTo("-621001");
    }
}
