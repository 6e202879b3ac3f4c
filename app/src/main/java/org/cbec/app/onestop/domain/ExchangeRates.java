package org.cbec.app.onestop.domain;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/**
 * The monthly customs exchange rates (海关月度汇率): CNY per one unit of a currency (JGS-20 code) for a month's
 * declarations. A month without its own rate takes the latest earlier month's; CNY (142) is 1.
 */
public final class ExchangeRates {

    private final Map<String, TreeMap<YearMonth, BigDecimal>> rates;

    private ExchangeRates(Map<String, TreeMap<YearMonth, BigDecimal>> rates) {
        this.rates = rates;
    }

    /** Reads {@code month,currency,rate} rows (lines starting with # are comments). */
    public static ExchangeRates read(Reader csv) throws IOException {
        Map<String, TreeMap<YearMonth, BigDecimal>> rates = new HashMap<>();
        for (CSVRecord row : ReferenceCsv.rows("exchange rates", csv, "month", "currency", "rate")) {
            try {
                BigDecimal rate = new BigDecimal(row.get(2));
                if (rate.signum() <= 0 || !row.get(1).matches("\\d{3}")) {
                    throw new NumberFormatException();
                }
                rates.computeIfAbsent(row.get(1), c -> new TreeMap<>()).put(YearMonth.parse(row.get(0)), rate);
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException("exchange rates row " + (row.getRecordNumber() + 1) + ": yyyy-MM, a 3-digit "
                        + "currency code and a rate above 0, not " + row.toList());
            }
        }
        return new ExchangeRates(rates);
    }

    /** The rate of a currency in a month (or the latest earlier month's); empty when there is none. */
    public Optional<BigDecimal> rate(String currency, YearMonth month) {
        if (ExportOrder.CNY.equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        TreeMap<YearMonth, BigDecimal> byMonth = rates.get(currency);
        return Optional.ofNullable(byMonth == null ? null : byMonth.floorEntry(month)).map(Map.Entry::getValue);
    }

    /** An amount in CNY at a month's rate, to the fen. */
    public Optional<BigDecimal> cny(String currency, BigDecimal amount, YearMonth month) {
        return rate(currency, month).map(r -> amount.multiply(r).setScale(2, RoundingMode.HALF_UP));
    }
}
