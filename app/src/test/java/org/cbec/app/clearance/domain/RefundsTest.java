package org.cbec.app.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefundsTest {

    private static final Instant RELEASED = Instant.parse("2026-11-01T00:00:00Z");
    private static final List<ParcelDocuments.GoodsLine> DECLARED = List.of(
            new ParcelDocuments.GoodsLine(1, "ITEM-1", new BigDecimal("2"), new BigDecimal("20"), new BigDecimal("40"),
                    "3304990099", null, "面霜", "011", new BigDecimal("50"), "036", "502"));

    @Test
    void a_return_is_taken_up_to_30_days_after_release_and_not_a_moment_later() {
        assertThat(Refunds.WINDOW).isEqualTo(Duration.ofDays(30));
        assertThat(Refunds.late(RELEASED, RELEASED.plus(Duration.ofDays(20)))).isEmpty();
        assertThat(Refunds.late(RELEASED, RELEASED.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(Refunds.late(RELEASED, RELEASED.plus(Duration.ofDays(30)).plusSeconds(1))).get().asString()
                .contains("30 days before the return was applied for").contains("within 30 days of release");
    }

    @Test
    void returned_quantity_may_not_exceed_what_was_declared_less_what_went_back() {
        List<ParcelDocuments.RefundLine> one = List.of(new ParcelDocuments.RefundLine(1, "3304990099",
                BigDecimal.ONE));

        assertThat(Refunds.lineProblems(DECLARED, Map.of(), one)).isEmpty();
        assertThat(Refunds.lineProblems(DECLARED, Map.of(1, BigDecimal.ONE), one)).isEmpty();
        assertThat(Refunds.lineProblems(DECLARED, Map.of(1, new BigDecimal("2")), one))
                .containsExactly("gnum 1: qty 1 is more than the 0 left to return of the 2 declared");
    }

    @Test
    void a_returned_line_must_be_a_line_of_the_inventory_with_its_hs_code_and_a_positive_quantity() {
        assertThat(Refunds.lineProblems(DECLARED, Map.of(), List.of(
                new ParcelDocuments.RefundLine(2, "3304990099", BigDecimal.ONE),
                new ParcelDocuments.RefundLine(1, "8541401000", BigDecimal.ONE),
                new ParcelDocuments.RefundLine(1, "3304990099", BigDecimal.ZERO))))
                .containsExactly("gnum 2: the inventory has no such line",
                        "gnum 1: gcode '8541401000' differs from the inventory's '3304990099'",
                        "gnum 1: qty 0 is more than the 2 left to return of the 2 declared");
    }
}
