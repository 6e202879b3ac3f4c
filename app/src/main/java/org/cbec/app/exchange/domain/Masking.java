package org.cbec.app.exchange.domain;

/**
 * How a sharing policy masks a field it grants: an identity card number keeps its region (6) and last 4
 * ({@code 330106********1234}), a name its first and last characters ({@code 周*远}, {@code 周*}), a telephone its
 * first 3 and last 4 ({@code 138****5678}); anything shorter than what it keeps is masked whole.
 */
public enum Masking {
    ID_NUMBER(6, 4),
    NAME(1, 1),
    PHONE(3, 4);

    private final int head;
    private final int tail;

    Masking(int head, int tail) {
        this.head = head;
        this.tail = tail;
    }

    public String apply(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int[] chars = value.codePoints().toArray();
        int keepTail = this == NAME && chars.length == 2 ? 0 : tail;
        if (chars.length <= head + keepTail && !(this == NAME && chars.length == 2)) {
            return "*".repeat(chars.length);
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < chars.length; i++) {
            masked.appendCodePoint(i < head || i >= chars.length - keepTail ? chars[i] : '*');
        }
        return masked.toString();
    }
}
