package org.cbec.ceb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a sender puts in the bytes gets a named error: never an exception, never a read outside the message. */
class HostileInputTest {

    private final CebReader reader = new CebReader();

    private static String order() {
        return new String(Samples.bytes("311"), StandardCharsets.UTF_8);
    }

    private ReadResult read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static CebError only(ReadResult result) {
        assertThat(result.isOk()).isFalse();
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    @Test
    void externalEntityIsRefused() {
        ReadResult result = read("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<ceb:CEB311Message xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\">&xxe;</ceb:CEB311Message>");

        CebError error = only(result);
        assertThat(error.rule()).isEqualTo(CebError.DOCTYPE_FORBIDDEN);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.message()).doesNotContain("root:");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        laughs.append("]><lolz>&lol9;</lolz>");

        assertThat(only(read(laughs.toString())).rule()).isEqualTo(CebError.DOCTYPE_FORBIDDEN);
    }

    @Test
    void messageOverTheSizeLimitIsRefusedUnparsed() {
        byte[] big = new byte[(int) ReadOptions.DEFAULT_MAX_BYTES + 1];
        Arrays.fill(big, (byte) '<');

        assertThat(only(reader.read(big)).rule()).isEqualTo(CebError.SIZE_LIMIT);
        assertThat(only(reader.read(new ByteArrayInputStream(big))).rule()).isEqualTo(CebError.SIZE_LIMIT);
    }

    @Test
    void sizeLimitIsConfigurable() {
        CebReader small = new CebReader(ReadOptions.strict().withMaxBytes(1024));

        CebError error = only(small.read(Samples.bytes("311")));
        assertThat(error.rule()).isEqualTo(CebError.SIZE_LIMIT);
        assertThat(error.message()).contains("1024 bytes");
    }

    @Test
    void streamOfUnknownLengthIsCutAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThat(only(new CebReader(ReadOptions.strict().withMaxBytes(64 * 1024)).read(endless)).rule())
                .isEqualTo(CebError.SIZE_LIMIT);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<a>".repeat(10_000) + "</a>".repeat(10_000);
        String message = order().replace("</ceb:BaseTransfer>", "</ceb:BaseTransfer><ceb:ExtendMessage>"
                + "<ceb:name>x</ceb:name><ceb:version>1</ceb:version><ceb:Message>" + deep
                + "</ceb:Message></ceb:ExtendMessage>");

        CebError error = only(read(message));
        assertThat(error.rule()).isEqualTo(CebError.DEPTH_LIMIT);
        assertThat(error.path()).startsWith("/CEB311Message/ExtendMessage[1]/Message[1]/a[1]/a[1]");
    }

    @Test
    void emptyInputIsNamed() {
        assertThat(only(reader.read(new byte[0])).rule()).isEqualTo(CebError.EMPTY);
        assertThat(only(reader.read((byte[]) null)).rule()).isEqualTo(CebError.EMPTY);
        assertThat(only(read("   \n")).rule()).isEqualTo(CebError.WELL_FORMED);
    }

    @Test
    void garbageBytesAreNotXml() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        CebError error = only(reader.read(garbage));
        assertThat(error.rule()).isEqualTo(CebError.WELL_FORMED);
        assertThat(error.path()).isEqualTo("/");
    }

    @Test
    void truncatedXmlNamesWhereItStopped() {
        String order = order();
        CebError error = only(read(order.substring(0, order.length() / 2)));

        assertThat(error.rule()).isEqualTo(CebError.WELL_FORMED);
        assertThat(error.line()).isPositive();
        assertThat(error.path()).matches("/CEB311Message/Order\\[\\d+]/.+");
    }

    @Test
    void wrongNamespaceIsNamed() {
        CebError error = only(read(order().replace("http://www.chinaport.gov.cn/ceb", "http://example.com/ceb")));

        assertThat(error.rule()).isEqualTo(CebError.NAMESPACE);
        assertThat(error.message()).contains("http://www.chinaport.gov.cn/ceb").contains("http://example.com/ceb");
        assertThat(read(order().replace("http://www.chinaport.gov.cn/ceb", "http://example.com/ceb")).detectedType())
                .contains(MessageType.CEB311);
    }

    @Test
    void unknownMessageTypeIsNamed() {
        CebError error = only(read(order().replace("CEB311Message", "CEB999Message")));

        assertThat(error.rule()).isEqualTo(CebError.UNKNOWN_MESSAGE_TYPE);
        assertThat(error.message()).contains("CEB999Message");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        ReadResult result = read(order().replaceFirst("<ceb:orderNo>[^<]*</ceb:orderNo>", ""));

        CebError error = result.errors().get(0);
        assertThat(error.rule()).isEqualTo("cvc-complex-type.2.4.a");
        assertThat(error.path()).isEqualTo("/CEB311Message/Order[1]/OrderHead[1]/ebpCode[1]");
        assertThat(error.message()).contains("orderNo");
        assertThat(result.detectedType()).contains(MessageType.CEB311);
    }

    @Test
    void fieldOverItsLengthIsNamed() {
        ReadResult result = read(order().replaceFirst("<ceb:orderNo>[^<]*</ceb:orderNo>",
                "<ceb:orderNo>" + "9".repeat(61) + "</ceb:orderNo>"));

        CebError error = only(result);
        assertThat(error.rule()).isEqualTo("cvc-maxLength-valid");
        assertThat(error.path()).isEqualTo("/CEB311Message/Order[1]/OrderHead[1]/orderNo[1]");
        assertThat(error.message()).contains("61").contains("60");
        assertThat(error.line()).isPositive();
    }

    @Test
    void malformedNumberIsNamed() {
        ReadResult result = read(order().replaceFirst("<ceb:goodsValue>[^<]*</ceb:goodsValue>",
                "<ceb:goodsValue>12a</ceb:goodsValue>"));

        CebError error = only(result);
        assertThat(error.rule()).isEqualTo("cvc-datatype-valid.1.2.1");
        assertThat(error.path()).isEqualTo("/CEB311Message/Order[1]/OrderHead[1]/goodsValue[1]");
        assertThat(error.message()).contains("12a").contains("decimal");
    }

    @Test
    void errorsInSeveralRecordsAreAllReported() {
        String order = order();
        String twoBad = order.replaceAll("<ceb:goodsValue>[^<]*</ceb:goodsValue>", "<ceb:goodsValue>x</ceb:goodsValue>");

        ReadResult result = read(twoBad);

        assertThat(result.errors()).extracting(CebError::path).contains(
                "/CEB311Message/Order[1]/OrderHead[1]/goodsValue[1]");
        assertThat(result.errors()).hasSize(order.split("<ceb:goodsValue>", -1).length - 1);
    }

    @Test
    void attributeErrorNamesTheAttribute() {
        ReadResult badGuid = read(order().replaceFirst("guid=\"[^\"]*\"", "guid=\"x\""));
        ReadResult missingVersion = read(order().replaceFirst("(CEB311Message[^>]*?) version=\"1.0\"", "$1"));

        CebError facet = only(badGuid);
        assertThat(facet.rule()).isEqualTo("cvc-length-valid");
        assertThat(facet.path()).isEqualTo("/CEB311Message/@guid");
        assertThat(only(missingVersion).path()).isEqualTo("/CEB311Message/@version");
        assertThat(only(missingVersion).rule()).isEqualTo("cvc-complex-type.4");
    }
}
