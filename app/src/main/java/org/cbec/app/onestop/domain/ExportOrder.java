package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * A seller's export order as the platform takes it in: the seller's order number, the supervision mode (9610 retail,
 * 9710 B2B direct, 9810 to an overseas warehouse, which it names), the buyer and its country, the currency, the
 * freight, whether its inventory is summarised (statisticsFlag B) or declared simply (A), and its lines of approved
 * products. Amounts are in the order's currency: unit prices to 4 places, line totals and freight to the currency's
 * places (2 for USD, 0 for JPY), rounded half up.
 */
public record ExportOrder(String orderNo, String mode, String warehouse, String buyerName, String buyerCountry,
                          String currency, BigDecimal freight, String statisticsFlag, List<Line> lines) {

    /** A line: an approved product of the seller's, how many, at what unit price. */
    public record Line(Long productId, BigDecimal qty, BigDecimal price) {
    }

    public static final Set<String> MODES = Set.of("9610", "9710", "9810");
    public static final int MAX_LINES = 100;
    /** China's country code (JGS-20). */
    public static final String CHINA = "142";
    /** The yuan's currency code (JGS-20). */
    public static final String CNY = "142";
    /**
     * The most goods value one export inventory may declare, in CNY: a parcel above it (or one whose goods need a
     * licence) goes by customs declaration (报关单), not by the cross-border list (cbec-rules.md §B.4).
     */
    public static final BigDecimal LIST_LIMIT_CNY = new BigDecimal("5000");
    /** CEB quantities have 5 places (N19,5); unit prices are kept to 4. */
    public static final int QTY_PLACES = 5;
    public static final int PRICE_PLACES = 4;
    /** CEB amounts are N19,5: at most 14 digits before the point, for quantities, prices, totals and freight. */
    public static final int INTEGER_DIGITS = 14;
    private static final Pattern ORDER_NO = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    public ExportOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** What is wrong, field by field ({@code lines[2].qty: ...}); empty when the platform can declare it. */
    public List<String> problems(TradeCodes codes, LongPredicate approvedProduct) {
        List<String> problems = new ArrayList<>();
        if (orderNo == null || !ORDER_NO.matcher(orderNo).matches()) {
            problems.add("orderNo: 1 to 30 letters, digits, - or _");
        }
        // an immutable set's contains(null) throws: a missing mode is a problem to name, not a 500
        if (mode == null || !MODES.contains(mode)) {
            problems.add("mode: 9610 (retail), 9710 (B2B direct) or 9810 (overseas warehouse), not '" + mode + "'");
        } else if ("9810".equals(mode) == (warehouse == null || warehouse.isBlank())) {
            problems.add("warehouse: " + ("9810".equals(mode) ? "9810 names the overseas warehouse"
                    : "only a 9810 order names a warehouse"));
        }
        if (buyerName == null || buyerName.isBlank() || buyerName.length() > 100) {
            problems.add("buyerName: the buyer, at most 100 characters");
        }
        if (CHINA.equals(buyerCountry)) {
            problems.add("buyerCountry: 142 is China; an export's buyer is abroad");
        } else if (codes.country(buyerCountry).isEmpty()) {
            problems.add("buyerCountry: '" + buyerCountry + "' is not a country code (JGS-20, e.g. 502 USA)");
        }
        var money = codes.currency(currency);
        if (money.isEmpty()) {
            problems.add("currency: '" + currency + "' is not a currency code (JGS-20, e.g. 502 USD, 142 CNY)");
        }
        if (freight == null || freight.signum() < 0 || tooLarge(freight) || money.isPresent()
                && freight.stripTrailingZeros().scale() > money.get().places()) {
            problems.add("freight: 0 or more, below 10^" + INTEGER_DIGITS + ", to at most " + money.map(c -> c.places()
                    + " places in " + c.iso()).orElse("the currency's places"));
        }
        if (!"A".equals(statisticsFlag) && !"B".equals(statisticsFlag)) {
            problems.add("statisticsFlag: A (declared simply) or B (summarised into declarations)");
        }
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            problems.add("lines: 1 to " + MAX_LINES + " lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String at = "lines[" + (i + 1) + "].";
            if (line == null || line.productId() == null || !approvedProduct.test(line.productId())) {
                problems.add(at + "productId: " + (line == null ? null : line.productId())
                        + " is not an approved product of yours");
            }
            boolean qty = line != null && line.qty() != null && line.qty().signum() > 0 && !tooLarge(line.qty())
                    && line.qty().stripTrailingZeros().scale() <= QTY_PLACES;
            boolean price = line != null && line.price() != null && line.price().signum() > 0
                    && !tooLarge(line.price()) && line.price().stripTrailingZeros().scale() <= PRICE_PLACES;
            if (line != null && !qty) {
                problems.add(at + "qty: above 0, below 10^" + INTEGER_DIGITS + ", at most " + QTY_PLACES + " places");
            }
            if (line != null && !price) {
                problems.add(at + "price: above 0, below 10^" + INTEGER_DIGITS + ", at most " + PRICE_PLACES
                        + " places");
            }
            if (qty && price && tooLarge(line.qty().multiply(line.price()))) {
                problems.add(at + "qty x price: below 10^" + INTEGER_DIGITS);
            }
        }
        if (problems.isEmpty() && money.isPresent() && tooLarge(goodsValue(money.get().places()).add(freight))) {
            problems.add("goodsValue + freight: below 10^" + INTEGER_DIGITS);
        }
        return problems;
    }

    private static boolean tooLarge(BigDecimal amount) {
        return amount.precision() - amount.scale() > INTEGER_DIGITS;
    }

    /**
     * What keeps the order out of the cross-border list: goods value above {@link #LIST_LIMIT_CNY} at the month's
     * rate, and goods a licence controls (the products' pre-review flags, by line).
     */
    public List<String> listProblems(BigDecimal goodsValueCny, List<Boolean> licenceByLine) {
        List<String> problems = new ArrayList<>();
        if (goodsValueCny == null) {
            problems.add("currency: no customs exchange rate of " + currency + " for this month");
        } else if (goodsValueCny.compareTo(LIST_LIMIT_CNY) > 0) {
            problems.add("goodsValue: CNY " + goodsValueCny.toPlainString() + " at this month's customs rate, above "
                    + "the " + LIST_LIMIT_CNY + " a cross-border inventory declares; split the order, or declare it "
                    + "by customs declaration (报关单), which this platform does not offer");
        }
        for (int i = 0; i < licenceByLine.size(); i++) {
            if (Boolean.TRUE.equals(licenceByLine.get(i))) {
                problems.add("lines[" + (i + 1) + "].productId: its goods need an export licence, which a "
                        + "cross-border inventory cannot carry; declare them by customs declaration");
            }
        }
        return problems;
    }

    /**
     * The order with its statisticsFlag: the seller's choice, or when it made none the goods' own: B when a line's
     * goods have an export refund to claim (a refund is claimed on the declarations B inventories are summarised
     * into), else A.
     */
    public ExportOrder withStatisticsFlag(java.util.function.LongPredicate refundable) {
        if (statisticsFlag != null) {
            return this;
        }
        boolean refund = lines.stream().anyMatch(l -> l != null && l.productId() != null
                && refundable.test(l.productId()));
        return new ExportOrder(orderNo, mode, warehouse, buyerName, buyerCountry, currency, freight,
                refund ? "B" : "A", lines);
    }

    /** A line's total in the order's currency, to its places. */
    public static BigDecimal total(Line line, int places) {
        return line.qty().multiply(line.price()).setScale(places, RoundingMode.HALF_UP);
    }

    /** The goods' value: the lines' totals. */
    public BigDecimal goodsValue(int places) {
        return lines.stream().map(l -> total(l, places)).reduce(BigDecimal.ZERO.setScale(places), BigDecimal::add);
    }
}
