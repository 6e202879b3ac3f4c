package org.cbec.app.customs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.cbec.app.api.OperatorToken;
import org.cbec.app.customs.application.Officers;
import org.cbec.app.customs.domain.OfficerRole;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operator files customs officers and gives each its roles and token. */
@RestController
class OfficerController {

    private final Officers officers;
    private final OperatorToken operator;

    OfficerController(Officers officers, OperatorToken operator) {
        this.officers = officers;
        this.operator = operator;
    }

    /** What filing an officer carries. */
    record Filing(String login, String name, Set<OfficerRole> roles) {
    }

    @PostMapping("/api/v1/officers")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> file(@RequestBody Filing filing, HttpServletRequest request) {
        operator.require(request);
        return Map.of("login", filing.login(), "token", officers.file(filing.login(), filing.name(),
                filing.roles()));
    }
}
