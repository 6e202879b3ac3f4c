package org.cbec.app.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The states of an inventory with the official receipt codes and texts of CEB622 / CEB604 (CEB-SPEC.md §7.1). */
class InventoryStatusTest {

    @Test
    void eachStateCarriesTheOfficialCodeAndTextOfTheReceiptThatPutsItThere() {
        assertThat(InventoryStatus.REJECTED.returnStatus()).contains("100");
        assertThat(InventoryStatus.REJECTED.text()).isEqualTo("海关退单");
        assertThat(InventoryStatus.REVIEW.returnStatus()).contains("300");
        assertThat(InventoryStatus.REVIEW.text()).isEqualTo("人工审核");
        assertThat(InventoryStatus.REVIEWED.returnStatus()).contains("399");
        assertThat(InventoryStatus.REVIEWED.text()).isEqualTo("海关审结");
        assertThat(InventoryStatus.INSPECTION.returnStatus()).contains("500");
        assertThat(InventoryStatus.INSPECTION.text()).isEqualTo("查验");
        assertThat(InventoryStatus.DETAINED.returnStatus()).contains("599");
        assertThat(InventoryStatus.RETURNED.returnStatus()).contains("700");
        assertThat(InventoryStatus.RETURNED.text()).isEqualTo("退运");
        assertThat(InventoryStatus.RELEASED.returnStatus()).contains("800");
        assertThat(InventoryStatus.RELEASED.text()).isEqualTo("放行");
        assertThat(InventoryStatus.CLOSED.returnStatus()).contains("899");
        assertThat(InventoryStatus.CLOSED.text()).isEqualTo("结关");
        assertThat(InventoryStatus.WAITING.returnStatus()).contains("3");
        assertThat(InventoryStatus.WAITING.text()).isEqualTo("发送海关成功");
    }

    @Test
    void thePlatformsOwnStatesHaveNoReceiptCode() {
        assertThat(InventoryStatus.DECIDING.returnStatus()).isEmpty();
        assertThat(InventoryStatus.CANCELLED.returnStatus()).isEmpty();
        assertThat(InventoryStatus.DELETED.returnStatus()).isEmpty();
    }

    @Test
    void customsHasEveryInventoryButAWaitingARejectedOrAWithdrawnOne() {
        for (InventoryStatus status : InventoryStatus.values()) {
            boolean mayChange = status == InventoryStatus.WAITING || status == InventoryStatus.REJECTED
                    || status == InventoryStatus.DELETED;
            assertThat(status.withCustoms()).as(status.name()).isEqualTo(!mayChange);
        }
    }

    @Test
    void theStageCustomsDecidedAtNamesTheStateTheDecisionAppliesTo() {
        assertThat(InventoryStatus.atStage("COMPARED")).isEqualTo(InventoryStatus.DECIDING);
        assertThat(InventoryStatus.atStage("REVIEW")).isEqualTo(InventoryStatus.REVIEW);
        assertThat(InventoryStatus.atStage("INSPECTION")).isEqualTo(InventoryStatus.INSPECTION);
        assertThat(InventoryStatus.atStage("DETAINED")).isEqualTo(InventoryStatus.DETAINED);
    }
}
