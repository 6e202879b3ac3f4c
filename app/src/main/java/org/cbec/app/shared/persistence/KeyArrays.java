package org.cbec.app.shared.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Rows looked up by many keys in one statement whose text is the same whatever their number: the keys go as
 * arrays, one a key column, unnested and joined to the table, and H2 and PostgreSQL both look each up by the
 * table's index. A list of row values ({@code (a, b) in ((?, ?), ...)}) made a new statement of every count:
 * parsed anew, never prepared once on PostgreSQL, and kept in H2's cache of statements, every entry of which H2
 * walks at a transaction's first write to each table (8 % of the platform's CPU under load, most of it in those
 * lists).
 */
public final class KeyArrays {

    private KeyArrays() {
    }

    /**
     * {@code join unnest(...) as k(key1, ...) on column1 = k.key1 and ...}: the rows of the table named before it
     * whose columns hold one of the keys, each key given once by {@link #of}.
     */
    public static String join(String... columns) {
        List<String> arrays = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> on = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            arrays.add("cast(? as varchar array)");
            names.add("key" + (i + 1));
            on.add(columns[i] + " = k.key" + (i + 1));
        }
        return "join unnest(" + String.join(", ", arrays) + ") as k(" + String.join(", ", names) + ") on "
                + String.join(" and ", on) + " ";
    }

    /** The parameters of {@link #join}: an array of each key's first column, one of its second, and so on. */
    @SafeVarargs
    public static <K> List<Object> of(Collection<K> keys, Function<K, String>... columns) {
        List<Object> arrays = new ArrayList<>(columns.length);
        for (Function<K, String> column : columns) {
            arrays.add(keys.stream().map(column).toArray(String[]::new));
        }
        return arrays;
    }

    /** One parameter for {@code column = any(?)}: these values as an array. */
    public static Object any(Collection<String> values) {
        return values.toArray(String[]::new);
    }
}
