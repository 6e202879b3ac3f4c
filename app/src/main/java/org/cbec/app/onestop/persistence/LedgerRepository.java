package org.cbec.app.onestop.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.onestop.domain.LedgerAccount;
import org.cbec.app.onestop.domain.Posting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The ledger: accounts with their balances, entries (one per idempotency key) and their lines, append-only. */
@Repository
public class LedgerRepository {

    private final JdbcClient jdbc;

    public LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account's balance. */
    public record Balance(String owner, LedgerAccount account, String currency, BigDecimal balance) {
    }

    /** A line as the statement shows it: its entry, when, what, the account and amount. */
    public record Line(long entryId, Instant postedAt, String kind, String memo, LedgerAccount account,
                       String currency, BigDecimal amount) {
    }

    /**
     * What the invariants found: entries, lines, entries that do not balance, accounts off their lines' sum, and
     * currencies whose balances do not sum to zero (money created or lost).
     */
    public record Check(long entries, long lines, long unbalanced, long accountsOff, long currenciesOff) {
    }

    /**
     * Inserts an entry unless its key was posted before (then nothing is written): the key's entry id, and whether
     * it is new.
     */
    public Optional<Long> insertEntry(Posting posting, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into onestop_ledger_entry (idempotency_key, kind, memo, posted_at) "
                        + "values (?, ?, ?, ?) on conflict do nothing")
                .params(posting.key(), posting.kind(), cut(posting.memo()), Timestamp.from(at)).update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
    }

    public Optional<Long> entryOf(String idempotencyKey) {
        return jdbc.sql("select id from onestop_ledger_entry where idempotency_key = ?").param(idempotencyKey)
                .query(Long.class).optional();
    }

    /** Adds a line and moves its account's balance (the account is made at its first line). */
    public void insertLine(long entryId, Posting.Leg leg) {
        jdbc.sql("insert into onestop_ledger_account (owner, account, currency, balance) values (?, ?, ?, 0) "
                + "on conflict do nothing").params(leg.owner(), leg.account().name(), leg.currency()).update();
        long account = jdbc.sql("select id from onestop_ledger_account where owner = ? and account = ? "
                        + "and currency = ?").params(leg.owner(), leg.account().name(), leg.currency())
                .query(Long.class).single();
        jdbc.sql("update onestop_ledger_account set balance = balance + ? where id = ?").params(leg.amount(), account)
                .update();
        jdbc.sql("insert into onestop_ledger_line (entry_id, account_id, amount) values (?, ?, ?)")
                .params(entryId, account, leg.amount()).update();
    }

    /** Locks an owner's account for the caller's transaction (made if new), and answers its balance. */
    public BigDecimal lock(String owner, LedgerAccount account, String currency) {
        jdbc.sql("insert into onestop_ledger_account (owner, account, currency, balance) values (?, ?, ?, 0) "
                + "on conflict do nothing").params(owner, account.name(), currency).update();
        return jdbc.sql("select balance from onestop_ledger_account where owner = ? and account = ? and currency = ? "
                + "for update").params(owner, account.name(), currency).query(BigDecimal.class).single();
    }

    public List<Balance> balances(String owner) {
        return jdbc.sql("select owner, account, currency, balance from onestop_ledger_account where owner = ? "
                        + "order by account, currency").param(owner)
                .query((rs, n) -> new Balance(rs.getString(1), LedgerAccount.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getBigDecimal(4))).list();
    }

    public BigDecimal balance(String owner, LedgerAccount account, String currency) {
        return jdbc.sql("select balance from onestop_ledger_account where owner = ? and account = ? and currency = ?")
                .params(owner, account.name(), currency).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    /** An owner's lines posted in [from, to), oldest first. */
    public List<Line> lines(String owner, Instant from, Instant to) {
        return jdbc.sql("select e.id, e.posted_at, e.kind, e.memo, a.account, a.currency, l.amount "
                        + "from onestop_ledger_line l join onestop_ledger_entry e on e.id = l.entry_id "
                        + "join onestop_ledger_account a on a.id = l.account_id where a.owner = ? "
                        + "and e.posted_at >= ? and e.posted_at < ? order by l.id")
                .params(owner, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new Line(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), LedgerAccount.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getBigDecimal(7))).list();
    }

    /** The ledger's invariants over everything posted. */
    public Check check() {
        long entries = jdbc.sql("select count(*) from onestop_ledger_entry").query(Long.class).single();
        long lines = jdbc.sql("select count(*) from onestop_ledger_line").query(Long.class).single();
        long unbalanced = jdbc.sql("select count(*) from (select l.entry_id, a.currency from onestop_ledger_line l "
                + "join onestop_ledger_account a on a.id = l.account_id group by l.entry_id, a.currency "
                + "having sum(l.amount) <> 0) u").query(Long.class).single();
        long entriesWithoutTwoLines = jdbc.sql("select count(*) from onestop_ledger_entry e where (select count(*) "
                + "from onestop_ledger_line l where l.entry_id = e.id) < 2").query(Long.class).single();
        long off = jdbc.sql("select count(*) from onestop_ledger_account a where a.balance <> coalesce((select "
                + "sum(l.amount) from onestop_ledger_line l where l.account_id = a.id), 0)").query(Long.class)
                .single();
        long currencies = jdbc.sql("select count(*) from (select currency from onestop_ledger_account "
                + "group by currency having sum(balance) <> 0) c").query(Long.class).single();
        return new Check(entries, lines, unbalanced + entriesWithoutTwoLines, off, currencies);
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() <= 500 ? text : text.substring(0, 500);
    }
}
