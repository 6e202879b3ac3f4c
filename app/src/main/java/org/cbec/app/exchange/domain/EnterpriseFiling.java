package org.cbec.app.exchange.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cbec.app.shared.domain.UnifiedSocialCreditCode;

/**
 * What an enterprise files once with the public service platform (一次备案，多部门共享): who it is, what it asks to
 * be filed as, whom to call, where its export refunds go. Each department reviews its part of it.
 */
public record EnterpriseFiling(String uscc, String customsCode, String name, String legalRepresentative,
                               String address, String businessScope, Set<String> roles, String contactName,
                               String contactPhone, String refundBank, String refundAccount) {

    /** The roles an enterprise may ask for: the registry's. */
    public static final List<String> ROLES = List.of("EBP", "EBC", "PAY", "LOGISTICS", "AGENT", "ASSURE", "SITE");
    private static final Pattern CUSTOMS_CODE = Pattern.compile("[0-9A-Z]{10}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{8,32}");

    public EnterpriseFiling {
        // a null among the roles asked for is no role
        roles = roles == null ? Set.of() : roles.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** What is wrong with the filing, field by field; empty when it can be reviewed. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        UnifiedSocialCreditCode.problem(uscc).ifPresent(p -> problems.add("uscc: " + p));
        if (customsCode == null || !CUSTOMS_CODE.matcher(customsCode).matches()) {
            problems.add("customsCode: the 10-character customs registration code (digits and capitals)");
        }
        required(problems, "name", name, 100);
        required(problems, "legalRepresentative", legalRepresentative, 50);
        required(problems, "address", address, 200);
        required(problems, "businessScope", businessScope, 1000);
        required(problems, "contactName", contactName, 50);
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            problems.add("roles: at least one of " + ROLES + ", not " + roles.stream().sorted().toList());
        }
        if (contactPhone == null || !PHONE.matcher(contactPhone).matches()) {
            problems.add("contactPhone: a mobile number (11 digits from 1) or a landline with its area code");
        }
        if (refundAccount != null && !refundAccount.isBlank() && !ACCOUNT.matcher(refundAccount).matches()) {
            problems.add("refundAccount: 8 to 32 digits");
        }
        if (refundAccount != null && !refundAccount.isBlank() && (refundBank == null || refundBank.isBlank())) {
            problems.add("refundBank: the bank of the refund account");
        }
        return problems;
    }

    private static void required(List<String> problems, String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            problems.add(field + ": required, at most " + max + " characters");
        }
    }
}
