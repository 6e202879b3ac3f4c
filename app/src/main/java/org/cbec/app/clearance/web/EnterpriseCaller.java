package org.cbec.app.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.api.ApiProblem;
import org.cbec.app.api.BearerToken;
import org.cbec.app.registry.Registry;
import org.cbec.app.registry.Sender;
import org.springframework.stereotype.Component;

/** The enterprise behind a request's bearer token; 401 when there is none. */
@Component
class EnterpriseCaller {

    private final Registry registry;

    EnterpriseCaller(Registry registry) {
        this.registry = registry;
    }

    Sender of(HttpServletRequest request) {
        return registry.authenticate(BearerToken.of(request))
                .orElseThrow(() -> ApiProblem.unauthorized("the token is not an enterprise's API token"));
    }
}
