package org.cbec.ceb;

/**
 * How a message is read.
 *
 * @param maxBytes   larger input is refused without parsing (default 10 MiB)
 * @param maxDepth   deeper element nesting is refused (default 32; the deepest CEB message nests 6)
 * @param lenient    repair the known defects of official samples (CEB-SPEC.md §12.5) and say what was repaired
 * @param version    the schema version to validate against (default 202205); {@code null} tries 202205, then the
 *                   2018 trial version, for archives that mix both
 * @param maxErrors  stop collecting after this many errors
 */
public record ReadOptions(long maxBytes, int maxDepth, boolean lenient, SchemaVersion version, int maxErrors) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 32;

    public static ReadOptions strict() {
        return new ReadOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, false, SchemaVersion.V202205, 100);
    }

    public static ReadOptions lenientOptions() {
        return strict().withLenient(true);
    }

    public ReadOptions withLenient(boolean value) {
        return new ReadOptions(maxBytes, maxDepth, value, version, maxErrors);
    }

    public ReadOptions withMaxBytes(long value) {
        return new ReadOptions(value, maxDepth, lenient, version, maxErrors);
    }

    public ReadOptions withMaxDepth(int value) {
        return new ReadOptions(maxBytes, value, lenient, version, maxErrors);
    }

    public ReadOptions withVersion(SchemaVersion value) {
        return new ReadOptions(maxBytes, maxDepth, lenient, value, maxErrors);
    }
}
