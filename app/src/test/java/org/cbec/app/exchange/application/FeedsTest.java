package org.cbec.app.exchange.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.clearance.ComparisonRefused;
import org.cbec.app.clearance.CustomsDecided;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.exchange.domain.CreditScore;
import org.cbec.app.exchange.domain.Dataset;
import org.cbec.app.exchange.persistence.CreditRepository;
import org.cbec.app.exchange.persistence.Cursors;
import org.cbec.app.exchange.persistence.DatasetRepository;
import org.cbec.app.exchange.persistence.ExchangeRepository;
import org.cbec.app.exchange.persistence.FxRepository;
import org.cbec.app.exchange.persistence.StatisticsRepository;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feeds take customs' decision and the declaration in either order, and the same event twice, and write each
 * record once, with the enterprise of the declaration.
 */
class FeedsTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final DatasetRepository records = new DatasetRepository(database.jdbc(),
            new JdbcTemplate(database.dataSource()), new Cursors(database.jdbc()));
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private final CreditRepository creditFacts = new CreditRepository(database.jdbc());
    private final FxFigures fx = new FxFigures(new FxRepository(database.jdbc()), records, new Datasets(records,
            new ExchangeRepository(database.jdbc()), clock), clock, "0.05");
    private final Credit credit = new Credit(creditFacts, fx, clock);
    private final Feeds feeds = new Feeds(records, new Releases(records, new Statistics(new StatisticsRepository(
            database.jdbc())), fx, credit), credit,
            new TransactionTemplate(new DataSourceTransactionManager(database.dataSource())));
    private final Instant at = Instant.parse("2026-11-30T08:00:00Z");

    private InventoryCompared compared(String invtNo) {
        return new InventoryCompared(invtNo, "AGENT00001", "COP" + invtNo, "ORD" + invtNo, "EBP0000001",
                "EBC0000001", "3101", "9610", null, "EBP0000001", "110101199001011234", "张三", BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO, new InventoryCompared.Payment("PAY0000001", "T" + invtNo,
                new BigDecimal("11")), List.of(new InventoryCompared.Line(1, "3305100090", "洗发剂", null,
                BigDecimal.ONE, "142", BigDecimal.ONE, "035", BigDecimal.TEN, BigDecimal.TEN, "502")), at);
    }

    private CustomsDecided decided(String invtNo, CustomsDecided.Outcome outcome, String status) {
        return new CustomsDecided(invtNo, "AGENT00001", "COP" + invtNo, CustomsDecided.Stage.COMPARED, outcome,
                List.of(new CustomsDecided.Step(status, "海关: " + status)), BigDecimal.ONE, at.plusSeconds(30));
    }

    private List<Map<String, Object>> dataset(Dataset dataset) {
        return records.page(dataset.wireName(), 0, 100).stream()
                .map(r -> Datasets.JSON.readValue(r.body(), new tools.jackson.core.type.TypeReference<
                        Map<String, Object>>() { })).toList();
    }

    @Test
    void aReleaseBeforeItsDeclarationWaitsForItAndIsWrittenOnce() {
        feeds.on(new CustomsDecided.Batch(List.of(decided("I1", CustomsDecided.Outcome.RELEASED, "800"))));
        assertThat(dataset(Dataset.IMPORT_PARCELS)).isEmpty();

        feeds.on(new InventoryCompared.Batch(List.of(compared("I1"))));
        feeds.on(new InventoryCompared.Batch(List.of(compared("I1"))));
        feeds.on(new CustomsDecided.Batch(List.of(decided("I1", CustomsDecided.Outcome.RELEASED, "800"))));

        assertThat(dataset(Dataset.IMPORT_PARCELS)).singleElement().satisfies(parcel -> {
            assertThat(parcel.get("ebcCode")).isEqualTo("EBC0000001");
            assertThat(parcel.get("releasedAt")).isEqualTo(at.plusSeconds(30).toString());
        });
    }

    @Test
    void aRefusalBeforeItsDeclarationWaitsForItToKnowItsEnterprise() {
        feeds.on(new CustomsDecided.Batch(List.of(decided("I2", CustomsDecided.Outcome.REFUSED, "-621005"))));
        assertThat(dataset(Dataset.REFUSALS)).isEmpty();

        feeds.on(new InventoryCompared.Batch(List.of(compared("I2"))));

        assertThat(dataset(Dataset.REFUSALS)).singleElement().satisfies(refusal -> {
            assertThat(refusal.get("ebcCode")).isEqualTo("EBC0000001");
            assertThat(refusal.get("returnStatus")).isEqualTo("-621005");
        });
        assertThat(dataset(Dataset.IMPORT_PARCELS)).as("refused, not released").isEmpty();
    }

    @Test
    void aDeclarationThenItsRefusalIsARefusalAndNoParcel() {
        feeds.on(new InventoryCompared.Batch(List.of(compared("I3"))));
        feeds.on(new CustomsDecided.Batch(List.of(decided("I3", CustomsDecided.Outcome.REFUSED, "-621018"))));

        assertThat(dataset(Dataset.REFUSALS)).extracting(r -> r.get("returnStatus")).containsExactly("-621018");
        assertThat(dataset(Dataset.IMPORT_PARCELS)).isEmpty();
        assertThat(records.pending("D:I3")).as("nothing left waiting").isEmpty();
    }

    @Test
    void aReleaseIsOnePaymentForFxAndOneReleaseInCreditHoweverOftenItsEventsCome() {
        for (int i = 0; i < 2; i++) {
            feeds.on(new InventoryCompared.Batch(List.of(compared("I4"))));
            feeds.on(new CustomsDecided.Batch(List.of(decided("I4", CustomsDecided.Outcome.RELEASED, "800"))));
        }

        assertThat(dataset(Dataset.FX_PAYMENTS)).singleElement().satisfies(payment -> {
            assertThat(payment.get("payCode")).isEqualTo("PAY0000001");
            assertThat(payment.get("declaredValue")).as("goods 10 + freight 1 + tax 0").isEqualTo(11);
            assertThat(payment.get("paidValue")).isEqualTo(11);
            assertThat(payment.get("month")).isEqualTo("2026-11");
        });
        assertThat(creditFacts.counts("EBC0000001", "2026-01")).containsExactly(1, 0, 0, 0);
        assertThat(creditFacts.stored("EBC0000001")).hasValueSatisfying(s -> assertThat(s.score()).isEqualTo(100));
    }

    @Test
    void aComparisonRefusalIsARefusalAtStageComparisonAndAMismatchInCreditOnce() {
        ComparisonRefused refused = new ComparisonRefused("I", "AGENT00001", "COP9", "ORD9", "EBP0000001",
                "EBC0000001", "payment-amount", "100", "支付金额不符", at);
        feeds.on(new ComparisonRefused.Batch(List.of(refused)));
        feeds.on(new ComparisonRefused.Batch(List.of(refused)));

        assertThat(dataset(Dataset.REFUSALS)).singleElement().satisfies(r -> {
            assertThat(r.get("stage")).isEqualTo("COMPARISON");
            assertThat(r.get("rule")).isEqualTo("payment-amount");
            assertThat(r.get("ebcCode")).isEqualTo("EBC0000001");
        });
        assertThat(creditFacts.counts("EBC0000001", "2026-01")).containsExactly(0, 1, 0, 0);
        assertThat(creditFacts.stored("EBC0000001")).hasValueSatisfying(s -> assertThat(s.score())
                .as("one declaration of one, refused: the mismatch factor's whole weight")
                .isEqualTo(100 - CreditScore.MISMATCH_WEIGHT));
    }

    @Test
    void parcelsReleasedTogetherAreEachCountedOnceInTheStatistics() {
        Statistics statistics = new Statistics(new StatisticsRepository(database.jdbc()));
        feeds.on(new InventoryCompared.Batch(List.of(compared("I5"), compared("I6"), compared("I7"))));
        feeds.on(new CustomsDecided.Batch(List.of(decided("I5", CustomsDecided.Outcome.RELEASED, "800"),
                decided("I6", CustomsDecided.Outcome.RELEASED, "800"),
                decided("I7", CustomsDecided.Outcome.RELEASED, "800"))));

        Statistics.Report three = statistics.report("2026-11-30", "2026-11-30", "day", "enterprise", "I", null);
        assertThat(three.rows()).singleElement().satisfies(row -> assertThat(row.count()).isEqualTo(3));
        assertThat(three.released()).isEqualTo(3);

        feeds.on(new InventoryCompared.Batch(List.of(compared("I8"))));
        feeds.on(new CustomsDecided.Batch(List.of(decided("I8", CustomsDecided.Outcome.RELEASED, "800"),
                decided("I5", CustomsDecided.Outcome.RELEASED, "800"))));

        Statistics.Report four = statistics.report("2026-11-30", "2026-11-30", "day", "enterprise", "I", null);
        assertThat(four.rows()).singleElement().satisfies(row -> {
            assertThat(row.count()).as("I5 again counts nothing").isEqualTo(4);
            assertThat(row.goodsValue()).isEqualByComparingTo(three.rows().get(0).goodsValue()
                    .multiply(new BigDecimal(4)).divide(new BigDecimal(3)));
        });
        assertThat(statistics.report("2026-11-30", "2026-11-30", "day", "country", "I", null).rows())
                .singleElement().satisfies(row -> assertThat(row.count()).as("one goods line a parcel").isEqualTo(4));
        assertThat(four.released()).isEqualTo(4);
    }
}
