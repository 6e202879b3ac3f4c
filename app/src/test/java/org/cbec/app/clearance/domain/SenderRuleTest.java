package org.cbec.app.clearance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.registry.Role;
import org.junit.jupiter.api.Test;

/** A code field of a record counts as the sender's only in the role it names. */
class SenderRuleTest {

    private static DeclaredRecord inventory(String agentCode, String ebcCode) {
        return new DeclaredRecord("G1", "1", "2", "O1", "P1", ebcCode, null, null, "LN1", "L1", "C1", agentCode, null,
                null, null);
    }

    @Test
    void anInventoryIsTheAgentsAsAgentOrTheEcommerceEnterprisesAsEbc() {
        SenderRule rule = SenderRule.of("CEB621").orElseThrow();

        assertThat(rule.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.EBC);
        assertThat(rule.ownedBy(inventory("A1", "E1"), "A1", Set.of(Role.AGENT))).isTrue();
        assertThat(rule.ownedBy(inventory("A1", "E1"), "E1", Set.of(Role.EBC))).isTrue();
        // an agent named as ebcCode is not the e-commerce enterprise unless it is filed as one
        assertThat(rule.ownedBy(inventory("A1", "A2"), "A2", Set.of(Role.AGENT))).isFalse();
        assertThat(rule.ownedBy(inventory("A1", "A2"), "A2", Set.of(Role.AGENT, Role.EBC))).isTrue();
    }

    @Test
    void theRefusalNamesEachFieldWithItsRole() {
        SenderRule rule = SenderRule.of("CEB621").orElseThrow();

        assertThat(rule.describe(inventory("A1", "E1"))).isEqualTo("agentCode A1 (as AGENT), ebcCode E1 (as EBC)");
    }

    @Test
    void messagesIntakeDoesNotTakeHaveNoRule() {
        assertThat(SenderRule.of("CEB312")).isEmpty();
        assertThat(SenderRule.of("CEB711").orElseThrow().receiptType()).isEqualTo("CEB712");
    }
}
