package org.cbec.app.onestop.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.api.BearerToken;
import org.cbec.app.onestop.application.SellerUsers;
import org.cbec.app.onestop.domain.SellerRole;
import org.springframework.stereotype.Component;

/** The seller a request acts for, by its owner's or user's token, in the roles an endpoint serves. */
@Component
class SellerCaller {

    /** Every role: what any of a seller's people may read. */
    static final SellerRole[] ANYONE = SellerRole.values();

    private final SellerUsers users;

    SellerCaller(SellerUsers users) {
        this.users = users;
    }

    long seller(HttpServletRequest request, SellerRole... roles) {
        return users.require(BearerToken.of(request), roles).sellerId();
    }
}
