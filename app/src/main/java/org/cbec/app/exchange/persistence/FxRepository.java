package org.cbec.app.exchange.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbec.app.exchange.domain.FxGap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** FX's figures per enterprise, month, direction and payment company, added to as parcels are released. */
@Repository
public class FxRepository {

    private final JdbcClient jdbc;
    private final Counters counters;

    public FxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.counters = new Counters(jdbc);
    }

    private static final Counters.Table MONTHS = new Counters.Table("fx_month",
            List.of("fx_month", "enterprise", "direction", "pay_code"), List.of("parcels", "declared_value",
            "paid_value"));

    /** A released parcel's declared value and money ({@link Counters}: written before the commit). */
    public void add(String enterprise, String month, String direction, String payCode, BigDecimal declared,
                    BigDecimal paid) {
        counters.add(MONTHS, List.of(month, enterprise, direction, payCode), 1L, declared, paid);
    }

    /** Every enterprise's figures of a month (or, given one, of one enterprise over months), by direction. */
    public List<FxGap> months(String month, String enterprise, String fromMonth) {
        String where = enterprise == null ? "fx_month = ?" : "enterprise = ? and fx_month >= ?";
        List<Object> params = enterprise == null ? List.of(month) : List.of(enterprise, fromMonth);
        counters.write();
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        jdbc.sql("select enterprise, fx_month, direction, pay_code, parcels, declared_value, paid_value from fx_month "
                        + "where " + where + " order by enterprise, fx_month, direction, pay_code")
                .params(params)
                .query((rs, n) -> rows.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2) + "|"
                        + rs.getString(3), k -> new ArrayList<>()).add(new Object[] {rs.getString(4),
                        rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7)})).list();
        return rows.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            List<FxGap.PaymentCompany> companies = e.getValue().stream().map(r -> new FxGap.PaymentCompany(
                    (String) r[0], (Long) r[1], (BigDecimal) r[2], (BigDecimal) r[3])).toList();
            return new FxGap(key[0], key[1], key[2], companies.stream().mapToLong(FxGap.PaymentCompany::parcels)
                    .sum(), companies.stream().map(FxGap.PaymentCompany::declaredValue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), companies.stream()
                    .map(FxGap.PaymentCompany::paidValue).reduce(BigDecimal.ZERO, BigDecimal::add), companies);
        }).toList();
    }
}
