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
 * CBEC_ONESTOP_STAFF_TOKEN, and the token the tax office answers refund claims with, from CBEC_ONESTOP_TAX_TOKEN;
 * when one is unset, a random one printed at start.
 */
@Component
class StaffToken {

    private static final Logger LOG = LoggerFactory.getLogger(StaffToken.class);

    private final String token;
    private final String taxOffice;

    StaffToken(@Value("${cbec.onestop.staff-token:}") String configured,
               @Value("${cbec.onestop.tax-token:}") String taxOffice) {
        this.token = orRandom(configured, "CBEC_ONESTOP_STAFF_TOKEN", "staff");
        this.taxOffice = orRandom(taxOffice, "CBEC_ONESTOP_TAX_TOKEN", "tax office");
    }

    private static String orRandom(String configured, String variable, String whose) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String token = Tokens.generate();
        LOG.warn("{} is not set; the comprehensive service platform's {} token of this run is: {}", variable, whose,
                token);
        return token;
    }

    /** 401 unless the request carries the tax office's token. */
    void requireTaxOffice(HttpServletRequest request) {
        if (!Tokens.matches(BearerToken.of(request), taxOffice)) {
            throw Refusal.unauthenticated("the tax office's token is required");
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
