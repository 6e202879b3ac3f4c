package org.cbec.app.onestop.domain;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The export lines products are pre-reviewed against (cbec-rules.md §D.1): per 10-digit HS code its name, VAT
 * rate, export refund rate, the licence its export needs, if any, and its legal unit of quantity (JGS-20 unit code).
 * Read from CSV ({@code hsCode,name,vatRate,refundRate,licence,remarks,legalUnit}; lines starting with # are
 * comments).
 */
public final class ExportTariff {

    /** One line of the tariff. */
    public record Line(String hsCode, String name, BigDecimal vatRate, BigDecimal refundRate, String licence,
                       String remarks, String legalUnit) {

        /** A refund rate of 0 %: exported without refund (取消出口退税). */
        public boolean refundCancelled() {
            return refundRate.signum() == 0;
        }

        public boolean licenceControlled() {
            return licence != null && !licence.isBlank();
        }
    }

    private final Map<String, Line> lines;

    private ExportTariff(Map<String, Line> lines) {
        this.lines = Map.copyOf(lines);
    }

    public static ExportTariff read(Reader csv) throws IOException {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (CSVRecord row : ReferenceCsv.rows("export tariff", csv, "hsCode", "name", "vatRate", "refundRate",
                "licence", "remarks", "legalUnit")) {
            if (row.size() != 7 || !row.get(0).matches("\\d{10}") || !row.get(6).matches("\\d{3}")) {
                throw new IOException("export tariff row " + (row.getRecordNumber() + 1) + " (the header is row 1): "
                        + "seven columns, the first a 10-digit HS code, the last a 3-digit unit code, not "
                        + row.toList());
            }
            lines.put(row.get(0), new Line(row.get(0), row.get(1), new BigDecimal(row.get(2)),
                    new BigDecimal(row.get(3)), row.get(4), row.get(5), row.get(6)));
        }
        return new ExportTariff(lines);
    }

    public Optional<Line> line(String hsCode) {
        return Optional.ofNullable(hsCode == null ? null : lines.get(hsCode));
    }

    public int size() {
        return lines.size();
    }
}
