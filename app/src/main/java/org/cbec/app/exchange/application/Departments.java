package org.cbec.app.exchange.application;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.cbec.app.exchange.domain.Department;
import org.cbec.app.exchange.persistence.ExchangeRepository;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The departments the operator files, each with an API token of its own (kept as its SHA-256 only). */
@Service
public class Departments {

    private final ExchangeRepository repository;
    private final Clock clock;

    Departments(ExchangeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Files the department (or gives it a new token, the old one no longer valid); the token, shown once. */
    @Transactional
    public String file(String code) {
        Department department = Arrays.stream(Department.values()).filter(d -> d.name().equals(code)).findFirst()
                .orElseThrow(() -> Refusal.invalid("unknown-department", "department: one of "
                        + Arrays.toString(Department.values()) + ", not '" + code + "'"));
        String token = Tokens.generate();
        repository.department(department.name(), department.chineseName(), Tokens.hash(token), clock.instant());
        return token;
    }

    /** The department a token belongs to. */
    public Optional<String> authenticate(String token) {
        return token == null || token.isBlank() ? Optional.empty()
                : repository.departmentByTokenHash(Tokens.hash(token));
    }
}
