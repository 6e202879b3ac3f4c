package org.cbec.app.clearance.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.ParcelSearch.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The console's lookups of inventories: by a number, and the refused ones. Each names the enterprise that may read
 * them: the agent, the sender of the inventory, or the platform whose order it declares.
 */
@Repository
public class ParcelListings {

    /** The enterprise reads the row s: the second and third parameters are its code again. */
    private static final String READS = "(s.agent_code = ? or s.ebp_code = ? or exists (select 1 "
            + "from parcel_document d where d.doc_type = 'INVENTORY' and d.key_a = s.agent_code and d.key_b = s.cop_no "
            + "and d.sender_code = ?))";

    /** A refused inventory: one rejected has its reason (found by its index), while it stays rejected. */
    static final String REFUSED = "s.reason is not null and s.status = 'REJECTED'";

    private final JdbcClient jdbc;

    public ParcelListings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** copNos of the rows the enterprise reads with this copNo, orderNo or logisticsNo (at most 50). */
    public List<String> copNos(String callerCode, String number) {
        String one = "select s.cop_no, s.updated_at from inventory_state s where %s = ? and " + READS;
        return jdbc.sql("select cop_no from (" + one.formatted("s.cop_no") + " union " + one.formatted("s.order_no")
                        + " union " + one.formatted("s.logistics_no") + ") found order by updated_at desc "
                        + "fetch first 50 rows only")
                .params(number, callerCode, callerCode, callerCode, number, callerCode, callerCode, callerCode,
                        number, callerCode, callerCode, callerCode)
                .query(String.class).list().stream().distinct().toList();
    }

    public Map<String, Long> refusalReasons(String callerCode) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        jdbc.sql("select s.reason, count(*) n from inventory_state s where " + REFUSED + " and " + READS
                        + " group by s.reason order by n desc, s.reason")
                .params(callerCode, callerCode, callerCode)
                .query((rs, n) -> reasons.put(rs.getString(1), rs.getLong(2))).list();
        return reasons;
    }

    public List<Refused> refused(String callerCode, String reason, int offset, int limit) {
        return jdbc.sql("select s.cop_no, s.order_no, s.logistics_no, s.reason, s.updated_at from inventory_state s "
                        + "where " + REFUSED + " and " + READS + (reason == null ? "" : " and s.reason = ?")
                        + " order by s.updated_at desc, s.cop_no offset " + offset + " rows fetch next " + limit
                        + " rows only")
                .params(reason == null ? List.of(callerCode, callerCode, callerCode)
                        : List.of(callerCode, callerCode, callerCode, reason))
                .query((rs, n) -> new Refused(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
