package org.cbec.app.clearance.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cbec.app.clearance.persistence.ParcelRepository.InventoryState;
import org.cbec.app.shared.persistence.DocumentTable;
import org.cbec.app.shared.persistence.KeyArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import static org.cbec.app.clearance.domain.InventoryStatus.WAITING;

/**
 * The inventories naming documents: those a message's orders or waybills belong to, read for the whole message
 * in one statement and then looked up without asking (see {@link InventoriesRead}), and those still waiting that
 * what a message touched belongs to, which its comparison after commit looks at again.
 */
public final class InventoriesByDocument {

    private final JdbcClient jdbc;

    InventoriesByDocument(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The waiting inventories these documents belong to, each once, in a statement for each kind of key (an
     * inventory's own, an order's or payment's, a waybill's); not locked: {@link ParcelRepository#claim} lets one
     * transaction decide each.
     */
    public List<InventoryState> waitingFor(Collection<DocumentTable.Keys> documents) {
        Map<List<String>, InventoryState> waiting = new LinkedHashMap<>();
        byColumns(documents).forEach((columns, keys) -> select(columns, keys, "where status = '" + WAITING + "'")
                .forEach(state -> waiting.putIfAbsent(List.of(state.agentCode(), state.copNo()), state)));
        return List.copyOf(waiting.values());
    }

    /**
     * Reads the inventories naming these orders or waybills (type ORDER or WAYBILL) in a statement a type, so
     * that the transaction's look-ups of them ask nothing more until it writes a state.
     */
    public void readInventoriesOf(Collection<DocumentTable.Keys> documents) {
        InventoriesRead read = InventoriesRead.inThisTransaction();
        if (read == null) {
            return;
        }
        List<DocumentTable.Keys> unknown = documents.stream().filter(d -> !read.byDocument.containsKey(d)).toList();
        byColumns(unknown).forEach((columns, keys) -> {
            keys.forEach(k -> read.byDocument.put(k, new ArrayList<>()));
            String type = keys.get(0).type();
            select(columns, keys, "order by updated_at").forEach(state -> read.byDocument.get(namedBy(type, state))
                    .add(state));
        });
    }

    /** The inventories naming an order (type ORDER) or a waybill (WAYBILL), oldest first. */
    List<InventoryState> inventoriesOf(DocumentTable.Keys document) {
        InventoriesRead read = InventoriesRead.inThisTransaction();
        List<InventoryState> known = read == null ? null : read.byDocument.get(document);
        if (known != null) {
            return List.copyOf(known);
        }
        List<InventoryState> states = select(columnsOf(document.type()), List.of(document), "order by updated_at");
        if (read != null) {
            read.byDocument.put(document, new ArrayList<>(states));
        }
        return states;
    }

    /** The states whose columns hold one of these keys. */
    private List<InventoryState> select(String columns, List<DocumentTable.Keys> keys, String andThen) {
        return jdbc.sql(ParcelRepository.SELECT_STATE + KeyArrays.join(columns.split(", ")) + andThen)
                .params(KeyArrays.of(keys, DocumentTable.Keys::keyA, DocumentTable.Keys::keyB))
                .query(ParcelRepository::state).list();
    }

    private static Map<String, List<DocumentTable.Keys>> byColumns(Collection<DocumentTable.Keys> documents) {
        return documents.stream().distinct().collect(Collectors.groupingBy(d -> columnsOf(d.type()),
                LinkedHashMap::new, Collectors.toList()));
    }

    /** The columns of inventory_state naming a document of this type (an inventory, a waybill, an order). */
    private static String columnsOf(String type) {
        return switch (type) {
            case "INVENTORY" -> "agent_code, cop_no";
            case "WAYBILL" -> "logistics_code, logistics_no";
            default -> "ebp_code, order_no";
        };
    }

    /** The document of this type (ORDER or WAYBILL) an inventory names. */
    private static DocumentTable.Keys namedBy(String type, InventoryState state) {
        return "WAYBILL".equals(type) ? new DocumentTable.Keys(type, state.logisticsCode(), state.logisticsNo())
                : new DocumentTable.Keys(type, state.ebpCode(), state.orderNo());
    }
}
