package org.cbec.app.customs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.cbec.app.TestDatabase;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.clearance.TaxBillIssued;
import org.cbec.app.customs.application.Guarantees;
import org.cbec.app.customs.application.RiskRules;
import org.cbec.app.customs.persistence.QuotaRepository;
import org.cbec.app.customs.persistence.TaxRepository;
import org.cbec.app.export.ExportDecided;
import org.cbec.app.export.ExportInventoryCompared;
import org.cbec.app.shared.EventDelivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customs module alone with the modules whose beans it uses (clearance and export only lend it their event
 * types): it answers an {@link InventoryCompared} with a {@link CustomsDecided} and a released inventory's
 * {@link TaxBillIssued}, through the event publication registry. The events are published as clearance publishes
 * them, in a transaction whose listeners are delivered in this thread once it has committed.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CustomsModuleTest {

    private static final String PLATFORM = "3301960001";
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry);
    }

    @Autowired
    Guarantees guarantees;
    @Autowired
    QuotaRepository quota;
    @Autowired
    RiskRules riskRules;
    @Autowired
    TaxRepository taxes;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    EventDelivery delivery;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    /**
     * A compared inventory of shampoo (3305100090): {@code qty} pieces at {@code price}, guaranteed by this one;
     * its order declares the tax of a cross-border import of it, 70 % of the 13 % VAT (cbec-rules.md §A.3).
     */
    private static InventoryCompared compared(String buyer, String assureCode, int qty, String price) {
        long serial = SERIAL.incrementAndGet();
        BigDecimal each = new BigDecimal(price);
        BigDecimal total = each.multiply(BigDecimal.valueOf(qty));
        return new InventoryCompared(InvtNoOf.of(serial), "AGENT00001", "COP" + serial, "ORD" + serial, PLATFORM,
                PLATFORM, "3101", "9610", null, assureCode, buyer, "张三", BigDecimal.ZERO, BigDecimal.ZERO,
                total.multiply(new BigDecimal("0.091")).setScale(2, java.math.RoundingMode.HALF_UP), null,
                List.of(new InventoryCompared.Line(1, "3305100090", "洗发剂", null,
                BigDecimal.valueOf(qty), "142", BigDecimal.valueOf(qty), "035", each, total, "502")), Instant.now());
    }

    /** The invtNo clearance would give it. */
    private static final class InvtNoOf {
        static String of(long serial) {
            return org.cbec.app.clearance.InvtNo.of("3101", YEAR, false, serial);
        }
    }

    private static String buyer() {
        return "110101199001" + String.format("%06d", SERIAL.incrementAndGet() % 1_000_000);
    }

    private void compare(InventoryCompared... inventories) {
        delivery.inTransaction(transactions, () -> {
            events.publishEvent(new InventoryCompared.Batch(List.of(inventories)));
            return null;
        });
    }

    private static <T> java.util.stream.Stream<T> stream(Iterable<T> events) {
        return java.util.stream.StreamSupport.stream(events.spliterator(), false);
    }

    private static CustomsDecided decisionOf(AssertablePublishedEvents published, String invtNo) {
        return stream(published.ofType(CustomsDecided.Batch.class)).flatMap(b -> b.decisions().stream())
                .filter(d -> d.invtNo().equals(invtNo)).findFirst().orElseThrow();
    }

    @Test
    void aListOfSeveralItemsOverTheSingleTransactionLimitIsRefusedWith621005(AssertablePublishedEvents published) {
        InventoryCompared over = compared(buyer(), PLATFORM, 2, "3000.00");

        compare(over);

        CustomsDecided decided = decisionOf(published, over.invtNo());
        assertThat(decided.from()).isEqualTo(CustomsDecided.Stage.COMPARED);
        assertThat(decided.outcome()).isEqualTo(CustomsDecided.Outcome.REFUSED);
        assertThat(decided.steps()).extracting(CustomsDecided.Step::returnStatus).containsExactly("-621005");
        assertThat(decided.tax()).isNull();
    }

    @Test
    void aGuaranteedListIsReleasedWith120Then399Then800AndItsTaxBillFollows(AssertablePublishedEvents published) {
        guarantees.set(PLATFORM, new BigDecimal("100000"));
        InventoryCompared covered = compared(buyer(), PLATFORM, 1, "200.00");

        compare(covered);

        CustomsDecided decided = decisionOf(published, covered.invtNo());
        assertThat(decided.outcome()).as(decided.steps().toString()).isEqualTo(CustomsDecided.Outcome.RELEASED);
        assertThat(decided.steps()).extracting(CustomsDecided.Step::returnStatus).containsExactly("120", "399", "800");
        assertThat(decided.tax()).isPositive().isEqualByComparingTo(taxes.bill(covered.invtNo()).orElseThrow()
                .total());
        assertThat(stream(published.ofType(TaxBillIssued.Batch.class)).flatMap(b -> b.bills().stream())
                .filter(bill -> bill.invtNo().equals(covered.invtNo()))).singleElement().satisfies(bill -> {
                    assertThat(bill.messageType()).isEqualTo("CEB816");
                    assertThat(bill.recipients()).containsExactly("AGENT00001", PLATFORM);
                });
        assertThat(jdbc.sql("select count(*) from event_publication").query(Long.class).single())
                .as("every publication completed and deleted").isZero();
    }

    @Test
    void aRefusalAfterTheQuotaWasCountedTakesTheCountBackWithItsSavepoint(AssertablePublishedEvents published) {
        // no guarantee is filed for 9999999999: the quota counted before the guarantee check goes back
        String buyer = buyer();
        InventoryCompared unguaranteed = compared(buyer, "9999999999", 1, "100.00");

        compare(unguaranteed);

        CustomsDecided decided = decisionOf(published, unguaranteed.invtNo());
        assertThat(decided.outcome()).isEqualTo(CustomsDecided.Outcome.REFUSED);
        assertThat(decided.steps().get(0).info()).contains("no tax guarantee is filed for assureCode 9999999999");
        assertThat(quota.used(buyer, YEAR)).isZero();
    }

    @Test
    void aListDeliveredAgainAfterACrashIsDecidedOnceAndCountsOnce(AssertablePublishedEvents published) {
        guarantees.set(PLATFORM, new BigDecimal("100000"));
        String buyer = buyer();
        InventoryCompared once = compared(buyer, PLATFORM, 1, "300.00");

        compare(once);
        BigDecimal counted = quota.used(buyer, YEAR);
        compare(once);

        assertThat(counted).isEqualByComparingTo("300.00");
        assertThat(quota.used(buyer, YEAR)).isEqualByComparingTo(counted);
        assertThat(stream(published.ofType(CustomsDecided.Batch.class)).flatMap(b -> b.decisions().stream())
                .filter(d -> d.invtNo().equals(once.invtNo()))).hasSize(1);
    }

    /** The tax customs charges a list of {@link #compared} with these figures, measured on a list of its own. */
    private BigDecimal taxOfOne(String price) {
        guarantees.set(PLATFORM, guarantees.find(PLATFORM).map(g -> g.owed()).orElse(BigDecimal.ZERO)
                .add(new BigDecimal("100000")));
        InventoryCompared probe = compared(buyer(), PLATFORM, 1, price);
        compare(probe);
        return taxes.bill(probe.invtNo()).orElseThrow().total();
    }

    /**
     * Leaves the platform's guarantee covering {@code lists} lists of tax {@code each} and half of one more; what
     * it owed then.
     */
    private BigDecimal guaranteeCovering(int lists, BigDecimal each) {
        BigDecimal owed = guarantees.find(PLATFORM).orElseThrow().owed();
        guarantees.set(PLATFORM, owed.add(each.multiply(new BigDecimal(lists).add(new BigDecimal("0.5")))));
        return owed;
    }

    @Test
    void aBatchOnOneGuaranteeReleasesTheListsItCoversInOrderAndRefusesTheNextWith100(
            AssertablePublishedEvents published) {
        BigDecimal each = taxOfOne("200.00");
        BigDecimal owedBefore = guaranteeCovering(2, each);
        List<InventoryCompared> batch = List.of(compared(buyer(), PLATFORM, 1, "200.00"),
                compared(buyer(), PLATFORM, 1, "200.00"), compared(buyer(), PLATFORM, 1, "200.00"));

        compare(batch.toArray(InventoryCompared[]::new));

        assertThat(batch).extracting(list -> decisionOf(published, list.invtNo()).outcome()).containsExactly(
                CustomsDecided.Outcome.RELEASED, CustomsDecided.Outcome.RELEASED, CustomsDecided.Outcome.REFUSED);
        CustomsDecided refused = decisionOf(published, batch.get(2).invtNo());
        assertThat(refused.steps()).extracting(CustomsDecided.Step::returnStatus).containsExactly("100");
        assertThat(refused.steps().get(0).info()).contains("担保额度不足");
        assertThat(guarantees.find(PLATFORM).orElseThrow().owed().subtract(owedBefore))
                .isEqualByComparingTo(each.multiply(new BigDecimal(2)));
        assertThat(jdbc.sql("select count(*) from guarantee_entry where kind = 'CHARGE' and reference in (?, ?, ?)")
                .params(batch.get(0).invtNo(), batch.get(1).invtNo(), batch.get(2).invtNo()).query(Long.class)
                .single()).as("an entry for each list charged").isEqualTo(2);
    }

    @Test
    void aListRefusedForItsStockAfterItsChargeLeavesTheGuaranteeToTheNextListOfItsBatch(
            AssertablePublishedEvents published) {
        BigDecimal each = taxOfOne("200.00");
        BigDecimal owedBefore = guaranteeCovering(1, each);
        InventoryCompared plain = compared(buyer(), PLATFORM, 1, "200.00");
        // bonded goods (1210) from an account book that holds none: refused after the guarantee covered them
        long serial = SERIAL.incrementAndGet();
        InventoryCompared bonded = new InventoryCompared(InvtNoOf.of(serial), "AGENT00001", "COP" + serial,
                "ORD" + serial, PLATFORM, PLATFORM,
                "3101", "1210", "T3101W000001", PLATFORM, buyer(), "李四", BigDecimal.ZERO, BigDecimal.ZERO,
                plain.orderTaxTotal(), null, List.of(new InventoryCompared.Line(1, "3305100090", "洗发剂",
                "NO-SUCH-ITEM", BigDecimal.ONE, "142", BigDecimal.ONE, "035", new BigDecimal("200.00"),
                new BigDecimal("200.00"), "502")), Instant.now());

        compare(bonded, plain);

        CustomsDecided stockless = decisionOf(published, bonded.invtNo());
        assertThat(stockless.outcome()).isEqualTo(CustomsDecided.Outcome.REFUSED);
        assertThat(stockless.steps().get(0).info()).contains("库存不足");
        assertThat(decisionOf(published, plain.invtNo()).outcome()).as("the guarantee its refused neighbour left")
                .isEqualTo(CustomsDecided.Outcome.RELEASED);
        assertThat(guarantees.find(PLATFORM).orElseThrow().owed().subtract(owedBefore)).isEqualByComparingTo(each);
    }

    @Test
    void batchesRacingForOneGuaranteeNeverChargePastItsAmount(AssertablePublishedEvents published) throws Exception {
        BigDecimal each = taxOfOne("200.00");
        BigDecimal owedBefore = guaranteeCovering(10, each);
        List<List<InventoryCompared>> batches = java.util.stream.IntStream.range(0, 6).mapToObj(b ->
                java.util.stream.IntStream.range(0, 4).mapToObj(i -> compared(buyer(), PLATFORM, 1, "200.00"))
                        .toList()).toList();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(batches.size());
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(
                batches.size());
        try {
            List<java.util.concurrent.Future<?>> done = batches.stream().map(batch -> threads.submit(() -> {
                start.await();
                compare(batch.toArray(InventoryCompared[]::new));
                return null;
            })).collect(java.util.stream.Collectors.toList());
            for (java.util.concurrent.Future<?> one : done) {
                one.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<CustomsDecided> decided = batches.stream().flatMap(List::stream)
                .map(list -> decisionOf(published, list.invtNo())).toList();
        assertThat(decided.stream().filter(d -> d.outcome() == CustomsDecided.Outcome.RELEASED))
                .as("the guarantee covers ten of the twenty-four lists").hasSize(10);
        assertThat(decided.stream().filter(d -> d.outcome() == CustomsDecided.Outcome.REFUSED))
                .allSatisfy(d -> assertThat(d.steps().get(0).info()).contains("担保额度不足")).hasSize(14);
        assertThat(guarantees.find(PLATFORM).orElseThrow().owed().subtract(owedBefore))
                .isEqualByComparingTo(each.multiply(BigDecimal.TEN));
    }

    @Test
    void anExportListNamedTwiceAndDeliveredAgainIsReviewedOnceWithOneCase(AssertablePublishedEvents published) {
        String blocked = "EBC" + SERIAL.incrementAndGet();
        transactions.executeWithoutResult(status -> riskRules.block(blocked, "TEST", "an export review is wanted"));
        long serial = SERIAL.incrementAndGet();
        ExportInventoryCompared held = new ExportInventoryCompared(
                org.cbec.app.clearance.InvtNo.of("3101", YEAR, true, serial), "AGENT00001", "COP" + serial, PLATFORM,
                blocked, blocked, "9610", BigDecimal.ZERO, null, List.of(), Instant.now());
        ExportInventoryCompared.Batch twice = new ExportInventoryCompared.Batch(List.of(held, held));

        delivery.inTransaction(transactions, () -> {
            events.publishEvent(twice);
            return null;
        });
        delivery.inTransaction(transactions, () -> {
            events.publishEvent(new ExportInventoryCompared.Batch(List.of(held)));
            return null;
        });

        assertThat(stream(published.ofType(ExportDecided.Batch.class)).flatMap(b -> b.decisions().stream())
                .filter(d -> d.invtNo().equals(held.invtNo())))
                .singleElement().satisfies(d -> assertThat(d.outcome()).isEqualTo(CustomsDecided.Outcome.REVIEW));
        assertThat(jdbc.sql("select count(*) from review_case where invt_no = ?").param(held.invtNo())
                .query(Long.class).single()).isEqualTo(1L);
    }
}
