package org.cbec.app.customs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.cbec.app.customs.domain.ReviewCase.Action;
import org.cbec.app.customs.domain.ReviewCase.Outcome;
import org.cbec.app.customs.domain.ReviewCase.Refused;
import org.cbec.app.customs.domain.ReviewCase.Status;
import org.junit.jupiter.api.Test;

class ReviewCaseTest {

    private static final Set<OfficerRole> REVIEWER = Set.of(OfficerRole.REVIEWER);
    private static final Set<OfficerRole> INSPECTOR = Set.of(OfficerRole.INSPECTOR);

    private static String codes(Outcome outcome) {
        return String.join(",", outcome.steps().stream().map(ReviewCase.Step::returnStatus).toList());
    }

    @Test
    void approval_releases_with_399_then_800() {
        Outcome outcome = ReviewCase.decide(Status.OPEN, Action.APPROVE, null, "单证相符", REVIEWER);
        assertThat(codes(outcome)).isEqualTo("399,800");
        assertThat(outcome.inventoryState()).isEqualTo(ReviewCase.Result.RELEASED);
        assertThat(outcome.next()).isEqualTo(Status.CLOSED);
        assertThat(outcome.undo()).isFalse();
        assertThat(outcome.steps().get(0).info()).contains("单证相符");
    }

    @Test
    void rejection_is_100_and_return_is_700_and_both_undo_quota_and_tax() {
        Outcome rejected = ReviewCase.decide(Status.OPEN, Action.REJECT, null, "申报不实", REVIEWER);
        assertThat(codes(rejected)).isEqualTo("100");
        assertThat(rejected.undo()).isTrue();
        Outcome returned = ReviewCase.decide(Status.DETAINED, Action.RETURN, null, "退运境外", REVIEWER);
        assertThat(codes(returned)).isEqualTo("700");
        assertThat(returned.inventoryState()).isEqualTo(ReviewCase.Result.RETURNED);
        assertThat(returned.undo()).isTrue();
    }

    @Test
    void inspection_is_500_and_the_inspector_records_it_passed_with_399_and_800() {
        Outcome inspect = ReviewCase.decide(Status.OPEN, Action.INSPECT, null, "布控查验", REVIEWER);
        assertThat(codes(inspect)).isEqualTo("500");
        assertThat(inspect.next()).isEqualTo(Status.INSPECTION);

        Outcome passed = ReviewCase.decide(Status.INSPECTION, Action.INSPECTION_PASSED, null, "货证相符", INSPECTOR);
        assertThat(codes(passed)).isEqualTo("399,800");
    }

    @Test
    void detention_takes_501_502_503_or_599_and_nothing_else() {
        for (String code : new String[] {"501", "502", "503", "599"}) {
            Outcome detained = ReviewCase.decide(Status.OPEN, Action.DETAIN, code, "涉嫌走私", REVIEWER);
            assertThat(codes(detained)).isEqualTo(code);
            assertThat(detained.next()).isEqualTo(Status.DETAINED);
        }
        assertThatThrownBy(() -> ReviewCase.decide(Status.OPEN, Action.DETAIN, "500", "x", REVIEWER))
                .isInstanceOf(Refused.class).hasMessageContaining("501, 502, 503 or 599");
        assertThatThrownBy(() -> ReviewCase.decide(Status.OPEN, Action.DETAIN, null, "x", REVIEWER))
                .as("no detention code: refused by name, not thrown as a 500").isInstanceOf(Refused.class)
                .hasMessageContaining("501, 502, 503 or 599");
    }

    @Test
    void each_role_does_its_part_only() {
        assertThatThrownBy(() -> ReviewCase.decide(Status.OPEN, Action.APPROVE, null, "x", INSPECTOR))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.ROLE));
        assertThatThrownBy(() -> ReviewCase.decide(Status.INSPECTION, Action.INSPECTION_PASSED, null, "x", REVIEWER))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.ROLE));
        assertThatThrownBy(() -> ReviewCase.decide(Status.OPEN, Action.APPROVE, null, "x",
                Set.of(OfficerRole.RISK_ADMIN)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.ROLE));
        assertThat(codes(ReviewCase.decide(Status.INSPECTION, Action.DETAIN, "599", "x", INSPECTOR))).isEqualTo("599");
    }

    @Test
    void a_closed_case_takes_no_decision_and_every_decision_needs_a_reason() {
        assertThatThrownBy(() -> ReviewCase.decide(Status.CLOSED, Action.APPROVE, null, "x", REVIEWER))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.STATE));
        assertThatThrownBy(() -> ReviewCase.decide(Status.INSPECTION, Action.APPROVE, null, "x", REVIEWER))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.STATE));
        assertThatThrownBy(() -> ReviewCase.decide(Status.OPEN, Action.APPROVE, null, " ", REVIEWER))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.INPUT))
                .hasMessageContaining("reason");
    }
}
