package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cbec.app.customs.domain.Guarantee;
import org.cbec.app.customs.persistence.GuaranteeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Guarantors' tax guarantees and whom each agreed to back, as the operator and the guarantors file them. */
@Service
public class Guarantees {

    private final GuaranteeRepository guarantees;
    private final Clock clock;

    Guarantees(GuaranteeRepository guarantees, Clock clock) {
        this.guarantees = guarantees;
        this.clock = clock;
    }

    /** Files (or changes) the amount a guarantee covers; returns it as it now stands. */
    @Transactional
    public Guarantee set(String assureCode, BigDecimal amount) {
        guarantees.set(assureCode, amount, clock.instant());
        return guarantees.find(assureCode).orElseThrow();
    }

    public Optional<Guarantee> find(String assureCode) {
        return guarantees.find(assureCode);
    }

    public List<Guarantee> list(int offset, int limit) {
        return guarantees.list(offset, limit);
    }

    public List<String> backed(String assureCode) {
        return guarantees.backed(assureCode);
    }

    /** The guarantor backs this declarant or e-commerce enterprise; true when it did not already. */
    @Transactional
    public boolean back(String assureCode, String code, String filedBy) {
        return guarantees.back(assureCode, code, filedBy, clock.instant());
    }

    @Transactional
    public boolean unback(String assureCode, String code) {
        return guarantees.unback(assureCode, code);
    }
}
