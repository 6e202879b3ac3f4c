package org.cbec.app.onestop.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.cbec.app.onestop.domain.SummaryResults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The export declarations customs made of the platform's inventories, line by line, each tied to its order. */
@Repository
public class ExportDeclarationRepository {

    private final JdbcClient jdbc;

    public ExportDeclarationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a declaration and its lines once (a summary result heard again writes nothing); answers the orders its
     * lines are of, empty when none is the platform's or it was stored already.
     */
    public List<Long> insert(SummaryResults.Declaration declaration, Instant at) {
        int inserted = jdbc.sql("insert into onestop_export_declaration (entry_id, sum_no, decl_seq_no, dec_state, "
                        + "received_at) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(declaration.entryId(), declaration.sumNo(), declaration.declSeqNo(), declaration.decState(),
                        Timestamp.from(at)).update();
        if (inserted == 0) {
            return List.of();
        }
        for (SummaryResults.Line line : declaration.lines()) {
            jdbc.sql("insert into onestop_declaration_line (entry_id, gseqno, invt_no, gnum, gcode, order_id) "
                            + "values (?, ?, ?, ?, ?, (select max(id) from onestop_order where invt_no = ?))")
                    .params(declaration.entryId(), line.gseqno(), line.invtNo(), line.gnum(), line.gcode(),
                            line.invtNo()).update();
        }
        return jdbc.sql("select distinct order_id from onestop_declaration_line where entry_id = ? "
                + "and order_id is not null order by order_id").param(declaration.entryId()).query(Long.class).list();
    }
}
