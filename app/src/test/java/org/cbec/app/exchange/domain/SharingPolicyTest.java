package org.cbec.app.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy lets out the fields it grants, masked as it says, while in force; what is wrong is named field by field. */
class SharingPolicyTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

    private static SharingPolicy market(List<String> fields, Map<String, Masking> masking) {
        return new SharingPolicy("MARKET", Dataset.IMPORT_PARCELS, fields, masking, "市场监管：经营主体监测", FROM, null);
    }

    @Test
    void onlyTheGrantedFieldsLeaveAndTheMaskedOnesMasked() {
        SharingPolicy policy = market(List.of("invtNo", "buyerName", "buyerIdNumber"), Map.of("buyerName",
                Masking.NAME, "buyerIdNumber", Masking.ID_NUMBER));

        Map<String, Object> shown = policy.shown(Map.of("invtNo", "I1", "buyerName", "周志远", "buyerIdNumber",
                "330106199001011234", "goodsValue", 120, "ebpCode", "1101110325"));

        assertThat(shown).containsExactly(Map.entry("invtNo", "I1"), Map.entry("buyerName", "周*远"),
                Map.entry("buyerIdNumber", "330106********1234"));
    }

    @Test
    void aFieldTheDatasetDoesNotHaveOrAMaskOfAFieldNotGrantedIsRefusedNamingIt() {
        assertThat(market(List.of("invtNo", "salary"), Map.of("buyerName", Masking.NAME)).problems())
                .anySatisfy(p -> assertThat(p).startsWith("fields: import-parcels has no field 'salary'"))
                .anySatisfy(p -> assertThat(p).isEqualTo("masking: 'buyerName' is not a field the policy grants"));
        assertThat(market(List.of("invtNo"), Map.of()).problems()).isEmpty();
    }

    @Test
    void aPolicyIsInForceFromItsStartUntilItsEnd() {
        SharingPolicy ending = new SharingPolicy("FX", Dataset.IMPORT_PARCELS, List.of("invtNo"), Map.of(), "外汇监测",
                FROM, Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(ending.inForceAt(FROM.minusSeconds(1))).isFalse();
        assertThat(ending.inForceAt(FROM)).isTrue();
        assertThat(ending.inForceAt(Instant.parse("2026-12-31T16:00:00Z"))).isFalse();
    }
}
