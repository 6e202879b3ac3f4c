package org.cbec.app.onestop.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.cbec.app.shared.domain.ResidentIdNumber;
import org.cbec.app.shared.domain.UnifiedSocialCreditCode;

/**
 * A seller's sign-up: a company by its unified social credit code or an individual seller by its citizen identity
 * number, whom to call, where its money goes, and the service agreement it accepts (the version in force).
 */
public record SellerApplication(Kind kind, String uscc, String idNumber, String name, String contactName,
                                String contactPhone, String email, String bankName, String bankAccount,
                                String agreementVersion) {

    public enum Kind { COMPANY, INDIVIDUAL }

    /** The service agreement in force: customs, logistics, refund and settlement by the platform (§D.4). */
    public static final String AGREEMENT_VERSION = "2026-11";
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{8,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

    /** The number a seller is known by: its credit code, or an individual's identity number. */
    public String identity() {
        return kind == Kind.COMPANY ? uscc : idNumber;
    }

    /** What is wrong, field by field; empty when the platform can review it. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("kind: COMPANY or INDIVIDUAL");
        } else if (kind == Kind.COMPANY) {
            UnifiedSocialCreditCode.problem(uscc).ifPresent(p -> problems.add("uscc: " + p));
        } else {
            ResidentIdNumber.problem(idNumber).ifPresent(p -> problems.add("idNumber: " + p));
        }
        if (name == null || name.isBlank() || name.length() > 250) {
            problems.add("name: the company's or the seller's name, at most 250 characters");
        }
        if (contactName == null || contactName.isBlank() || contactName.length() > 100) {
            problems.add("contactName: whom the platform calls, at most 100 characters");
        }
        if (contactPhone == null || !PHONE.matcher(contactPhone).matches()) {
            problems.add("contactPhone: a mobile (11 digits) or a fixed line with its area code");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
            problems.add("email: an e-mail address");
        }
        if (bankName == null || bankName.isBlank() || bankName.length() > 200) {
            problems.add("bankName: the bank of the settlement account, at most 200 characters");
        }
        if (bankAccount == null || !ACCOUNT.matcher(bankAccount).matches()) {
            problems.add("bankAccount: 8 to 32 digits");
        }
        if (!AGREEMENT_VERSION.equals(agreementVersion)) {
            problems.add("agreementVersion: the service agreement in force is " + AGREEMENT_VERSION
                    + "; a seller signs up by accepting it");
        }
        return problems;
    }
}
