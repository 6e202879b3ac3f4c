package org.cbec.app.clearance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A parcel's set is complete only when all four documents are on file, whichever came last and whichever was
 * found missing the time before (the store looks for that one first).
 */
class ParcelDocumentStoreTest {

    private static final List<ParcelDocuments.GoodsLine> LINES = List.of(new ParcelDocuments.GoodsLine(1,
            "AF001-001", new BigDecimal("2"), new BigDecimal("100.00"), new BigDecimal("200.00")));
    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final ParcelDocumentStore documents = new ParcelDocumentStore(new ParcelRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource())));

    private static InventoryState state(String n) {
        return new InventoryState("1105910159", "COP-" + n, "1101110325", "ORDER-" + n, "1101180326", "L" + n,
                "GUID-I" + n, "PRE-" + n, "WAITING", AT.plusSeconds(3600), null, null);
    }

    private void put(String type, String n) {
        DeclaredRecord record = new DeclaredRecord("GUID-" + type + n, "1", "2", "ORDER-" + n, "1101110325", null,
                null, null, null, null, null, null, "3101");
        switch (type) {
            case "ORDER" -> documents.put(type, "1101110325", "ORDER-" + n, record, new ParcelDocuments.Order(
                    "ORDER-" + n, "1101110325", "1101110325", new BigDecimal("200.00"), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("200.00"), "李小宝", "130681136250023332",
                    "1101110323", "PAY-" + n, "李小宝", "13256253633", "北京市海淀区", LINES), "EBP", AT);
            case "PAYMENT" -> documents.put(type, "1101110325", "ORDER-" + n, record, new ParcelDocuments.Payment(
                    "ORDER-" + n, "1101110325", "1101110323", "PAY-" + n, "李小宝", "130681136250023332",
                    new BigDecimal("200.00")), "PAY", AT);
            case "WAYBILL" -> documents.put(type, "1101180326", "L" + n, record, new ParcelDocuments.Waybill(
                    "1101180326", "L" + n, "ORDER-" + n, BigDecimal.ZERO, BigDecimal.ZERO, "李小宝", "13256253633",
                    "北京市海淀区"), "LOG", AT);
            default -> documents.put(type, "1105910159", "COP-" + n, record, new ParcelDocuments.Inventory("COP-" + n,
                    "ORDER-" + n, "1101110325", "1101110325", "1101180326", "L" + n, "1105910159", "李小宝",
                    "130681136250023332", BigDecimal.ZERO, BigDecimal.ZERO, LINES), "AGENT", AT);
        }
    }

    @Test
    void theSetIsCompleteOnlyWithItsLastDocumentWhicheverItIs() {
        List<List<String>> arrivals = List.of(List.of("INVENTORY", "ORDER", "PAYMENT", "WAYBILL"),
                List.of("WAYBILL", "PAYMENT", "ORDER", "INVENTORY"), List.of("ORDER", "WAYBILL", "INVENTORY",
                        "PAYMENT"), List.of("PAYMENT", "INVENTORY", "WAYBILL", "ORDER"));
        for (int n = 0; n < arrivals.size(); n++) {
            String parcel = String.valueOf(n);
            for (String type : arrivals.get(n).subList(0, 3)) {
                put(type, parcel);
                assertThat(documents.complete(state(parcel))).as("parcel %s after %s", parcel, type).isEmpty();
                assertThat(documents.complete(state(parcel))).as("looked at again").isEmpty();
            }
            put(arrivals.get(n).get(3), parcel);

            ParcelDocumentStore.Parcel complete = documents.complete(state(parcel)).orElseThrow();
            assertThat(complete.order().document().orderNo()).isEqualTo("ORDER-" + parcel);
            assertThat(complete.payment().senderCode()).isEqualTo("PAY");
            assertThat(complete.waybill().document().logisticsNo()).isEqualTo("L" + parcel);
            assertThat(complete.inventory().record().recordGuid()).isEqualTo("GUID-INVENTORY" + parcel);
        }
    }

    @Test
    void aDocumentDeletedAfterTheSetWasCompleteMakesItIncompleteAgain() {
        for (String type : List.of("INVENTORY", "ORDER", "PAYMENT", "WAYBILL")) {
            put(type, "9");
        }
        assertThat(documents.complete(state("9"))).isPresent();

        documents.delete("PAYMENT", "1101110325", "ORDER-9");
        assertThat(documents.complete(state("9"))).isEmpty();
        documents.delete("ORDER", "1101110325", "ORDER-9");
        put("PAYMENT", "9");
        assertThat(documents.complete(state("9"))).as("the order, found missing last, is still").isEmpty();
    }
}
