package org.cbec.app.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import inventory's lifecycle, without Spring: which transition each state allows, and what it causes. */
class ImportInventoryTest {

    private static final ThreeDocumentComparison.Result CONSISTENT = new ThreeDocumentComparison.Result(List.of(),
            List.of());
    private static final ThreeDocumentComparison.Result FREIGHT_DIFFERS = new ThreeDocumentComparison.Result(
            List.of(), List.of(new ThreeDocumentComparison.Mismatch("C.2-freight", "freight", "10.00", "12",
            "freight 10.00 differs from waybill 12")));

    private static ImportInventory in(InventoryStatus status) {
        return new ImportInventory(status);
    }

    @Test
    void aConsistentSetGoesToCustomsWithoutAReceiptOfItsOwn() {
        Transition compared = in(InventoryStatus.WAITING).compared(CONSISTENT, null);

        assertThat(compared.to()).isEqualTo(InventoryStatus.DECIDING);
        assertThat(compared.steps()).isEmpty();
    }

    @Test
    void anInconsistentSetIsRejectedWith100NamingTheMismatch() {
        Transition compared = in(InventoryStatus.WAITING).compared(FREIGHT_DIFFERS, null);

        assertThat(compared.to()).isEqualTo(InventoryStatus.REJECTED);
        assertThat(compared.steps()).extracting(Transition.Step::returnStatus).containsExactly("100");
        assertThat(compared.steps().get(0).info()).startsWith("海关退单: ").contains("freight 10.00 differs");
    }

    @Test
    void aSetIncompleteWhenItsWaitIsOverIsRejectedSayingHowLongItWaited() {
        ThreeDocumentComparison.Result missing = new ThreeDocumentComparison.Result(List.of("payment CEB411"),
                List.of());

        Transition expired = in(InventoryStatus.WAITING).compared(missing, Duration.ofHours(24));

        assertThat(expired.to()).isEqualTo(InventoryStatus.REJECTED);
        assertThat(expired.steps().get(0).info()).contains("not complete within PT24H", "payment CEB411");
    }

    @Test
    void onlyAWaitingInventoryIsCompared() {
        assertThatThrownBy(() -> in(InventoryStatus.RELEASED).compared(CONSISTENT, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RELEASED");
    }

    @Test
    void customsTakingItInReleasesWith120Then399Then800() {
        List<Transition.Step> steps = List.of(new Transition.Step("120", "海关入库"),
                new Transition.Step("399", "海关审结"), new Transition.Step("800", "放行"));

        Transition released = in(InventoryStatus.DECIDING).decided(InventoryStatus.DECIDING, steps,
                InventoryStatus.RELEASED).orElseThrow();

        assertThat(released.steps()).extracting(Transition.Step::returnStatus).containsExactly("120", "399", "800");
        assertThat(released.to()).isEqualTo(InventoryStatus.RELEASED);
    }

    @Test
    void aDecisionDeliveredAgainChangesNothing() {
        assertThat(in(InventoryStatus.RELEASED).decided(InventoryStatus.DECIDING, List.of(), InventoryStatus.RELEASED))
                .isEmpty();
        assertThat(in(InventoryStatus.REVIEW).decided(InventoryStatus.DECIDING, List.of(), InventoryStatus.REVIEW))
                .isEmpty();
    }

    @Test
    void customsDoesNotPutAnInventoryBackToWaiting() {
        assertThatThrownBy(() -> in(InventoryStatus.REVIEW).decided(InventoryStatus.REVIEW, List.of(),
                InventoryStatus.WAITING)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSignForClosesAReleasedInventoryWith899() {
        Transition closed = in(InventoryStatus.RELEASED).signedFor("结关: signed for");

        assertThat(closed.steps()).extracting(Transition.Step::returnStatus).containsExactly("899");
        assertThat(closed.to()).isEqualTo(InventoryStatus.CLOSED);
        assertThatThrownBy(() -> in(InventoryStatus.REVIEW).signedFor("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAReleasedInventoryIsCancelled() {
        assertThat(in(InventoryStatus.RELEASED).cancelled().to()).isEqualTo(InventoryStatus.CANCELLED);
        assertThatThrownBy(() -> in(InventoryStatus.CLOSED).cancelled()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInventoryCustomsHasIsNeitherChangedNorWithdrawn() {
        for (InventoryStatus status : List.of(InventoryStatus.DECIDING, InventoryStatus.REVIEW,
                InventoryStatus.INSPECTION, InventoryStatus.DETAINED, InventoryStatus.RELEASED, InventoryStatus.CLOSED,
                InventoryStatus.CANCELLED, InventoryStatus.RETURNED)) {
            assertThat(in(status).onFile("2")).as(status.name()).isEqualTo(DocumentChange.Existing.RELEASED);
            assertThatThrownBy(() -> in(status).deleted()).as(status.name())
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aRejectedInventoryIsDeclaredAnewWithAppType1AndModifiedWithAppType2() {
        assertThat(in(InventoryStatus.REJECTED).onFile("1")).isEqualTo(DocumentChange.Existing.NONE);
        assertThat(in(InventoryStatus.REJECTED).onFile("2")).isEqualTo(DocumentChange.Existing.OPEN);
        assertThat(in(InventoryStatus.WAITING).onFile("2")).isEqualTo(DocumentChange.Existing.OPEN);
        assertThat(in(InventoryStatus.DELETED).onFile("1")).isEqualTo(DocumentChange.Existing.NONE);
        assertThat(in(InventoryStatus.WAITING).deleted().to()).isEqualTo(InventoryStatus.DELETED);
    }
}
