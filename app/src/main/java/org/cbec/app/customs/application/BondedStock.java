package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cbec.app.customs.domain.StockItem;
import org.cbec.app.customs.persistence.StockRepository;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock of bonded zones' account books (emsNo), each kept by one supervised-site operator: opened by its first
 * entry of goods or filed by the operator; only its keeper enters goods into it or reads it.
 */
@Service
public class BondedStock {

    private final StockRepository stock;
    private final Clock clock;

    BondedStock(StockRepository stock, Clock clock) {
        this.stock = stock;
        this.clock = clock;
    }

    /** Goods entering the zone: one item of the account book and its quantity. */
    public record Entry(String itemRecordNo, String gcode, BigDecimal qty) {
    }

    /** Enters goods into a book the site keeps (or opens now); refused when another site keeps it. */
    @Transactional
    public List<StockItem> enter(String emsNo, String siteCode, String reference, List<Entry> entries) {
        if (!stock.open(emsNo, siteCode, clock.instant()).equals(siteCode)) {
            throw Refusal.forbidden("not-own-book", "account book " + emsNo + " is not kept by " + siteCode);
        }
        for (Entry entry : entries) {
            stock.enter(emsNo, entry.itemRecordNo(), siteCode, entry.gcode(), entry.qty(), reference, clock.instant());
        }
        return stock.book(emsNo);
    }

    /** The book's items, for its keeper only. */
    public Optional<List<StockItem>> book(String emsNo, String siteCode) {
        return stock.keeperOf(emsNo).filter(siteCode::equals).map(keeper -> stock.book(emsNo));
    }

    /** The operator files (or moves) a book to a site. */
    @Transactional
    public void file(String emsNo, String siteCode) {
        stock.file(emsNo, siteCode, clock.instant());
    }
}
