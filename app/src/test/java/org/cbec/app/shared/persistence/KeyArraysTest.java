package org.cbec.app.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cbec.app.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows found by many keys at once, on the database the suite runs on (H2, or PostgreSQL with
 * CBEC_TEST_DB=postgres): exactly the rows of the keys asked for, a key's parts never matched across keys, by one
 * statement text whatever the number of keys, through the table's index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyArraysTest extends PlatformTest {

    private static final String SELECT = "select doc_type, key_a, key_b from parcel_document ";

    @Autowired
    JdbcClient jdbc;

    private void store(String type, String keyA, String keyB) {
        jdbc.sql("insert into parcel_document (doc_type, key_a, key_b, record_guid, sender_code, body, received_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(type, keyA, keyB, "G-" + keyA + keyB, "S", "{}", Timestamp.from(Instant.now())).update();
    }

    private List<DocumentTable.Keys> found(List<DocumentTable.Keys> keys) {
        return jdbc.sql(SELECT + KeyArrays.join("doc_type", "key_a", "key_b") + "order by key_b")
                .params(KeyArrays.of(keys, DocumentTable.Keys::type, DocumentTable.Keys::keyA,
                        DocumentTable.Keys::keyB))
                .query((rs, n) -> new DocumentTable.Keys(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Test
    void onlyTheRowsOfTheKeysAskedForAreFound() {
        store("ORDER", "KA-EBP1", "KA-1");
        store("ORDER", "KA-EBP2", "KA-2");
        store("PAYMENT", "KA-EBP1", "KA-1");

        assertThat(found(List.of(new DocumentTable.Keys("ORDER", "KA-EBP1", "KA-1"),
                // each part is in some row, the whole key in none
                new DocumentTable.Keys("ORDER", "KA-EBP1", "KA-2"), new DocumentTable.Keys("PAYMENT", "KA-EBP2",
                        "KA-2"), new DocumentTable.Keys("WAYBILL", "KA-EBP1", "KA-1"))))
                .extracting(DocumentTable.Keys::type, DocumentTable.Keys::keyA, DocumentTable.Keys::keyB)
                .containsExactly(tuple("ORDER", "KA-EBP1", "KA-1"));
        assertThat(found(List.of())).isEmpty();
    }

    @Test
    void oneColumnAnyFindsEachValueAsked() {
        store("ORDER", "KA-ANY", "KA-A1");
        store("ORDER", "KA-ANY", "KA-A2");
        store("ORDER", "KA-ANY", "KA-A3");

        assertThat(jdbc.sql("select key_b from parcel_document where key_b = any(?) order by key_b")
                .param(KeyArrays.any(List.of("KA-A1", "KA-A3", "KA-NONE"))).query(String.class).list())
                .containsExactly("KA-A1", "KA-A3");
    }

    @Test
    void manyKeysAreOneStatementWhoseTextDoesNotDependOnTheirNumber() {
        List<DocumentTable.Keys> keys = new ArrayList<>();
        IntStream.range(0, 700).forEach(n -> {
            store("ORDER", "KA-MANY", "KA-M" + n);
            keys.add(new DocumentTable.Keys("ORDER", "KA-MANY", "KA-M" + n));
        });

        assertThat(found(keys)).hasSize(700);
        assertThat(KeyArrays.join("a", "b")).isEqualTo("join unnest(cast(? as varchar array), cast(? as varchar "
                + "array)) as k(key1, key2) on a = k.key1 and b = k.key2 ");
        assertThat(KeyArrays.of(keys.subList(0, 1), DocumentTable.Keys::type)).hasSize(1);
        assertThat(KeyArrays.of(keys, DocumentTable.Keys::type, DocumentTable.Keys::keyB)).hasSize(2)
                .allSatisfy(array -> assertThat((String[]) array).hasSize(700));
    }

    @Test
    void theKeysAreLookedUpByTheTablesIndex() {
        String plan = String.join("\n", jdbc.sql("explain " + SELECT + KeyArrays.join("doc_type", "key_a", "key_b"))
                .params(KeyArrays.of(List.of(new DocumentTable.Keys("ORDER", "A", "B")), DocumentTable.Keys::type,
                        DocumentTable.Keys::keyA, DocumentTable.Keys::keyB))
                .query(String.class).list()).toLowerCase();

        // H2 names the index it takes; PostgreSQL may scan a table this small, and is asked only to plan a join
        assertThat(plan).satisfiesAnyOf(p -> assertThat(p).contains("primary_key").contains("doc_type = k.key1")
                .contains("key_b = k.key3"), p -> assertThat(p).contains("function scan on k"));
    }
}
