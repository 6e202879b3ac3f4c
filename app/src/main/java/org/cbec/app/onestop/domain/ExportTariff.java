package org.cbec.app.onestop.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The export lines products are pre-reviewed against (cbec-rules.md §D.1): per 10-digit HS code its name, VAT
 * rate, export refund rate and the licence its export needs, if any. Read from CSV ({@code hsCode,name,vatRate,
 * refundRate,licence,remarks}; lines starting with # are comments).
 */
public final class ExportTariff {

    /** One line of the tariff. */
    public record Line(String hsCode, String name, BigDecimal vatRate, BigDecimal refundRate, String licence,
                       String remarks) {

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
        BufferedReader reader = new BufferedReader(csv);
        boolean header = true;
        int number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = text.split(",", -1);
            if (f.length != 6 || !f[0].matches("\\d{10}")) {
                throw new IOException("export tariff line " + number + ": hsCode,name,vatRate,refundRate,licence,"
                        + "remarks with a 10-digit HS code, not '" + text + "'");
            }
            lines.put(f[0], new Line(f[0], f[1], new BigDecimal(f[2]), new BigDecimal(f[3]), f[4], f[5]));
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
