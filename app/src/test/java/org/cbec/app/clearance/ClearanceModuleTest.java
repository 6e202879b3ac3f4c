package org.cbec.app.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cbec.app.TestDatabase;
import org.cbec.app.clearance.domain.ParcelDocuments;
import org.cbec.app.clearance.domain.Receipt;
import org.cbec.app.clearance.intake.DeclaredRecord;
import org.cbec.app.clearance.intake.Stored;
import org.cbec.app.clearance.persistence.ParcelRepository;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.clearance.persistence.ReceiptRepository;
import org.cbec.app.shared.EventDelivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clearance module with the registry and the shared kernel, without customs: customs' answers arrive as the
 * events customs publishes, and clearance applies them to a parcel handed over for its decision, once.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ClearanceModuleTest {

    private static final String PLATFORM = "3301960002";
    private static final String PAYER = "3301960003";
    private static final String CARRIER = "3301960004";
    private static final String AGENT = "3301960005";
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry);
    }

    @Autowired
    ParcelRepository parcels;
    @Autowired
    ReceiptRepository receipts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    EventDelivery delivery;
    @Autowired
    TransactionTemplate transactions;

    /** A parcel compared consistent and handed to customs (DECIDING), as clearance leaves it; its copNo. */
    private String parcelWithCustoms(String invtNo) {
        long n = SERIAL.incrementAndGet();
        String orderNo = "ORD" + n;
        String logisticsNo = "LN" + n;
        String copNo = "COP" + n;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        transactions.executeWithoutResult(status -> {
            put("ORDER", PLATFORM, orderNo, PLATFORM, new DeclaredRecord("G-O" + n, "1", "2", orderNo, PLATFORM,
                    PLATFORM, PAYER, "PT" + n, null, null, null, null, null), new ParcelDocuments.Order(orderNo,
                    PLATFORM, PLATFORM, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.TEN, "张三", "110101199001011234", PAYER, "PT" + n, "张三", "13800000000", "杭州",
                    List.of()), at);
            put("PAYMENT", PLATFORM, orderNo, PAYER, new DeclaredRecord("G-P" + n, "1", "2", orderNo, PLATFORM, null,
                    PAYER, "PT" + n, null, null, null, null, null), new ParcelDocuments.Payment(orderNo, PLATFORM,
                    PAYER, "PT" + n, "张三", "110101199001011234", BigDecimal.TEN), at);
            put("WAYBILL", CARRIER, logisticsNo, CARRIER, new DeclaredRecord("G-W" + n, "1", "2", orderNo, null, null,
                    null, null, logisticsNo, CARRIER, null, null, null), new ParcelDocuments.Waybill(CARRIER,
                    logisticsNo, orderNo, BigDecimal.ZERO, BigDecimal.ZERO, "张三", "13800000000", "杭州"), at);
            put("INVENTORY", AGENT, copNo, AGENT, new DeclaredRecord("G-I" + n, "1", "2", orderNo, PLATFORM,
                    PLATFORM, null, null, logisticsNo, CARRIER, copNo, AGENT, "3101"), new ParcelDocuments.Inventory(
                    copNo, orderNo, PLATFORM, PLATFORM, CARRIER, logisticsNo, AGENT, "张三", "110101199001011234",
                    BigDecimal.ZERO, BigDecimal.ZERO, List.of()), at);
            parcels.putInventory(new InventoryState(AGENT, copNo, PLATFORM, orderNo, CARRIER, logisticsNo, "G-I" + n,
                    "B20261130000000" + String.format("%03d", n % 1000), "WAITING", at.plusSeconds(86_400), null,
                    null), at);
            parcels.claim(AGENT, copNo, invtNo);
        });
        return copNo;
    }

    private void put(String type, String keyA, String keyB, String sender, DeclaredRecord record, Object document,
                     Instant at) {
        parcels.documents().put(type, keyA, keyB, record.recordGuid(), sender, new Stored<>(record, document).json(),
                at);
    }

    private void decide(CustomsDecided decided) {
        delivery.inTransaction(transactions, () -> {
            events.publishEvent(new CustomsDecided.Batch(List.of(decided)));
            return null;
        });
    }

    private List<Receipt> receiptsOf(String enterprise, String copNo) {
        return receipts.page(enterprise, 0, 1000).stream().filter(r -> copNo.equals(r.copNo())).toList();
    }

    private static CustomsDecided released(String invtNo, String copNo) {
        return new CustomsDecided(invtNo, AGENT, copNo, CustomsDecided.Stage.COMPARED,
                CustomsDecided.Outcome.RELEASED, List.of(new CustomsDecided.Step("120", "海关入库"),
                new CustomsDecided.Step("399", "海关审结"), new CustomsDecided.Step("800", "放行")),
                new BigDecimal("9.10"), Instant.now());
    }

    @Test
    void aReleaseIsAppliedOnceWithItsReceiptsInOrder() {
        String invtNo = InvtNo.of("3101", 2026, false, SERIAL.incrementAndGet());
        String copNo = parcelWithCustoms(invtNo);

        decide(released(invtNo, copNo));
        decide(released(invtNo, copNo));

        assertThat(parcels.inventory(AGENT, copNo).orElseThrow().status()).isEqualTo("RELEASED");
        assertThat(receiptsOf(AGENT, copNo)).extracting(Receipt::returnStatus).containsExactly("120", "399", "800");
        assertThat(receiptsOf(AGENT, copNo)).extracting(Receipt::invtNo).containsOnly(invtNo);
        assertThat(receipts.page(PLATFORM, 0, 1000).stream().filter(r -> r.messageType().equals("CEB312"))
                .map(Receipt::returnStatus)).as("the order's sender hears 120 once").containsExactly("120");
        assertThat(parcels.history(AGENT, copNo)).extracting(ParcelRepository.HistoryEntry::status)
                .containsExactly("120", "399", "800", "RELEASED");
    }

    @Test
    void aRefusalRejectsWithoutAnInvtNoAndTheOthersHearNothing() {
        String invtNo = InvtNo.of("3101", 2026, false, SERIAL.incrementAndGet());
        String copNo = parcelWithCustoms(invtNo);

        decide(new CustomsDecided(invtNo, AGENT, copNo, CustomsDecided.Stage.COMPARED,
                CustomsDecided.Outcome.REFUSED, List.of(new CustomsDecided.Step("-621018", "超过年度限额")), null,
                Instant.now()));

        InventoryState state = parcels.inventory(AGENT, copNo).orElseThrow();
        assertThat(state.status()).isEqualTo("REJECTED");
        assertThat(state.invtNo()).isNull();
        assertThat(receiptsOf(AGENT, copNo)).singleElement().satisfies(r -> {
            assertThat(r.returnStatus()).isEqualTo("-621018");
            assertThat(r.invtNo()).isNull();
        });
        assertThat(receipts.page(PAYER, 0, 1000)).noneMatch(r -> r.orderNo() != null
                && r.orderNo().equals(state.orderNo()));
    }

    @Test
    void anOfficersDecisionTakenAtAStageTheInventoryHasLeftChangesNothing() {
        String invtNo = InvtNo.of("3101", 2026, false, SERIAL.incrementAndGet());
        String copNo = parcelWithCustoms(invtNo);
        decide(released(invtNo, copNo));

        decide(new CustomsDecided(invtNo, AGENT, copNo, CustomsDecided.Stage.REVIEW, CustomsDecided.Outcome.REJECTED,
                List.of(new CustomsDecided.Step("100", "海关退单: x")), null, Instant.now()));

        assertThat(parcels.inventory(AGENT, copNo).orElseThrow().status()).isEqualTo("RELEASED");
        assertThat(receiptsOf(AGENT, copNo)).extracting(Receipt::returnStatus).doesNotContain("100");
    }

    @Test
    void aTaxBillGoesIntoEachRecipientsReceiptStream() {
        delivery.inTransaction(transactions, () -> {
            events.publishEvent(new TaxBillIssued.Batch(List.of(new TaxBillIssued("CEB816", List.of(AGENT, PLATFORM),
                    "TX31012026I000000001", "31012026I000000001", "1", "电子税单: 9.10", "<CEB816Message/>",
                    Instant.now()))));
            return null;
        });

        for (String recipient : List.of(AGENT, PLATFORM)) {
            assertThat(receipts.page(recipient, 0, 1000)).filteredOn(r -> r.messageType().equals("CEB816"))
                    .extracting(Receipt::invtNo).contains("31012026I000000001");
        }
    }
}
