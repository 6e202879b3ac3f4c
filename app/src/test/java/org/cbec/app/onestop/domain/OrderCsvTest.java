package org.cbec.app.onestop.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The CSV layout of orders: a header, a row per line, the order's columns repeated and agreeing. */
class OrderCsvTest {

    private static final String HEADER = String.join(",", OrderCsv.COLUMNS) + "\n";

    @Test
    void rowsOfOneOrderNumberAreOneOrderWithItsLinesAndTheirRows() {
        OrderCsv.Parsed parsed = OrderCsv.parse(new StringReader(HEADER
                + "SO-1,9610,,\"Smith, John\",502,502,5.00,B,11,2,9.99\n"
                + "SO-2,9710,,ACME Ltd,303,303,0,A,12,100,1.5\n"
                + "SO-1,9610,,\"Smith, John\",502,502,5.00,B,12,1,20\n"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.orders()).hasSize(2);
        OrderCsv.Rows first = parsed.orders().get(0);
        assertThat(first.order().buyerName()).as("a quoted comma").isEqualTo("Smith, John");
        assertThat(first.order().lines()).extracting(ExportOrder.Line::productId).containsExactly(11L, 12L);
        assertThat(first.rows()).as("the header is row 1").containsExactly(2L, 4L);
        assertThat(first.order().warehouse()).isNull();
    }

    @Test
    void everyBadCellIsNamedByRowAndColumnAndNothingIsTaken() {
        OrderCsv.Parsed parsed = OrderCsv.parse(new StringReader(HEADER
                + "SO-1,9610,,John,502,502,five,B,11,2,9.99\n"
                + "SO-1,9710,,John,502,502,five,B,x,2,9.99\n"
                + "SO-2,9610,,John,502,502,1\n"));
        assertThat(parsed.orders()).isEmpty();
        assertThat(parsed.problems()).contains("row 2, column freight: 'five' is not a number",
                "row 3, column mode: '9710' differs from row 2's '9610' of the same order",
                "row 3, column productId: 'x' is not a product's number", "row 4: 7 columns, not 11");
    }

    @Test
    void aWrongHeaderIsNamedWithTheLayout() {
        assertThat(OrderCsv.parse(new StringReader("order,mode\nSO-1,9610\n")).problems()).singleElement()
                .asString().startsWith("row 1: the header is orderNo,mode,warehouse,");
    }

    @Test
    void moreThan10000RowsAreRefused() {
        assertThat(OrderCsv.MAX_ROWS).isEqualTo(10_000);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= OrderCsv.MAX_ROWS; i++) {
            csv.append("SO-").append(i).append(",9610,,John,502,502,0,B,1,1,1\n");
        }
        assertThat(OrderCsv.parse(new StringReader(csv.toString())).problems())
                .containsExactly("the file has more than 10000 rows of lines");
    }
}
