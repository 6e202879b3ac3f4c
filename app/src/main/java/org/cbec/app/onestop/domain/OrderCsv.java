package org.cbec.app.onestop.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Orders uploaded as CSV (RFC 4180, a header, one row per order line): the rows of one order share its orderNo
 * and repeat its order columns, which must agree. Columns, in this order: {@code orderNo, mode, warehouse,
 * buyerName, buyerCountry, currency, freight, statisticsFlag, productId, qty, price}. A problem is named by its row
 * (the header is row 1) and column; a file with any problem is refused whole.
 */
public final class OrderCsv {

    public static final List<String> COLUMNS = List.of("orderNo", "mode", "warehouse", "buyerName", "buyerCountry",
            "currency", "freight", "statisticsFlag", "productId", "qty", "price");
    /** The order columns, repeated on every row of an order. */
    private static final List<String> ORDER_COLUMNS = COLUMNS.subList(0, 8);
    public static final int MAX_ROWS = 10_000;

    private OrderCsv() {
    }

    /** The orders of a file, each with the rows it came from, or what is wrong with the file. */
    public record Parsed(List<Rows> orders, List<String> problems) {
    }

    /** An order and the rows of its lines. */
    public record Rows(ExportOrder order, List<Long> rows) {
    }

    public static Parsed parse(Reader csv) {
        List<String> problems = new ArrayList<>();
        Map<String, List<CSVRecord>> byOrder = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get().parse(csv)) {
            if (!parser.getHeaderNames().equals(COLUMNS)) {
                return new Parsed(List.of(), List.of("row 1: the header is " + String.join(",", COLUMNS)
                        + ", not " + String.join(",", parser.getHeaderNames())));
            }
            for (CSVRecord row : parser) {
                if (row.getRecordNumber() > MAX_ROWS) {
                    return new Parsed(List.of(), List.of("the file has more than " + MAX_ROWS + " rows of lines"));
                }
                if (row.size() != COLUMNS.size()) {
                    problems.add("row " + (row.getRecordNumber() + 1) + ": " + row.size() + " columns, not "
                            + COLUMNS.size());
                    continue;
                }
                byOrder.computeIfAbsent(row.get("orderNo"), k -> new ArrayList<>()).add(row);
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            return new Parsed(List.of(), List.of(cause instanceof CharacterCodingException
                    ? "the file's bytes are not of its charset (UTF-8 unless the request says charset=GBK)"
                    : "the file is not CSV (RFC 4180): " + e.getMessage()));
        }
        List<Rows> orders = new ArrayList<>();
        for (List<CSVRecord> rows : byOrder.values()) {
            CSVRecord first = rows.get(0);
            for (CSVRecord row : rows.subList(1, rows.size())) {
                for (String column : ORDER_COLUMNS) {
                    if (!row.get(column).equals(first.get(column))) {
                        problems.add("row " + (row.getRecordNumber() + 1) + ", column " + column + ": '"
                                + row.get(column) + "' differs from row " + (first.getRecordNumber() + 1) + "'s '"
                                + first.get(column) + "' of the same order");
                    }
                }
            }
            List<ExportOrder.Line> lines = new ArrayList<>();
            for (CSVRecord row : rows) {
                lines.add(new ExportOrder.Line(productId(row, problems), number(row, "qty", problems),
                        number(row, "price", problems)));
            }
            orders.add(new Rows(new ExportOrder(blankNull(first.get("orderNo")), blankNull(first.get("mode")),
                    blankNull(first.get("warehouse")), blankNull(first.get("buyerName")),
                    blankNull(first.get("buyerCountry")), blankNull(first.get("currency")),
                    number(first, "freight", problems), blankNull(first.get("statisticsFlag")), lines),
                    rows.stream().map(r -> r.getRecordNumber() + 1).toList()));
        }
        return new Parsed(problems.isEmpty() ? orders : List.of(), problems.stream().distinct().toList());
    }

    private static BigDecimal number(CSVRecord row, String column, List<String> problems) {
        String text = row.get(column);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add("row " + (row.getRecordNumber() + 1) + ", column " + column + ": '" + text
                    + "' is not a number");
            return null;
        }
    }

    private static Long productId(CSVRecord row, List<String> problems) {
        try {
            return Long.parseLong(row.get("productId"));
        } catch (NumberFormatException e) {
            problems.add("row " + (row.getRecordNumber() + 1) + ", column productId: '" + row.get("productId")
                    + "' is not a product's number");
            return null;
        }
    }

    private static String blankNull(String text) {
        return text.isBlank() ? null : text;
    }
}
