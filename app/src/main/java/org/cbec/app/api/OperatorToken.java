package org.cbec.app.api;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The platform operator's token, from CBEC_ADMIN_TOKEN; when that is unset, a random one printed at start. */
@Component
public class OperatorToken {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorToken.class);

    private final String token;

    public OperatorToken(@Value("${cbec.admin-token:}") String configured) {
        if (configured == null || configured.isBlank()) {
            token = Tokens.generate();
            LOG.warn("CBEC_ADMIN_TOKEN is not set; the operator token of this run is: {}", token);
        } else {
            token = configured;
        }
    }

    /** Whether the request carries the operator token. */
    public boolean isOperator(HttpServletRequest request) {
        return Tokens.matches(BearerToken.of(request), token);
    }

    /** 401 unless the request carries the operator token. */
    public void require(HttpServletRequest request) {
        if (!Tokens.matches(BearerToken.of(request), token)) {
            throw Refusal.unauthenticated("the operator token is required");
        }
    }
}
