package org.cbec.app.export.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import static org.cbec.app.clearance.domain.InventoryStatus.CLOSED;
import static org.cbec.app.clearance.domain.InventoryStatus.RELEASED;

/** Summary declarations (CEB701 → CEB792): which released inventories a summary takes, and what it made. */
@Repository
public class ExportSummaryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ExportSummaryRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** What the summary reads of an inventory. */
    public record Candidate(String agentCode, String copNo, String invtNo, String logisticsNo, String status,
                            String statisticsFlag, String ebcCode, String sumNo) {
    }

    /** These inventories of a declarant, by customs number. */
    public List<Candidate> candidates(String agentCode, List<String> invtNos) {
        return jdbc.sql(CANDIDATE + "where agent_code = :agent and invt_no in (:nos)")
                .param("agent", agentCode).param("nos", invtNos).query(ExportSummaryRepository::candidate).list();
    }

    /** Released summary-kind inventories of a declarant and consignor not yet summarised, released in [from, to). */
    public List<Candidate> unsummarised(String agentCode, String ebcCode, Instant from, Instant to) {
        return jdbc.sql(CANDIDATE + "where agent_code = ? and ebc_code = ? and statistics_flag = 'B' "
                        + "and sum_no is null and status in ('" + RELEASED + "', '" + CLOSED + "') "
                        + "and released_at >= ? "
                        + "and released_at < ? order by released_at, cop_no")
                .params(agentCode, ebcCode, Timestamp.from(from), Timestamp.from(to))
                .query(ExportSummaryRepository::candidate).list();
    }

    /** Declarant and consignor pairs with released summary-kind inventories not yet summarised in [from, to). */
    public List<String[]> awaitingSummary(Instant from, Instant to) {
        return jdbc.sql("select distinct agent_code, ebc_code from export_inventory where statistics_flag = 'B' "
                        + "and sum_no is null and status in ('" + RELEASED + "', '" + CLOSED + "') "
                        + "and released_at >= ? "
                        + "and released_at < ? order by agent_code, ebc_code")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** Marks an inventory summarised under {@code sumNo}; false when it already was (it never is twice). */
    public boolean summarise(String agentCode, String copNo, String sumNo) {
        return jdbc.sql("update export_inventory set sum_no = ? where agent_code = ? and cop_no = ? and sum_no is null")
                .params(sumNo, agentCode, copNo).update() > 0;
    }

    public long nextSummarySerial() {
        return jdbc.sql("select nextval('export_summary_seq')").query(Long.class).single();
    }

    public void summary(String sumNo, String agentCode, String ebcCode, String copNo, String summaryFlag, Instant start,
                        Instant end, String requestedBy, Instant at) {
        jdbc.sql("insert into export_summary (sum_no, agent_code, ebc_code, cop_no, summary_flag, start_time, "
                        + "end_time, "
                        + "requested_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sumNo, agentCode, ebcCode, copNo, summaryFlag, start == null ? null : Timestamp.from(start),
                        end == null ? null : Timestamp.from(end), requestedBy, Timestamp.from(at))
                .update();
    }

    /** A declaration of a summary and its items: (gseqno, invtNo, logisticsNo, gnum, gcode) each. */
    public void declaration(String declSeqNo, String sumNo, String entryId, String ebcCode, String trafMode,
                            String ownerCode, String country, String portCode, List<Object[]> items, Instant at) {
        jdbc.sql("insert into export_declaration (decl_seq_no, sum_no, entry_id, ebc_code, traf_mode, owner_code, "
                        + "country, port_code, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(declSeqNo, sumNo, entryId, ebcCode, trafMode, ownerCode, country, portCode, Timestamp.from(at))
                .update();
        batch.batchUpdate("insert into export_declaration_item (decl_seq_no, gseqno, invt_no, logistics_no, gnum, "
                + "gcode) values (?, ?, ?, ?, ?, ?)", items.stream().map(item -> {
                    Object[] row = new Object[6];
                    row[0] = declSeqNo;
                    System.arraycopy(item, 0, row, 1, 5);
                    return row;
                }).toList());
    }

    /** How many declarations a summary made. */
    public int declarations(String sumNo) {
        return jdbc.sql("select count(*) from export_declaration where sum_no = ?").param(sumNo)
                .query(Integer.class).single();
    }

    private static final String CANDIDATE = "select agent_code, cop_no, invt_no, logistics_no, status, "
            + "statistics_flag, ebc_code, sum_no from export_inventory ";

    private static Candidate candidate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
