package org.cbec.app.export.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.clearance.domain.ParcelDocuments;

/**
 * The summary declaration of export inventories (汇总申报, cbec-rules.md §B.3): released inventories of the
 * summary kind (statisticsFlag B) are merged into customs declarations with the same head keys: consignor
 * (ebcCode), transport mode, producer/seller (ownerCode; left out with summaryFlag 1), destination country and
 * exit customs (portCode); within one declaration, lines with the same body keys (final destination country,
 * 10-digit HS code, currency) are one item (gseqno). Eight keys in all.
 */
public final class SummaryDeclaration {

    /** summaryFlag: 1 by consignor only, 2 by consignor and producer/seller. */
    public static final String BY_CONSIGNOR = "1";
    public static final String BY_CONSIGNOR_AND_PRODUCER = "2";

    private SummaryDeclaration() {
    }

    /** A released export inventory with what the summary reads. */
    public record Summarised(String invtNo, String logisticsNo, ExportDocuments.Inventory inventory) {
    }

    /** The head keys of a declaration. */
    public record Head(String ebcCode, String trafMode, String ownerCode, String country, String portCode) {
    }

    /** The body keys of an item. */
    public record Body(String country, String gcode, String currency) {
    }

    /** An inventory line as it goes into an item: the inventory, its waybill, the line's number and HS code. */
    public record Part(String invtNo, String logisticsNo, int gnum, String gcode) {
    }

    /** An item of a declaration: its sequence number and the inventory lines merged in it. */
    public record Item(int gseqno, Body body, List<Part> parts) {
    }

    /** One customs declaration: its head and items. */
    public record Declaration(Head head, List<Item> items) {

        public List<String> invtNos() {
            return items.stream().flatMap(i -> i.parts().stream()).map(Part::invtNo).distinct().toList();
        }
    }

    public static List<Declaration> merge(List<Summarised> inventories, String summaryFlag) {
        Map<Head, Map<Body, List<Part>>> byHead = new LinkedHashMap<>();
        for (Summarised s : inventories) {
            ExportDocuments.Inventory i = s.inventory();
            Head head = new Head(i.ebcCode(), i.trafMode(), BY_CONSIGNOR.equals(summaryFlag) ? null : i.ownerCode(),
                    i.country(), i.portCode());
            Map<Body, List<Part>> items = byHead.computeIfAbsent(head, h -> new LinkedHashMap<>());
            for (ParcelDocuments.GoodsLine line : i.lines()) {
                ExportDocuments.Destination to = i.destinations().stream().filter(d -> d.gnum() == line.gnum())
                        .findFirst().orElse(new ExportDocuments.Destination(line.gnum(), i.country(), null));
                items.computeIfAbsent(new Body(to.country(), line.gcode(), to.currency()), b -> new ArrayList<>())
                        .add(new Part(s.invtNo(), s.logisticsNo(), line.gnum(), line.gcode()));
            }
        }
        List<Declaration> declarations = new ArrayList<>();
        byHead.forEach((head, items) -> {
            List<Item> numbered = new ArrayList<>();
            items.forEach((body, parts) -> numbered.add(new Item(numbered.size() + 1, body, List.copyOf(parts))));
            declarations.add(new Declaration(head, List.copyOf(numbered)));
        });
        return declarations;
    }
}
