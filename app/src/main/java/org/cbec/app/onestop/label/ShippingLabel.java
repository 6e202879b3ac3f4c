package org.cbec.app.onestop.label;

import com.google.zxing.oned.Code128Writer;
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
 * A parcel's shipping label as PDF: a 100 x 150 mm page (the thermal label size carriers print), the carrier, the
 * waybill number as a Code 128 barcode and in text, the destination, weight and packages, and the order. Text is in
 * the PDF's standard Helvetica, so only the Latin part of a name shows (a character it cannot draw becomes '?'); the
 * barcode carries what the carrier scans.
 */
public final class ShippingLabel {

    /** What a label shows. */
    public record Content(String carrier, String logisticsNo, String country, String pod, String buyerName,
                          String weightKg, int packNo, String orderNo, String shipper) {
    }

    private static final float MM = 72f / 25.4f;
    private static final float WIDTH = 100 * MM;
    private static final float HEIGHT = 150 * MM;
    private static final float MARGIN = 6 * MM;

    private ShippingLabel() {
    }

    public static byte[] pdf(Content label) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = HEIGHT - MARGIN - 14;
                text(content, bold, 16, MARGIN, y, label.carrier());
                y -= 12 * MM;
                y = barcode(content, label.logisticsNo(), y);
                text(content, bold, 14, MARGIN, y, label.logisticsNo());
                y -= 10 * MM;
                for (String line : List.of("TO: " + label.buyerName(), "COUNTRY " + label.country() + "  POD "
                        + label.pod(), "WEIGHT " + label.weightKg() + " KG  PACKAGES " + label.packNo(), "ORDER "
                        + label.orderNo(), "FROM: " + label.shipper())) {
                    text(content, plain, 11, MARGIN, y, line);
                    y -= 6 * MM;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the label cannot be written", e);
        }
    }

    /** Draws the Code 128 bars across the label's width; answers the y below them. */
    private static float barcode(PDPageContentStream content, String value, float top) throws IOException {
        boolean[] modules = new Code128Writer().encode(value);
        float module = Math.min(0.5f * MM, (WIDTH - 2 * MARGIN) / modules.length);
        float height = 25 * MM;
        float x = (WIDTH - module * modules.length) / 2;
        for (int i = 0; i < modules.length; i++) {
            if (modules[i]) {
                content.addRect(x + i * module, top - height, module, height);
            }
        }
        content.fill();
        return top - height - 8 * MM;
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y,
                             String value) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(latin(value == null ? "" : value));
        content.endText();
    }

    /** What Helvetica can draw (WinAnsi); anything else becomes '?'. */
    static String latin(String value) {
        StringBuilder shown = new StringBuilder(value.length());
        value.codePoints().forEach(c -> shown.append(c >= 0x20 && c < 0x7f || c >= 0xa0 && c <= 0xff
                ? (char) c : '?'));
        return shown.toString();
    }
}
