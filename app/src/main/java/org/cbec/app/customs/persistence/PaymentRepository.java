package org.cbec.app.customs.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cbec.app.customs.domain.TaxPayment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TaxPayment forms (缴款书): the bills of one guarantor summarised for payment. */
@Repository
public class PaymentRepository {

    private final JdbcClient jdbc;

    public PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextNumber() {
        return jdbc.sql("select nextval('ent_duty_no_seq')").query(Long.class).single();
    }

    public void insert(TaxPayment payment, Instant at) {
        jdbc.sql("insert into tax_payment (ent_duty_no, assure_code, bills, total, status, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(payment.entDutyNo(), payment.assureCode(), payment.bills(), payment.total(),
                        payment.status(), Timestamp.from(at))
                .update();
    }

    /** The payment form, locked until the transaction ends. */
    public Optional<TaxPayment> lock(String entDutyNo) {
        return jdbc.sql(SELECT + "where ent_duty_no = ? for update").param(entDutyNo)
                .query(PaymentRepository::payment).optional();
    }

    /** Payment forms of one guarantor (or, null, of all), newest first, a page of them. */
    public List<TaxPayment> list(String assureCode, int offset, int limit) {
        return jdbc.sql(SELECT + (assureCode == null ? "" : "where assure_code = ? ") + "order by created_at desc, "
                        + "ent_duty_no offset " + offset + " rows fetch next " + limit + " rows only")
                .params(assureCode == null ? List.of() : List.of(assureCode))
                .query(PaymentRepository::payment).list();
    }

    private static final String SELECT = "select ent_duty_no, assure_code, bills, total, status from tax_payment ";

    private static TaxPayment payment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new TaxPayment(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5));
    }

    public void paid(String entDutyNo, Instant at) {
        jdbc.sql("update tax_payment set status = 'PAID', paid_at = ? where ent_duty_no = ?")
                .params(Timestamp.from(at), entDutyNo).update();
    }
}
