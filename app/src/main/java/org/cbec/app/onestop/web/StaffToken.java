package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.api.BearerToken;
import org.cbec.app.shared.Refusal;
import org.cbec.app.shared.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The comprehensive service platform's reviewers' token (a company of its own, not the e-port's operator), from
 * CBEC_ONESTOP_STAFF_TOKEN; when that is unset, a random one printed at start.
 */
@Component
class StaffToken {

    private static final Logger LOG = LoggerFactory.getLogger(StaffToken.class);

    private final String token;

    StaffToken(@Value("${cbec.onestop.staff-token:}") String configured) {
        if (configured == null || configured.isBlank()) {
            token = Tokens.generate();
            LOG.warn("CBEC_ONESTOP_STAFF_TOKEN is not set; the comprehensive service platform's staff token of "
                    + "this run is: {}", token);
        } else {
            token = configured;
        }
    }

    boolean isStaff(HttpServletRequest request) {
        return Tokens.matches(BearerToken.of(request), token);
    }

    /** 401 unless the request carries the staff token; the reviewer on record is "staff". */
    String require(HttpServletRequest request) {
        if (!isStaff(request)) {
            throw Refusal.unauthenticated("the comprehensive service platform's staff token is required");
        }
        return "staff";
    }
}
