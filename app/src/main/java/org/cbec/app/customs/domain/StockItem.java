package org.cbec.app.customs.domain;

import java.math.BigDecimal;

/** An item of a bonded account book and the quantity in stock. */
public record StockItem(String emsNo, String itemRecordNo, String ownerCode, String gcode, BigDecimal qty) {
}
