package org.cbec.app.api;

import jakarta.servlet.http.HttpServletRequest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Bearer tokens: reading one from a request, making a new one, and the hash under which tokens are kept. */
public final class BearerToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private BearerToken() {
    }

    /** The token of the Authorization header; 401 when there is none. */
    public static String of(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ApiProblem.unauthorized("Authorization: Bearer <token> is required");
        }
        return header.substring(7).trim();
    }

    /** A new random token: 256 bits, URL-safe Base64. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Tokens are stored only as their SHA-256, so a copy of the database holds no usable token. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time. */
    public static boolean matches(String token, String expected) {
        return MessageDigest.isEqual(token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
