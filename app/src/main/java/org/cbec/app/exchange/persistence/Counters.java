package org.cbec.app.exchange.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.shared.persistence.TransactionScoped;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of counters that every released parcel adds to (the statistics, FX's months, credit's facts). A
 * transaction adds up what it counts (the parcels of a message share their day, enterprise and month) and writes
 * each row once: before it commits, or before it reads those counters back. The feeds write under their lock,
 * held to the commit, so an update, else an insert, is safe.
 */
final class Counters {

    /** A table of counters: the columns of its key and those added to (a count as a long, a sum as a decimal). */
    static final class Table {
        private final String update;
        private final String insert;

        Table(String table, List<String> key, List<String> added) {
            this.update = "update " + table + " set " + String.join(", ", added.stream().map(c -> c + " = " + c
                    + " + ?").toList()) + " where " + String.join(" and ", key.stream().map(c -> c + " = ?")
                    .toList());
            List<String> columns = new ArrayList<>(key);
            columns.addAll(added);
            this.insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        }
    }

    /** What a transaction adds to one row. */
    private record Row(Table table, List<Object> key) {
    }

    /** What a transaction has added up, and whether it is committing (what is added then is written at once). */
    private static final class Pending {
        private final Map<Row, Number[]> rows = new LinkedHashMap<>();
        private boolean committing;
    }

    private final JdbcClient jdbc;

    Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds these amounts to a row's columns, one for each column the table adds to, in its order. */
    void add(Table table, List<Object> key, Number... amounts) {
        Pending pending = TransactionScoped.get(this, Pending::new, p -> {
            write(p);
            p.committing = true;
        });
        Pending now = pending == null || pending.committing ? new Pending() : pending;
        now.rows.merge(new Row(table, key), amounts.clone(), Counters::plus);
        if (now != pending) {
            // outside a transaction, or while it commits (a listener of its last events): written at once
            write(now);
        }
    }

    /** Writes what this transaction added so far: a read of the counters then sees it. */
    void write() {
        Pending pending = TransactionScoped.existing(this);
        if (pending != null && !pending.committing) {
            write(pending);
        }
    }

    private void write(Pending pending) {
        pending.rows.forEach((row, amounts) -> {
            List<Object> update = new ArrayList<>(List.of(amounts));
            update.addAll(row.key());
            if (jdbc.sql(row.table().update).params(update).update() == 0) {
                List<Object> insert = new ArrayList<>(row.key());
                insert.addAll(List.of(amounts));
                jdbc.sql(row.table().insert).params(insert).update();
            }
        });
        pending.rows.clear();
    }

    private static Number[] plus(Number[] a, Number[] b) {
        Number[] sum = new Number[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] instanceof BigDecimal x ? x.add((BigDecimal) b[i]) : (Number) (a[i].longValue()
                    + b[i].longValue());
        }
        return sum;
    }
}
