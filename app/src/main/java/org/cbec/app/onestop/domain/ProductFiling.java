package org.cbec.app.onestop.domain;

import java.util.ArrayList;
import java.util.List;
import org.cbec.app.shared.domain.UnifiedSocialCreditCode;

/**
 * A product a seller files before its first order (the pre-review of cbec-rules.md §D.4): what it is (name, model,
 * the declared elements customs asks for: 申报要素), its HS code, and the factory that invoices it (the invoice
 * issuer, by its unified social credit code, its tax registration).
 */
public record ProductFiling(String name, String model, String declaredElements, String hsCode, String factoryName,
                            String factoryTaxCode) {

    /** What is wrong with the filing, field by field, the tariff included; empty when it can be reviewed. */
    public List<String> problems(ExportTariff tariff) {
        List<String> problems = new ArrayList<>();
        required(problems, "name", name, 250);
        required(problems, "model", model, 100);
        required(problems, "declaredElements", declaredElements, 1000);
        required(problems, "factoryName", factoryName, 250);
        if (hsCode == null || !hsCode.matches("\\d{10}")) {
            problems.add("hsCode: 10 digits");
        } else if (tariff.line(hsCode).isEmpty()) {
            problems.add("hsCode: " + hsCode + " is not a line of the export tariff");
        }
        UnifiedSocialCreditCode.problem(factoryTaxCode).ifPresent(p -> problems.add("factoryTaxCode: " + p));
        return problems;
    }

    private static void required(List<String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": required");
        } else if (value.length() > max) {
            problems.add(field + ": at most " + max + " characters");
        }
    }

    /** What the pre-review flags for the reviewer from the tariff: a licence the export needs, no refund. */
    public List<String> flags(ExportTariff tariff) {
        List<String> flags = new ArrayList<>();
        tariff.line(hsCode).ifPresent(line -> {
            if (line.licenceControlled()) {
                flags.add("LICENCE_REQUIRED: " + line.licence());
            }
            if (line.refundCancelled()) {
                flags.add("NO_REFUND" + (line.remarks().isBlank() ? "" : ": " + line.remarks()));
            }
        });
        return flags;
    }
}
