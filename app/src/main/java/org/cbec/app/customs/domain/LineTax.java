package org.cbec.app.customs.domain;

import java.math.BigDecimal;

/**
 * The tax of one inventory line in CNY, each amount rounded half-up to the fen (0.01) on its own, after the 70 %
 * factor where it applies; the line's tax is the sum of the rounded amounts.
 *
 * @param dutiable       the line's dutiable price: its total price and its share of freight and insurance
 * @param customsDuty    tariff (关税): 0 within the limits
 * @param consumptionTax 消费税
 * @param vat            进口环节增值税
 */
public record LineTax(int gnum, BigDecimal dutiable, BigDecimal customsDuty, BigDecimal consumptionTax,
                      BigDecimal vat) {

    public BigDecimal total() {
        return customsDuty.add(consumptionTax).add(vat);
    }
}
