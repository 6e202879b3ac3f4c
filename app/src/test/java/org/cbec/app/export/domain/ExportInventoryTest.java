package org.cbec.app.export.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cbec.app.clearance.domain.InventoryStatus;
import org.cbec.app.clearance.domain.ThreeDocumentComparison;
import org.cbec.app.clearance.domain.Transition;
import org.junit.jupiter.api.Test;

/** The export inventory's lifecycle, without Spring: 120 → 399 → 800 on arrival → 899 on departure. */
class ExportInventoryTest {

    private static ExportInventory in(InventoryStatus status) {
        return new ExportInventory(status);
    }

    @Test
    void aConsistentSetIsTakenInWith120AndHandedToCustoms() {
        Transition compared = in(InventoryStatus.WAITING).compared(new ThreeDocumentComparison.Result(List.of(),
                List.of()), null);

        assertThat(compared.steps()).extracting(Transition.Step::returnStatus).containsExactly("120");
        assertThat(compared.to()).isEqualTo(InventoryStatus.DECIDING);
    }

    @Test
    void anIncompleteSetIsRejectedWith100() {
        Transition compared = in(InventoryStatus.WAITING).compared(new ThreeDocumentComparison.Result(
                List.of("waybill CEB505"), List.of()), java.time.Duration.ofHours(24));

        assertThat(compared.steps()).extracting(Transition.Step::returnStatus).containsExactly("100");
        assertThat(compared.to()).isEqualTo(InventoryStatus.REJECTED);
    }

    @Test
    void customsReviewsWith399OrHoldsWith300OrAnOfficerRejectsWith100() {
        assertThat(in(InventoryStatus.DECIDING).decided(InventoryStatus.DECIDING, List.of(
                new Transition.Step("399", "海关审结")), InventoryStatus.REVIEWED)).isPresent();
        assertThat(in(InventoryStatus.REVIEW).decided(InventoryStatus.REVIEW, List.of(
                new Transition.Step("100", "海关退单: x")), InventoryStatus.REJECTED)).isPresent();
        assertThatThrownBy(() -> in(InventoryStatus.REVIEW).decided(InventoryStatus.REVIEW, List.of(),
                InventoryStatus.INSPECTION)).as("an export list is approved or rejected")
                .isInstanceOf(IllegalStateException.class);
        assertThat(in(InventoryStatus.REVIEWED).decided(InventoryStatus.DECIDING, List.of(),
                InventoryStatus.REVIEWED)).as("delivered again").isEmpty();
    }

    @Test
    void itIsReleasedWith800OnlyOnceReviewedAndClosedWith899OnlyOnceReleased() {
        assertThat(in(InventoryStatus.REVIEWED).released().steps()).extracting(Transition.Step::returnStatus)
                .containsExactly("800");
        assertThat(in(InventoryStatus.RELEASED).closed().steps()).extracting(Transition.Step::returnStatus)
                .containsExactly("899");
        assertThatThrownBy(() -> in(InventoryStatus.REVIEW).released()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> in(InventoryStatus.REVIEWED).closed()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReviewedOrReleasedListIsCancelledUntilItsGoodsLeaveAndADeclarationReplacesOnlyAnOpenOne() {
        assertThat(in(InventoryStatus.REVIEWED).cancellable()).isTrue();
        assertThat(in(InventoryStatus.RELEASED).cancellable()).isTrue();
        assertThat(in(InventoryStatus.CLOSED).cancellable()).isFalse();
        assertThat(in(InventoryStatus.WAITING).open()).isTrue();
        assertThat(in(InventoryStatus.CANCELLED).open()).isTrue();
        assertThat(in(InventoryStatus.DECIDING).open()).isFalse();
    }
}
