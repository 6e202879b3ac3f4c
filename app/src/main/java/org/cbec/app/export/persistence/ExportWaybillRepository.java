package org.cbec.app.export.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.shared.persistence.DocumentTable;
import org.cbec.app.shared.persistence.KeyArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Export waybills as the site and the carrier report them: arrival (CEB507), departure (CEB509), master bill. */
@Repository
public class ExportWaybillRepository {

    private final JdbcClient jdbc;

    public ExportWaybillRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A waybill's arrival at the site and departure from the country, when known. */
    public record Movement(Instant arrivedAt, Instant departedAt) {
    }

    /**
     * The arrival and departure of these waybills (keys of type E_WAYBILL), in one statement, by logisticsCode and
     * logisticsNo; a waybill neither arrived nor departed has both null.
     */
    public Map<List<String>, Movement> movements(Collection<DocumentTable.Keys> waybills) {
        Map<List<String>, Movement> movements = new LinkedHashMap<>();
        List<DocumentTable.Keys> keys = waybills.stream().distinct().toList();
        keys.forEach(k -> movements.put(List.of(k.keyA(), k.keyB()), new Movement(null, null)));
        if (keys.isEmpty()) {
            return movements;
        }
        jdbc.sql("select logistics_code, logistics_no, arrived_at, departed_at from export_waybill "
                        + KeyArrays.join("logistics_code", "logistics_no"))
                .params(KeyArrays.of(keys, DocumentTable.Keys::keyA, DocumentTable.Keys::keyB))
                .query(rs -> {
                    movements.put(List.of(rs.getString(1), rs.getString(2)),
                            new Movement(instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))));
                });
        return movements;
    }

    /** Records a waybill's arrival or departure (the first one counts). */
    public void moved(String logisticsCode, String logisticsNo, boolean departure, Instant at) {
        String column = departure ? "departed_at" : "arrived_at";
        int updated = jdbc.sql("update export_waybill set " + column + " = coalesce(" + column + ", ?) "
                        + "where logistics_code = ? and logistics_no = ?")
                .params(Timestamp.from(at), logisticsCode, logisticsNo).update();
        if (updated == 0) {
            jdbc.sql("insert into export_waybill (logistics_code, logistics_no, " + column + ") values (?, ?, ?) "
                            + "on conflict do nothing")
                    .params(logisticsCode, logisticsNo, Timestamp.from(at)).update();
        }
    }

    /** The master bill a waybill leaves under (CEB607). */
    public void billOf(String logisticsCode, String logisticsNo, String billNo) {
        int updated = jdbc.sql("update export_waybill set bill_no = ? where logistics_code = ? and logistics_no = ?")
                .params(billNo, logisticsCode, logisticsNo).update();
        if (updated == 0) {
            jdbc.sql("insert into export_waybill (logistics_code, logistics_no, bill_no) values (?, ?, ?) "
                    + "on conflict do nothing").params(logisticsCode, logisticsNo, billNo).update();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
