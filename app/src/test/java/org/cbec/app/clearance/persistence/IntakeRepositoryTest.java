package org.cbec.app.clearance.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.shared.persistence.KeyArrays;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records of a message already taken are found by the primary key of {@code declared_record} (message type,
 * record guid): a guid is taken once a type, and the same guid under another type is another record (V2_15 dropped
 * the index on the guid alone).
 */
class IntakeRepositoryTest {

    private static final Instant AT = Instant.parse("2026-12-02T04:00:00Z");

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final IntakeRepository intake = new IntakeRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource()));

    private void take(String messageType, String rawId, String... guids) {
        intake.store(rawId, "1105910159", AT, ("<" + rawId + "/>").getBytes(), messageType, rawId, "ACCEPTED", null,
                null);
        List<DeclaredRecord> records = new ArrayList<>();
        for (String guid : guids) {
            records.add(new DeclaredRecord(guid, "1", "2", "ORD-" + guid, "1105910159", null, null, null, null, null,
                    null, null, null, null, null));
        }
        intake.insertRecords(messageType, records, rawId, "1105910159", AT);
    }

    @Test
    void aGuidIsSeenUnderTheTypeItWasTakenForOnly() {
        take("CEB311", "raw-1", "G-1", "G-2");
        take("CEB411", "raw-2", "G-3");

        assertThat(intake.seen("CEB311", List.of("G-1", "G-3", "G-9", "G-1"))).containsExactly("G-1");
        assertThat(intake.seen("CEB411", List.of("G-1", "G-2", "G-3"))).containsExactly("G-3");
        assertThat(intake.seen("CEB511", List.of("G-1", "G-2", "G-3"))).isEmpty();
        assertThat(intake.seen("CEB311", List.of())).isEmpty();
    }

    @Test
    void aMessageOfAHundredRecordsIsCheckedInOneLookUp() {
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            guids.add("G-" + i);
        }
        take("CEB621", "raw-3", guids.subList(0, 40).toArray(String[]::new));

        assertThat(intake.seen("CEB621", guids)).hasSize(40).containsAll(guids.subList(0, 40));
    }

    @Test
    void theGuidsAreFoundByThePrimaryKey() {
        String plan = String.join("\n", database.jdbc().sql("explain select record_guid from declared_record "
                        + KeyArrays.join("message_type", "record_guid"))
                .params(KeyArrays.of(List.of("G-1"), g -> "CEB311", g -> g)).query(String.class).list())
                .toLowerCase();

        assertThat(plan).contains("primary_key").contains("message_type = k.key1").contains("record_guid = k.key2");
        assertThat(database.jdbc().sql("select count(*) from information_schema.indexes "
                + "where table_name = 'declared_record' and index_name = 'declared_record_by_guid'")
                .query(Integer.class).single()).as("V2_15").isZero();
    }
}
