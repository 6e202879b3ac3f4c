package org.cbec.app.onestop.domain;

import java.util.ArrayList;
import java.util.List;
import org.cbec.ceb.CebReader;
import org.cbec.ceb.MessageType;
import org.cbec.ceb.ReadOptions;
import org.cbec.ceb.ReadResult;
import org.cbec.ceb.schema.export202205.CEB792Message;
import org.cbec.ceb.schema.export202205.SummaryResult;
import org.cbec.ceb.schema.export202205.SummaryResultList;

/**
 * A summary result (CEB792) customs sends the declaring agent: the export declarations (报关单) its summarised
 * inventories were merged into, each with its entryId and, line by line, the inventory goods line it took.
 */
public final class SummaryResults {

    private static final CebReader READER = new CebReader(ReadOptions.lenientOptions());

    /** A declaration: its summary's number, its sequence and entry numbers, its state, its lines. */
    public record Declaration(String sumNo, String declSeqNo, String entryId, String decState, List<Line> lines) {
    }

    /** A line of a declaration: its goods number, and the inventory goods line (invtNo, gnum, HS code) it took. */
    public record Line(int gseqno, String invtNo, int gnum, String gcode) {
    }

    private SummaryResults() {
    }

    /** The declarations of a CEB792; empty when the XML is not one. */
    public static List<Declaration> read(byte[] xml) {
        ReadResult read = READER.read(xml);
        if (!read.isOk() || read.message().type() != MessageType.CEB792) {
            return List.of();
        }
        List<Declaration> declarations = new ArrayList<>();
        for (SummaryResult result : read.message().body(CEB792Message.class).getSummaryResult()) {
            var head = result.getSummaryResultHead();
            List<Line> lines = new ArrayList<>();
            for (SummaryResultList line : result.getSummaryResultList()) {
                lines.add(new Line(line.getGseqno(), line.getInvtNo(), line.getGnum(), line.getGcode()));
            }
            declarations.add(new Declaration(head.getSumNo(), head.getDeclSeqNo(), head.getEntryId(),
                    head.getDecState(), List.copyOf(lines)));
        }
        return declarations;
    }
}
