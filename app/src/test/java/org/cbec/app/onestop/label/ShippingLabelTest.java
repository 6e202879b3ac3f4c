package org.cbec.app.onestop.label;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A shipping label is a one-page 100 x 150 mm PDF with the waybill number and the parcel's facts. */
class ShippingLabelTest {

    @Test
    void theLabelIsOnePageOfLabelSizeWithTheWaybillNumberAndTheDestination() throws Exception {
        byte[] pdf = ShippingLabel.pdf(new ShippingLabel.Content("Demo Express", "YT00000042", "502", "LAX",
                "John Smith 约翰", "1.25", 2, "SO-1", "seller 7"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(283.46f,
                    org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("YT00000042", "COUNTRY 502  POD LAX", "WEIGHT 1.25 KG  PACKAGES 2",
                    "TO: John Smith ??");
        }
    }

    @Test
    void onlyWhatHelveticaDrawsIsKept() {
        assertThat(ShippingLabel.latin("Zoë 张")).isEqualTo("Zoë ?");
    }
}
