package org.cbec.app.onestop.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The customs parameter codes an order names (JGS-20): countries and regions by their 3-digit code, currencies by
 * their 3-digit code with the ISO 4217 letters and the decimal places an amount in them has.
 */
public final class TradeCodes {

    /** A currency: its customs code (142 CNY, 502 USD, 300 EUR ...), ISO letters, name, decimal places. */
    public record Currency(String code, String iso, String name, int places) {
    }

    private final Map<String, String> countries;
    private final Map<String, Currency> currencies;

    private TradeCodes(Map<String, String> countries, Map<String, Currency> currencies) {
        this.countries = Map.copyOf(countries);
        this.currencies = Map.copyOf(currencies);
    }

    public static TradeCodes read(Reader countriesCsv, Reader currenciesCsv) throws IOException {
        Map<String, String> countries = new LinkedHashMap<>();
        for (CSVRecord row : ReferenceCsv.rows("countries", countriesCsv, "code", "name")) {
            countries.put(row.get(0), row.get(1));
        }
        Map<String, Currency> currencies = new LinkedHashMap<>();
        for (CSVRecord row : ReferenceCsv.rows("currencies", currenciesCsv, "code", "iso", "name", "places")) {
            currencies.put(row.get(0), new Currency(row.get(0), row.get(1), row.get(2),
                    Integer.parseInt(row.get(3))));
        }
        return new TradeCodes(countries, currencies);
    }

    public Optional<String> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    public Optional<Currency> currency(String code) {
        return Optional.ofNullable(code == null ? null : currencies.get(code));
    }
}
