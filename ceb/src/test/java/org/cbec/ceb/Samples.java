package org.cbec.ceb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/** The official 202205 sample messages, copied into the test resources (see samples/README.md). */
public final class Samples {

    static final List<String> IMPORT = List.of("311", "312", "411", "412", "511", "512", "513", "514", "621", "622",
            "623", "624", "625", "626", "711", "712");
    static final List<String> EXPORT = List.of("213", "214", "215", "216", "303", "304", "403", "404", "505", "506",
            "507", "508", "509", "510", "603", "604", "605", "606", "607", "608", "701", "702", "792");
    /** Samples that break the XSD (CEB-SPEC.md §12.5). */
    static final List<String> DUPLICATED_BASE_TRANSFER = List.of("303", "403", "505", "507", "509", "603", "605", "607");
    static final List<String> BROKEN = Stream.concat(DUPLICATED_BASE_TRANSFER.stream(), Stream.of("214", "792")).toList();

    private Samples() {
    }

    static String resource(String number) {
        return "/samples/2022-05/" + (IMPORT.contains(number) ? "import" : "export") + "/CEB" + number + "Message.xml";
    }

    public static byte[] bytes(String number) {
        return resourceBytes(resource(number));
    }

    public static byte[] resourceBytes(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Stream<String> all() {
        return Stream.concat(IMPORT.stream(), EXPORT.stream());
    }

    public static Stream<String> valid() {
        return all().filter(n -> !BROKEN.contains(n));
    }
}
