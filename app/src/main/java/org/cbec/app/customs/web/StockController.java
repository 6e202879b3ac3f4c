package org.cbec.app.customs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.customs.application.BondedStock;
import org.cbec.app.registry.EnterpriseCaller;
import org.cbec.app.registry.Role;
import org.cbec.app.registry.Sender;
import org.cbec.app.shared.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stock of a bonded zone's account book (emsNo), kept by the supervised-site operator that opened it. Goods
 * enter the zone through the first-line entry (入区核注清单 of the SAS system, which is not a CEB message): the
 * operator records them here; released bonded inventories take from it, returns put back.
 */
@RestController
class StockController {

    private final BondedStock stock;
    private final EnterpriseCaller callers;

    private final OperatorToken operator;

    StockController(BondedStock stock, EnterpriseCaller callers, OperatorToken operator) {
        this.operator = operator;
        this.stock = stock;
        this.callers = callers;
    }

    /** Goods entering the zone: the items of the account book and the quantity of each. */
    record Entry(String reference, List<Item> items) {
    }

    /** An item of the account book entering: its record number, HS code and quantity. */
    record Item(String itemRecordNo, String gcode, BigDecimal qty) {
    }

    @PostMapping("/api/v1/customs/stock/{emsNo}/entries")
    Map<String, List<CustomsJson.Stock>> enter(@PathVariable String emsNo, @RequestBody Entry entry,
                                               HttpServletRequest request) {
        Sender caller = callers.of(request);
        if (!caller.has(Role.SITE)) {
            throw Refusal.forbidden("wrong-role", "stock is kept by a supervised-site operator (SITE); "
                    + caller.code() + " is filed as " + caller.roles());
        }
        if (entry.items() == null || entry.items().isEmpty()) {
            throw Refusal.invalid("invalid-entry", "items: at least one");
        }
        for (Item item : entry.items()) {
            if (item.itemRecordNo() == null || item.itemRecordNo().isBlank() || item.qty() == null
                    || item.qty().signum() <= 0) {
                throw Refusal.invalid("invalid-entry", "items: each names its itemRecordNo and a positive qty");
            }
        }
        return Map.of("items", stock.enter(emsNo, caller.code(), entry.reference(), entry.items().stream()
                .map(i -> new BondedStock.Entry(i.itemRecordNo(), i.gcode(), i.qty())).toList()).stream()
                .map(CustomsJson.Stock::of).toList());
    }

    @GetMapping("/api/v1/customs/stock/{emsNo}")
    Map<String, List<CustomsJson.Stock>> book(@PathVariable String emsNo, HttpServletRequest request) {
        Sender caller = callers.of(request);
        return Map.of("items", stock.book(emsNo, caller.code()).orElseThrow(() -> Refusal.notFound(
                "no account book " + emsNo + " kept by " + caller.code())).stream().map(CustomsJson.Stock::of)
                .toList());
    }

    /** The site an account book is filed to. */
    record Keeper(String operatorCode) {
    }

    /** The operator files an account book to a supervised-site operator (or moves it to another). */
    @PutMapping("/api/v1/customs/account-books/{emsNo}")
    Map<String, String> file(@PathVariable String emsNo, @RequestBody Keeper keeper, HttpServletRequest request) {
        operator.require(request);
        if (keeper.operatorCode() == null || !keeper.operatorCode().matches("[0-9A-Z]{10}|[0-9A-Z]{18}")) {
            throw Refusal.invalid("invalid-book", "operatorCode: the site operator's 10- or 18-character code");
        }
        stock.file(emsNo, keeper.operatorCode());
        return Map.of("emsNo", emsNo, "operatorCode", keeper.operatorCode());
    }

}
