package org.cbec.ceb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cbec.ceb.schema.import202205.CEB311Message;
import org.cbec.ceb.schema.import202205.OrderHead;
import org.junit.jupiter.api.Test;

/** The writer refuses to write what breaks the XSD, and says where. */
class CebWriterTest {

    private final CebWriter writer = new CebWriter();

    private static CEB311Message order() {
        return new CebReader().read(Samples.bytes("311")).orThrow().body(CEB311Message.class);
    }

    @Test
    void valueOverItsLengthIsRefusedWithItsPath() {
        CEB311Message order = order();
        order.getOrder().get(1).getOrderHead().setOrderNo("9".repeat(61));

        assertThatThrownBy(() -> writer.write(order)).isInstanceOf(CebFormatException.class)
                .satisfies(e -> assertThat(((CebFormatException) e).errors()).singleElement().satisfies(error -> {
                    assertThat(error.path()).isEqualTo("/CEB311Message/Order[2]/OrderHead[1]/orderNo[1]");
                    assertThat(error.rule()).isEqualTo("cvc-maxLength-valid");
                }));
    }

    @Test
    void missingRequiredValueIsRefused() {
        CEB311Message order = order();
        OrderHead head = order.getOrder().get(0).getOrderHead();
        head.setEbpCode(null);

        assertThatThrownBy(() -> writer.write(order)).isInstanceOf(CebFormatException.class)
                .hasMessageContaining("/CEB311Message/Order[1]/OrderHead[1]").hasMessageContaining("ebpCode");
    }

    @Test
    void withoutValidationTheSameMessageIsWritten() {
        CEB311Message order = order();
        order.getOrder().get(0).getOrderHead().setOrderNo("9".repeat(61));

        assertThat(new String(new CebWriter(false).write(order), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<ceb:orderNo>" + "9".repeat(61) + "</ceb:orderNo>");
    }
}
