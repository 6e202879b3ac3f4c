package org.cbec.app.registry.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cbec.app.registry.Role;

/**
 * An enterprise filed with the platform. Codes are the 10-character customs registration code or the 18-character
 * unified social credit code (CEB-SPEC.md §2).
 */
public record Enterprise(String code, String name, Set<Role> roles, String dxpId, String webhookUrl,
                         List<Certificate> certificates) {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{10}|[0-9A-Z]{18}");
    private static final Pattern DXP_ID = Pattern.compile("[0-9A-Za-z]{1,30}");

    /** A certificate the enterprise signs with; revoked ones stay on file for the history. */
    public record Certificate(long id, String serialHex, String sha256, String pem, boolean revoked) {
    }

    /** What is wrong with a filing, field by field; empty when it can be filed. */
    public static List<String> problems(String code, String name, Set<Role> roles, String dxpId, String webhookUrl) {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add("code: must be the 10-character customs code or the 18-character unified social credit code");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            problems.add("name: required, at most 100 characters (copName C..100)");
        }
        if (roles == null || roles.isEmpty()) {
            problems.add("roles: at least one of " + java.util.Arrays.toString(Role.values()));
        }
        if (dxpId != null && !DXP_ID.matcher(dxpId).matches()) {
            problems.add("dxpId: letters and digits, at most 30 (BaseTransfer dxpId C..30)");
        }
        if (webhookUrl != null && !webhookUrl.isBlank() && !webhookUrl.matches("https?://\\S+")) {
            problems.add("webhookUrl: an http or https URL");
        }
        return problems;
    }
}
