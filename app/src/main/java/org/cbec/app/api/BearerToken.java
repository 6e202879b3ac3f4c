package org.cbec.app.api;

import jakarta.servlet.http.HttpServletRequest;
import org.cbec.app.shared.Refusal;

/** The bearer token of a request (tokens themselves: {@link org.cbec.app.shared.Tokens}). */
public final class BearerToken {

    private BearerToken() {
    }

    /** The token of the Authorization header; 401 when there is none. */
    public static String of(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw Refusal.unauthenticated("Authorization: Bearer <token> is required");
        }
        return header.substring(7).trim();
    }
}
