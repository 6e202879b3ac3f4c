package org.cbec.app.customs.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.cbec.app.MigratedDatabase;
import org.cbec.app.customs.domain.StockItem;
import org.junit.jupiter.api.Test;

/** The SQL of bonded account books, on a migrated database, without the application. */
class StockRepositoryTest {

    private final StockRepository stock = new StockRepository(MigratedDatabase.fresh().jdbc());
    private final Instant now = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void theFirstSiteToOpenABookKeepsIt() {
        assertThat(stock.keeperOf("T1")).isEmpty();

        assertThat(stock.open("T1", "SITE000001", now)).isEqualTo("SITE000001");
        assertThat(stock.open("T1", "SITE000002", now)).as("opened already").isEqualTo("SITE000001");
        assertThat(stock.keeperOf("T1")).contains("SITE000001");
    }

    @Test
    void theOperatorMovesABookToAnotherSite() {
        stock.open("T2", "SITE000001", now);

        stock.file("T2", "SITE000002", now);
        stock.file("T3", "SITE000003", now);

        assertThat(stock.keeperOf("T2")).contains("SITE000002");
        assertThat(stock.keeperOf("T3")).as("filed before any entry").contains("SITE000003");
    }

    @Test
    void entriesOfOneItemAddUpAndReleasesTakeOnlyWhatIsThere() {
        stock.enter("T4", "ITEM-1", "SITE000001", "4202221000", new BigDecimal("3"), "QD1", now);
        stock.enter("T4", "ITEM-1", "SITE000001", "4202221000", new BigDecimal("2"), "QD2", now);

        assertThat(stock.book("T4")).extracting(StockItem::qty).containsExactly(new BigDecimal("5.00000"));
        assertThat(stock.take("I1", 1, "T4", "ITEM-1", new BigDecimal("4"), now)).isTrue();
        assertThat(stock.take("I2", 1, "T4", "ITEM-1", new BigDecimal("2"), now)).as("only 1 left").isFalse();
        assertThat(stock.item("T4", "ITEM-1")).map(StockItem::qty).contains(new BigDecimal("1.00000"));
    }
}
