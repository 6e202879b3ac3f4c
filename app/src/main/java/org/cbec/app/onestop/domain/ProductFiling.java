package org.cbec.app.onestop.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cbec.app.shared.domain.UnifiedSocialCreditCode;

/**
 * A product a seller files before its first order (the pre-review of cbec-rules.md §D.4): what it is (name, model,
 * the declared elements customs asks for: 申报要素), its HS code, and the factory that invoices it (the invoice
 * issuer, by its unified social credit code, its tax registration), the unit it is sold in (JGS-20; the tariff's
 * legal unit when not said) and, when that is not the legal unit, how many legal units one unit makes (a pair of
 * shoes declared in 双 is 0.8 千克 when the legal unit is 千克): the inventory's {@code qty1}.
 */
public record ProductFiling(String name, String model, String declaredElements, String hsCode, String factoryName,
                            String factoryTaxCode, String unit, BigDecimal legalQtyPerUnit) {

    /** Legal quantities per unit are kept to 5 places, as CEB's N19,5 quantities. */
    public static final int LEGAL_QTY_PLACES = 5;

    /**
     * What is wrong with the filing, field by field, the tariff and the unit included; empty when it can be
     * reviewed.
     */
    public List<String> problems(ExportTariff tariff, Predicate<String> knownUnit) {
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
        if (unit != null && !knownUnit.test(unit)) {
            problems.add("unit: '" + unit + "' is not a unit code (JGS-20, e.g. 011 件, 025 双, 035 千克)");
        }
        tariff.line(hsCode).ifPresent(line -> {
            boolean sameUnit = unit == null || unit.equals(line.legalUnit());
            if (legalQtyPerUnit == null && !sameUnit) {
                problems.add("legalQtyPerUnit: required, the tariff's legal unit of " + hsCode + " is "
                        + line.legalUnit() + ", not " + unit);
            } else if (legalQtyPerUnit != null && (legalQtyPerUnit.signum() <= 0
                    || legalQtyPerUnit.stripTrailingZeros().scale() > LEGAL_QTY_PLACES
                    || legalQtyPerUnit.precision() - legalQtyPerUnit.scale() > ExportOrder.INTEGER_DIGITS)) {
                problems.add("legalQtyPerUnit: above 0, at most " + LEGAL_QTY_PLACES + " places");
            }
        });
        return problems;
    }

    /** The unit the product is declared in: its own, else the tariff's legal unit. */
    public String declaredUnit(ExportTariff.Line line) {
        return unit == null ? line.legalUnit() : unit;
    }

    /** The legal quantity of {@code qty} units (qty1), to 5 places. */
    public BigDecimal legalQty(BigDecimal qty) {
        return (legalQtyPerUnit == null ? qty : qty.multiply(legalQtyPerUnit))
                .setScale(LEGAL_QTY_PLACES, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
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
