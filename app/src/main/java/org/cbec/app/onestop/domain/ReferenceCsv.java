package org.cbec.app.onestop.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A reference table the platform ships as CSV: # comments, a header naming the columns, then one row a line. */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** The rows of a table whose header must be exactly these columns. */
    static List<CSVRecord> rows(String table, Reader csv, String... columns) throws IOException {
        var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setCommentMarker('#').get().parse(csv);
        if (!parser.getHeaderNames().equals(List.of(columns))) {
            throw new IOException(table + ": the header is " + String.join(",", columns) + ", not "
                    + String.join(",", parser.getHeaderNames()));
        }
        return parser.getRecords();
    }
}
