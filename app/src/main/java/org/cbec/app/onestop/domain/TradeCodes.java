package org.cbec.app.onestop.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The customs parameter codes an order names (JGS-20): countries and regions by their 3-digit code, currencies by
 * their 3-digit code with the ISO 4217 letters and the decimal places an amount in them has, units of measure by
 * their 3-digit code.
 */
public final class TradeCodes {

    /** A currency: its customs code (142 CNY, 502 USD, 300 EUR ...), ISO letters, name, decimal places. */
    public record Currency(String code, String iso, String name, int places) {
    }

    private final Map<String, String> countries;
    private final Map<String, Currency> currencies;
    private final Map<String, String> units;

    private TradeCodes(Map<String, String> countries, Map<String, Currency> currencies, Map<String, String> units) {
        this.countries = Map.copyOf(countries);
        this.currencies = Map.copyOf(currencies);
        this.units = Map.copyOf(units);
    }

    public static TradeCodes read(Reader countriesCsv, Reader currenciesCsv, Reader unitsCsv) throws IOException {
        Map<String, String> countries = new LinkedHashMap<>();
        for (CSVRecord row : ReferenceCsv.rows("countries", countriesCsv, "code", "name")) {
            countries.put(row.get(0), row.get(1));
        }
        Map<String, Currency> currencies = new LinkedHashMap<>();
        for (CSVRecord row : ReferenceCsv.rows("currencies", currenciesCsv, "code", "iso", "name", "places")) {
            currencies.put(row.get(0), new Currency(row.get(0), row.get(1), row.get(2),
                    Integer.parseInt(row.get(3))));
        }
        Map<String, String> units = new LinkedHashMap<>();
        for (CSVRecord row : ReferenceCsv.rows("units", unitsCsv, "code", "name")) {
            units.put(row.get(0), row.get(1));
        }
        return new TradeCodes(countries, currencies, units);
    }

    public Optional<String> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    public Optional<Currency> currency(String code) {
        return Optional.ofNullable(code == null ? null : currencies.get(code));
    }

    /** A unit of measure's name (011 件, 035 千克 ...). */
    public Optional<String> unit(String code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }
}
