package org.cbec.ceb;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.cbec.ceb.xml.LenientRepairs;
import org.cbec.ceb.xml.MessageParser;
import org.cbec.ceb.xml.SecureXml;

/**
 * Reads CEB messages: detects the type from the root element, validates against the official XSD and binds to the
 * generated classes in one pass. Thread-safe; parsers, validators and unmarshallers are kept per thread.
 *
 * <pre>{@code
 * ReadResult result = new CebReader().read(bytes);
 * if (result.isOk()) {
 *     CEB621Message inventory = result.message().body(CEB621Message.class);
 * } else {
 *     result.errors().forEach(System.out::println);   // path, rule, line, message
 * }
 * }</pre>
 */
public final class CebReader {

    private final ReadOptions options;
    private final ThreadLocal<MessageParser> parsers;

    public CebReader() {
        this(ReadOptions.strict());
    }

    public CebReader(ReadOptions options) {
        this.options = options;
        this.parsers = ThreadLocal.withInitial(() -> new MessageParser(options.maxDepth(), options.maxErrors()));
    }

    public ReadOptions options() {
        return options;
    }

    /** Reads a stream, refusing it unread past {@link ReadOptions#maxBytes()}. */
    public ReadResult read(InputStream in) {
        byte[] bytes;
        try {
            bytes = SecureXml.readLimited(in, options.maxBytes());
        } catch (IOException e) {
            return ReadResult.failed(null, List.of(CebError.ofDocument(CebError.WELL_FORMED,
                    "the message could not be read: " + e.getMessage())));
        }
        if (bytes == null) {
            return ReadResult.failed(null, List.of(sizeError()));
        }
        return read(bytes);
    }

    public ReadResult read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return ReadResult.failed(null, List.of(CebError.ofDocument(CebError.EMPTY, "the message is empty")));
        }
        if (bytes.length > options.maxBytes()) {
            return ReadResult.failed(null, List.of(sizeError()));
        }
        ReadResult result = readIn(bytes, options.version() == null ? SchemaVersion.V202205 : options.version());
        if (!result.isOk() && options.version() == null && onlySchemaErrors(result)) {
            ReadResult older = readIn(bytes, SchemaVersion.V2018);
            if (older.isOk()) {
                return older;
            }
        }
        if (!result.isOk() && options.lenient()) {
            return LenientRepairs.repairAndRead(bytes, result, this::readStrictAnyVersion);
        }
        return result;
    }

    private ReadResult readStrictAnyVersion(byte[] bytes) {
        return readIn(bytes, options.version() == null ? SchemaVersion.V202205 : options.version());
    }

    private CebError sizeError() {
        return CebError.ofDocument(CebError.SIZE_LIMIT, "the message is larger than " + options.maxBytes()
                + " bytes");
    }

    private static boolean onlySchemaErrors(ReadResult result) {
        return result.detectedType().isPresent()
                && result.errors().stream().allMatch(e -> e.rule().startsWith("cvc-"));
    }

    private ReadResult readIn(byte[] bytes, SchemaVersion version) {
        return parsers.get().parse(bytes, version);
    }
}
