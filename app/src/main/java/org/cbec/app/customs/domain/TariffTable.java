package org.cbec.app.customs.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The tariff table, read from CSV with a header row naming the columns (any order; unknown columns are passed
 * over): {@code hsCode,name,mfnRate,vatRate,ctRate,ctSpecific,ctSpecificUnit,ctMinPerMlOrG,ctMinPerPiece,
 * positiveList,remarks,unit,referencePrice,maxQtyPerYear}. Rates are fractions; {@code positiveList} is Y or N; empty
 * cells are absent values. A line that breaks these rules is refused with its line number and column.
 */
public final class TariffTable {

    private final Map<String, Tariff> byHsCode;

    private TariffTable(Map<String, Tariff> byHsCode) {
        this.byHsCode = Map.copyOf(byHsCode);
    }

    public static TariffTable read(Reader csv) {
        Map<String, Tariff> lines = new LinkedHashMap<>();
        try {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).setCommentMarker('#').get().parse(csv)) {
                Tariff tariff = tariff(row);
                if (lines.put(tariff.hsCode(), tariff) != null) {
                    throw new IllegalArgumentException("tariff table line " + row.getRecordNumber() + ": hsCode "
                            + tariff.hsCode() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TariffTable(lines);
    }

    public Optional<Tariff> find(String hsCode) {
        return Optional.ofNullable(hsCode == null ? null : byHsCode.get(hsCode));
    }

    public int size() {
        return byHsCode.size();
    }

    private static Tariff tariff(CSVRecord row) {
        String hsCode = text(row, "hsCode");
        if (hsCode == null || !hsCode.matches("\\d{10}")) {
            throw problem(row, "hsCode", "10 digits, not '" + hsCode + "'");
        }
        String list = text(row, "positiveList");
        if (!"Y".equals(list) && !"N".equals(list)) {
            throw problem(row, "positiveList", "Y or N, not '" + list + "'");
        }
        return new Tariff(hsCode, text(row, "name"), required(row, "mfnRate"), required(row, "vatRate"),
                required(row, "ctRate"), amount(row, "ctSpecific"), text(row, "ctSpecificUnit"),
                amount(row, "ctMinPerMlOrG"), amount(row, "ctMinPerPiece"), "Y".equals(list), text(row, "remarks"),
                text(row, "unit"), amount(row, "referencePrice"), amount(row, "maxQtyPerYear"));
    }

    private static BigDecimal required(CSVRecord row, String column) {
        BigDecimal value = amount(row, column);
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw problem(row, column, "a rate from 0 to below 1 (0.13 for 13 %), not '" + text(row, column) + "'");
        }
        return value;
    }

    private static BigDecimal amount(CSVRecord row, String column) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw problem(row, column, "a number, not '" + text + "'");
        }
    }

    private static String text(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private static IllegalArgumentException problem(CSVRecord row, String column, String rule) {
        return new IllegalArgumentException("tariff table line " + row.getRecordNumber() + ", " + column + ": "
                + rule);
    }
}
