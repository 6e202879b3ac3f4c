package org.cbec.app.customs.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.api.BearerToken;
import org.cbec.app.customs.application.Officers;
import org.cbec.app.customs.domain.Officer;
import org.cbec.app.shared.Refusal;
import org.springframework.stereotype.Component;

/** The officer behind a request's bearer token; 401 when it is none (an enterprise's token is not an officer's). */
@Component
class OfficerCaller {

    private final Officers officers;

    OfficerCaller(Officers officers) {
        this.officers = officers;
    }

    Officer of(HttpServletRequest request) {
        return officers.authenticate(BearerToken.of(request))
                .orElseThrow(() -> Refusal.unauthenticated("the token is not a customs officer's"));
    }
}
