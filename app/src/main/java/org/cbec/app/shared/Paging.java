package org.cbec.app.shared;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A page of a list as the console shows it: page numbers from 1, a fixed size, and whether a next page exists,
 * found by asking for one row more than is shown (no count of the whole list, which grows with the platform).
 */
public record Paging(int page, int size) {

    /** The rows one page shows. */
    public static final int SIZE = 50;

    public Paging {
        page = Math.max(1, Math.min(page, 100_000));
        size = Math.max(1, Math.min(size, 500));
    }

    public static Paging of(Integer page) {
        return new Paging(page == null ? 1 : page, SIZE);
    }

    /** A page of rows: those shown, and whether there are more. */
    public record Shown<T>(List<T> rows, int page, boolean hasNext) {

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    /** Reads one row more than the page shows from {@code read(offset, limit)}, and shows the page. */
    public <T> Shown<T> read(BiFunction<Integer, Integer, List<T>> read) {
        List<T> rows = read.apply((page - 1) * size, size + 1);
        return new Shown<>(rows.size() > size ? List.copyOf(rows.subList(0, size)) : List.copyOf(rows), page,
                rows.size() > size);
    }
}
