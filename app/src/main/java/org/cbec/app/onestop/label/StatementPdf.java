package org.cbec.app.onestop.label;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A statement as PDF: A4 pages of its title and rows, in the standard Courier so that columns line up (a character
 * it cannot draw becomes '?', as on the labels).
 */
public final class StatementPdf {

    private static final float MARGIN = 40;
    private static final float LEADING = 11;

    private StatementPdf() {
    }

    public static byte[] pdf(String title, List<String> rows) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING) - 2;
            for (int from = 0; from == 0 || from < rows.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(bold, 11);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    content.showText(ShippingLabel.latin(title));
                    content.setFont(font, 8);
                    content.newLineAtOffset(0, -2 * LEADING);
                    for (String row : rows.subList(from, Math.min(rows.size(), from + perPage))) {
                        content.showText(ShippingLabel.latin(row.length() > 110 ? row.substring(0, 110) : row));
                        content.newLineAtOffset(0, -LEADING);
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the statement cannot be written", e);
        }
    }
}
