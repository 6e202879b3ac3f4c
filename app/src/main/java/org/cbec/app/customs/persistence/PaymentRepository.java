package org.cbec.app.customs.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
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
        return jdbc.sql("select ent_duty_no, assure_code, bills, total, status from tax_payment "
                        + "where ent_duty_no = ? for update")
                .param(entDutyNo)
                .query((rs, n) -> new TaxPayment(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getString(5)))
                .optional();
    }

    public void paid(String entDutyNo, Instant at) {
        jdbc.sql("update tax_payment set status = 'PAID', paid_at = ? where ent_duty_no = ?")
                .params(Timestamp.from(at), entDutyNo).update();
    }
}
