package org.cbec.app.exchange.domain;

import java.math.BigDecimal;

/** A row of statistics: the period, the group's key, how many parcels (or goods lines), their value and tax. */
public record StatisticsRow(String period, String group, long count, BigDecimal goodsValue, BigDecimal tax) {
}
