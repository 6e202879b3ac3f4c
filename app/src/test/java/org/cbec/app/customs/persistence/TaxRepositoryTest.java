package org.cbec.app.customs.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.customs.domain.TaxBill;
import org.cbec.app.customs.domain.TaxBillLine;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bill and lines a transaction writes are kept for it as reading them back gives them (numeric(19, 2) amounts,
 * numeric(19, 5) quantities, microseconds, lines by gnum), so that the CEB816 printed in the same transaction is
 * the one printed from the table later.
 */
class TaxRepositoryTest {

    private final MigratedDatabase database = MigratedDatabase.fresh();
    private final TaxRepository taxes = new TaxRepository(database.jdbc(), new JdbcTemplate(database.dataSource()));
    private final TransactionTemplate transaction = new TransactionTemplate(
            new JdbcTransactionManager(database.dataSource()));

    @Test
    void aBillWrittenIsKeptForItsTransactionAsReadingItBackGivesIt() {
        Instant created = Instant.parse("2026-12-02T07:30:00.123456789Z");
        TaxBill bill = new TaxBill("51012026I000000001", "AGENT00001", "COP1", "ORD1", "EBP0000001", "ASSURE1",
                "110101199001011234", false, new BigDecimal("0"), new BigDecimal("12.5"), new BigDecimal("1.005"),
                "1", created, null, null, null);
        List<TaxBillLine> lines = List.of(
                new TaxBillLine(2, "3304990099", new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("100.125"),
                        BigDecimal.ZERO, new BigDecimal("12.5"), new BigDecimal("0.705")),
                new TaxBillLine(1, "0402290000", new BigDecimal("1.123456"), BigDecimal.ZERO, new BigDecimal("50"),
                        BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.3")));
        AtomicReference<TaxBill> kept = new AtomicReference<>();
        AtomicReference<List<TaxBillLine>> keptLines = new AtomicReference<>();
        AtomicReference<TaxBill> keptReleased = new AtomicReference<>();

        transaction.executeWithoutResult(status -> {
            taxes.insert(bill, lines);
            kept.set(taxes.bill(bill.invtNo()).orElseThrow());
            keptLines.set(taxes.lines(bill.invtNo()));
            assertThat(taxes.lines(bill.invtNo())).as("kept, not read again").isSameAs(keptLines.get());
            taxes.released(bill.invtNo(), "TX1", created.plusSeconds(1));
            keptReleased.set(taxes.bill(bill.invtNo()).orElseThrow());
        });

        assertThat(kept.get()).isEqualTo(taxes.bill(bill.invtNo()).orElseThrow().released(null, null));
        assertThat(keptReleased.get()).as("numbered and released, to the microsecond rounded")
                .isEqualTo(taxes.bill(bill.invtNo()).orElseThrow());
        assertThat(keptReleased.get().taxNo()).isEqualTo("TX1");
        assertThat(kept.get().vat()).as("1.005 rounds half up").isEqualByComparingTo("1.01")
                .hasToString("1.01");
        assertThat(kept.get().consumptionTax()).hasToString("12.50");
        assertThat(keptLines.get()).isEqualTo(taxes.lines(bill.invtNo()));
        assertThat(keptLines.get()).extracting(TaxBillLine::gnum).containsExactly(1, 2);
        assertThat(keptLines.get().get(0).qty()).hasToString("1.12346");
    }

    @Test
    void aBillWrittenAlreadyReleasedIsNumberedAndKeptAsReadingItBackGivesIt() {
        Instant at = Instant.parse("2026-12-02T07:30:00.000000500Z");
        TaxBill bill = new TaxBill("51012026I000000003", "AGENT00001", "COP3", "ORD3", "EBP0000001", "ASSURE1",
                "110101199001011234", false, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("9.1"), "1", at,
                null, null, null).released("TX51012026I000000003", at);
        AtomicReference<TaxBill> kept = new AtomicReference<>();

        transaction.executeWithoutResult(status -> {
            taxes.insert(bill, List.of(new TaxBillLine(1, "0402290000", new BigDecimal("2"), BigDecimal.ZERO,
                    new BigDecimal("70"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("9.1"))));
            kept.set(taxes.bill(bill.invtNo()).orElseThrow());
        });

        TaxBill read = taxes.bill(bill.invtNo()).orElseThrow();
        assertThat(kept.get()).isEqualTo(read);
        assertThat(read.taxNo()).isEqualTo("TX51012026I000000003");
        assertThat(read.releasedAt()).as("500 ns rounds up to the next microsecond")
                .isEqualTo(Instant.parse("2026-12-02T07:30:00.000001Z"));
        assertThat(taxes.dueForSummary(at.plusSeconds(1))).extracting(TaxBill::invtNo).contains(bill.invtNo());
    }

    @Test
    void linesChangedAfterTheyWereWrittenAreReadAgain() {
        TaxBill bill = new TaxBill("51012026I000000002", "AGENT00001", "COP2", "ORD2", "EBP0000001", null,
                "110101199001011234", false, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("9.10"), "1",
                Instant.parse("2026-12-02T07:30:00Z"), null, null, null);
        transaction.executeWithoutResult(status -> {
            taxes.insert(bill, List.of(new TaxBillLine(1, "0402290000", new BigDecimal("2"), BigDecimal.ZERO,
                    new BigDecimal("70"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("9.10"))));
            taxes.updateLine(bill.invtNo(), new TaxBillLine(1, "0402290000", new BigDecimal("2"), BigDecimal.ONE,
                    new BigDecimal("70"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("4.55")),
                    Instant.parse("2026-12-02T08:00:00Z"));
            assertThat(taxes.lines(bill.invtNo())).singleElement().satisfies(line -> {
                assertThat(line.returnedQty()).isEqualByComparingTo("1");
                assertThat(line.vat()).isEqualByComparingTo("4.55");
            });
            assertThat(taxes.bill(bill.invtNo()).orElseThrow().vat()).isEqualByComparingTo("4.55");
        });
    }
}
