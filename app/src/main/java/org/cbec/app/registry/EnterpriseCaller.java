package org.cbec.app.registry;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.api.BearerToken;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Component;

/** The enterprise behind a request's bearer token; 401 when there is none. Any module's web adapter asks it. */
@Component
public class EnterpriseCaller {

    private final Registry registry;

    public EnterpriseCaller(Registry registry) {
        this.registry = registry;
    }

    public Sender of(HttpServletRequest request) {
        return registry.authenticate(BearerToken.of(request))
                .orElseThrow(() -> Refusal.unauthenticated("the token is not an enterprise's API token"));
    }
}
