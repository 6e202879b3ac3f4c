package org.cbec.app.exchange.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.exchange.domain.FilingReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Enterprises' filings, their attachments, each department's review and every step. */
@Repository
public class FilingRepository {

    private final JdbcClient jdbc;

    public FilingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A filing as stored: its fields as JSON. */
    public record StoredFiling(long id, String uscc, String customsCode, String body, Instant submittedAt,
                               Instant updatedAt) {
    }

    /** Stores a new filing; empty when this credit code has filed already (a race files it once). */
    public Optional<Long> insert(String uscc, String customsCode, String body, String tokenHash, Instant at) {
        if (jdbc.sql("select count(*) from enterprise_filing where uscc = ?").param(uscc).query(Integer.class)
                .single() > 0) {
            return Optional.empty();
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("insert into enterprise_filing (uscc, customs_code, body, token_hash, submitted_at, "
                        + "updated_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(uscc, customsCode, body, tokenHash, Timestamp.from(at), Timestamp.from(at))
                .update(key, "id");
        return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Long.class));
    }

    public Optional<StoredFiling> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(FilingRepository::filing).optional();
    }

    /** The filing, locked until the transaction ends: corrections and decisions on it go one at a time. */
    public Optional<StoredFiling> lock(long id) {
        return jdbc.sql(SELECT + "where id = ? for update").param(id).query(FilingRepository::filing).optional();
    }

    public Optional<Long> byTokenHash(String tokenHash) {
        return jdbc.sql("select id from enterprise_filing where token_hash = ?").param(tokenHash).query(Long.class)
                .optional();
    }

    public void update(long id, String customsCode, String body, Instant at) {
        jdbc.sql("update enterprise_filing set customs_code = ?, body = ?, updated_at = ? where id = ?")
                .params(customsCode, body, Timestamp.from(at), id).update();
    }

    public void review(long id, FilingReview review) {
        int updated = jdbc.sql("update filing_review set status = ?, reason = ?, fx_class = ?, reviewer = ?, at = ? "
                        + "where filing_id = ? and department = ?")
                .params(review.status().name(), review.reason(), review.fxClass(), review.reviewer(),
                        Timestamp.from(review.at()), id, review.department()).update();
        if (updated == 0) {
            jdbc.sql("insert into filing_review (filing_id, department, status, reason, fx_class, reviewer, at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, review.department(), review.status().name(), review.reason(), review.fxClass(),
                            review.reviewer(), Timestamp.from(review.at())).update();
        }
    }

    public List<FilingReview> reviews(long id) {
        return jdbc.sql("select department, status, reason, fx_class, reviewer, at from filing_review "
                        + "where filing_id = ? order by department")
                .param(id)
                .query((rs, n) -> new FilingReview(rs.getString(1), FilingReview.Status.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    /** A department's queue: filings whose review of it stands in this status, oldest first. */
    public List<StoredFiling> queue(String department, FilingReview.Status status, int offset, int limit) {
        return jdbc.sql(SELECT + "where id in (select filing_id from filing_review where department = ? "
                        + "and status = ?) order by id offset " + offset + " rows fetch next " + limit + " rows only")
                .params(department, status.name()).query(FilingRepository::filing).list();
    }

    public void attachment(long id, String kind, String contentType, byte[] content, String sha256, Instant at) {
        jdbc.sql("delete from filing_attachment where filing_id = ? and kind = ?").params(id, kind).update();
        jdbc.sql("insert into filing_attachment (filing_id, kind, content_type, size_bytes, sha256, content, "
                        + "added_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, kind, contentType, content.length, sha256, content, Timestamp.from(at)).update();
    }

    /** An attachment as listed: what it is, never its content. */
    public record AttachmentOnFile(String kind, String contentType, int sizeBytes, String sha256, Instant addedAt) {
    }

    public List<AttachmentOnFile> attachments(long id) {
        return jdbc.sql("select kind, content_type, size_bytes, sha256, added_at from filing_attachment "
                        + "where filing_id = ? order by kind")
                .param(id)
                .query((rs, n) -> new AttachmentOnFile(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())).list();
    }

    public void event(long id, String what, String who, String detail, Instant at) {
        jdbc.sql("insert into filing_event (filing_id, what, who, detail, at) values (?, ?, ?, ?, ?)")
                .params(id, what, who, detail, Timestamp.from(at)).update();
    }

    /** A step of a filing's history. */
    public record Step(String what, String who, String detail, Instant at) {
    }

    public List<Step> events(long id) {
        return jdbc.sql("select what, who, detail, at from filing_event where filing_id = ? order by id").param(id)
                .query((rs, n) -> new Step(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    private static final String SELECT = "select id, uscc, customs_code, body, submitted_at, updated_at "
            + "from enterprise_filing ";

    private static StoredFiling filing(ResultSet rs, int n) throws SQLException {
        return new StoredFiling(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant());
    }
}
