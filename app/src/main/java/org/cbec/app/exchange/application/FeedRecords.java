package org.cbec.app.exchange.application;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cbec.app.clearance.InventoryCompared;
import org.cbec.app.clearance.TaxBillIssued;
import org.cbec.app.export.ExportInventoryCompared;
import org.cbec.ceb.xml.SecureXml;

/** The fields the datasets keep of each event, under the datasets' names. */
final class FeedRecords {

    private static final XMLInputFactory STAX = SecureXml.newStaxFactory();
    private static final List<String> TAX_BILL_HEAD = List.of("invtNo", "taxNo", "agentCode", "ebcCode", "assureCode",
            "customsTax", "valueAddedTax", "consumptionTax", "status");

    private FeedRecords() {
    }

    static Map<String, Object> importDeclared(InventoryCompared i) {
        Map<String, Object> parcel = new LinkedHashMap<>();
        parcel.put("invtNo", i.invtNo());
        parcel.put("copNo", i.copNo());
        parcel.put("orderNo", i.orderNo());
        parcel.put("ebpCode", i.ebpCode());
        parcel.put("ebcCode", i.ebcCode());
        parcel.put("agentCode", i.agentCode());
        parcel.put("tradeMode", i.tradeMode());
        parcel.put("buyerName", i.buyerName());
        parcel.put("buyerIdNumber", i.buyerIdNumber());
        parcel.put("goodsValue", i.lines().stream().map(InventoryCompared.Line::totalPrice)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        parcel.put("freight", i.freight());
        parcel.put("gcodes", i.lines().stream().map(InventoryCompared.Line::gcode).distinct().toList());
        parcel.put("itemNames", i.lines().stream().map(InventoryCompared.Line::itemName).distinct().toList());
        // kept for the statistics and FX, never shown: a dataset's record shows only the dataset's fields
        parcel.put("comparedAt", i.at().toString());
        parcel.put("orderTaxTotal", i.orderTaxTotal());
        if (i.payment() != null) {
            parcel.put("payCode", i.payment().payCode());
            parcel.put("payTransactionId", i.payment().payTransactionId());
            parcel.put("amountPaid", i.payment().amountPaid());
        }
        parcel.put("lineValues", lineValues(i.lines()));
        return parcel;
    }

    /** Each line's HS code, country and value: what the statistics count by chapter and by country. */
    private static List<Map<String, Object>> lineValues(List<InventoryCompared.Line> lines) {
        return lines.stream().map(l -> Map.<String, Object>of("gcode", l.gcode() == null ? "" : l.gcode(),
                "country", l.country() == null ? "" : l.country(),
                "totalPrice", l.totalPrice() == null ? BigDecimal.ZERO : l.totalPrice())).toList();
    }

    static Map<String, Object> exportDeclared(ExportInventoryCompared i) {
        Map<String, Object> inventory = new LinkedHashMap<>();
        inventory.put("invtNo", i.invtNo());
        inventory.put("copNo", i.copNo());
        inventory.put("sellerCode", i.ebcCode());
        inventory.put("ebpCode", i.ebpCode());
        inventory.put("tradeMode", i.tradeMode());
        inventory.put("declaredAt", i.at().toString());
        inventory.put("freight", i.freight());
        if (i.receipt() != null) {
            inventory.put("payCode", i.receipt().payCode());
            inventory.put("payNo", i.receipt().payNo());
            inventory.put("charge", i.receipt().charge());
            inventory.put("currency", i.receipt().currency());
        }
        inventory.put("lineValues", lineValues(i.lines()));
        inventory.put("lines", i.lines().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("gnum", l.gnum());
            line.put("gcode", l.gcode());
            line.put("itemName", l.itemName());
            line.put("unit", l.unit());
            line.put("qty", l.qty());
            line.put("price", l.price());
            line.put("totalPrice", l.totalPrice());
            return line;
        }).toList());
        return inventory;
    }

    /** A CEB816 tax bill: its head's fields, read from the message customs sent. */
    static Map<String, Object> taxBill(TaxBillIssued bill) {
        Map<String, String> head = firstTexts(bill.xml(), TAX_BILL_HEAD);
        Map<String, Object> record = new LinkedHashMap<>();
        for (String field : TAX_BILL_HEAD) {
            record.put(field, head.get(field));
        }
        record.put("issuedAt", bill.at().toString());
        return record;
    }

    /**
     * The text of the first element of each of these local names (the head's come before the lines'), in one
     * streaming pass: a DOM of every bill cost the feed more than the rest of its work.
     */
    private static Map<String, String> firstTexts(String xml, List<String> localNames) {
        Map<String, String> found = new HashMap<>();
        XMLStreamReader reader = null;
        try {
            // the secure StAX factory of the CEB module, made once
            reader = STAX.createXMLStreamReader(new StringReader(xml));
            while (found.size() < localNames.size() && reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && localNames.contains(reader.getLocalName())
                        && !found.containsKey(reader.getLocalName())) {
                    found.put(reader.getLocalName(), reader.getElementText().trim());
                }
            }
            return found;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a tax bill customs wrote is not XML", e);
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing held open: the input is a string
            }
        }
    }
}
