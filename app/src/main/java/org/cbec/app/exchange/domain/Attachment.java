package org.cbec.app.exchange.domain;

import java.util.Optional;

/**
 * A scan attached to a filing: a PDF, PNG or JPEG, known by its first bytes (what it claims in its Content-Type
 * must be what it is), at most {@link #MAX_BYTES}.
 */
public enum Attachment {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    /** 5 MiB: a scanned licence in good resolution fits. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final String contentType;
    private final byte[] magic;

    Attachment(String contentType, byte[] magic) {
        this.contentType = contentType;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind the content is, by its first bytes. */
    public static Optional<Attachment> of(byte[] content) {
        for (Attachment kind : values()) {
            if (content.length >= kind.magic.length && java.util.Arrays.equals(content, 0, kind.magic.length,
                    kind.magic, 0, kind.magic.length)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with content sent as {@code claimed}; empty when it is a PDF, PNG or JPEG as claimed. */
    public static Optional<String> problem(String claimed, byte[] content) {
        if (content.length == 0) {
            return Optional.of("attachment: empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("attachment: at most " + MAX_BYTES + " bytes (5 MiB), not " + content.length);
        }
        Optional<Attachment> kind = of(content);
        if (kind.isEmpty()) {
            return Optional.of("attachment: a PDF, PNG or JPEG scan; the content is none of them");
        }
        String type = claimed == null ? "" : claimed.split(";")[0].trim().toLowerCase();
        if (!kind.get().contentType.equals(type)) {
            return Optional.of("attachment: the content is " + kind.get().contentType + ", not the " + type
                    + " it was sent as");
        }
        return Optional.empty();
    }
}
