package org.cbec.app.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.cbec.app.api.BearerToken;
import org.cbec.app.exchange.application.Departments;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Component;

/** The department behind a request's bearer token; 401 when there is none. */
@Component
class DepartmentCaller {

    private final Departments departments;

    DepartmentCaller(Departments departments) {
        this.departments = departments;
    }

    String of(HttpServletRequest request) {
        return find(request).orElseThrow(() -> Refusal.unauthenticated("the token is not a department's API token"));
    }

    Optional<String> find(HttpServletRequest request) {
        return departments.authenticate(BearerToken.of(request));
    }
}
