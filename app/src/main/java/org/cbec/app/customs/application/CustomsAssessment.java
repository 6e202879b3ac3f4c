package org.cbec.app.customs.application;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cbec.app.clearance.CustomsGate;
import org.cbec.app.customs.domain.LineTax;
import org.cbec.app.customs.domain.Limits;
import org.cbec.app.customs.domain.Tariff;
import org.cbec.app.customs.domain.TariffTable;
import org.cbec.app.customs.domain.TaxCalculator;
import org.cbec.app.customs.persistence.QuotaRepository;
import org.cbec.app.customs.persistence.TaxRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Customs' decision on a compared import inventory, in the order of cbec-rules.md §H: the single-transaction
 * limit (refused with -621005 unless one indivisible item), the tariff table and positive list, the tax of each
 * line, the buyer's annual quota (refused with -621018, counted atomically), and the order's declared taxTotal
 * against the computed tax. What needs an officer's eye (a line off the positive list or not in the table, a tax
 * that differs beyond the tolerance) goes to review with its named hits; the rest is released.
 */
@Service
class CustomsAssessment implements CustomsGate {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TariffTable tariffs;
    private final QuotaRepository quota;
    private final TaxRepository taxes;
    private final BigDecimal tolerance;

    CustomsAssessment(TariffTable tariffs, QuotaRepository quota, TaxRepository taxes,
                      @Value("${cbec.customs.tax-tolerance:0.05}") BigDecimal tolerance) {
        this.tariffs = tariffs;
        this.quota = quota;
        this.taxes = taxes;
        this.tolerance = tolerance;
    }

    @Override
    public Verdict assess(Declared declared, String invtNo) {
        List<BigDecimal> dutiable = TaxCalculator.dutiable(declared.lines().stream().map(Line::totalPrice).toList(),
                declared.freight(), declared.insuredFee());
        BigDecimal value = dutiable.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Limits.Single single = Limits.single(value, declared.lines().size(), declared.lines().get(0).qty());
        if (single == Limits.Single.ABOVE) {
            return Verdict.refuse(Limits.OVER_SINGLE_LIMIT, "清单[" + declared.copNo() + "]的购买金额超过单笔限额["
                    + plain(Limits.SINGLE_TRANSACTION) + "]: dutiable value " + plain(value) + " (goods, freight and "
                    + "insurance) in " + declared.lines().size() + " lines; only one indivisible item may exceed it");
        }
        boolean fullTax = single == Limits.Single.INDIVISIBLE_ABOVE;
        List<String> hits = new ArrayList<>();
        List<TaxRepository.Line> taxed = new ArrayList<>();
        for (int i = 0; i < declared.lines().size(); i++) {
            Line line = declared.lines().get(i);
            Optional<Tariff> tariff = tariffs.find(line.gcode());
            if (tariff.isEmpty()) {
                hits.add("gnum " + line.gnum() + ": gcode " + line.gcode() + " is not in the tariff table");
                continue;
            }
            if (!tariff.get().positiveList()) {
                hits.add("gnum " + line.gnum() + ": gcode " + line.gcode() + " (" + tariff.get().name()
                        + ") is not on the CBEC retail import positive list");
            }
            try {
                LineTax tax = TaxCalculator.tax(tariff.get(), new TaxCalculator.Line(line.gnum(), dutiable.get(i),
                        line.qty(), line.qty1(), line.unit1()), fullTax);
                taxed.add(new TaxRepository.Line(line.gnum(), line.gcode(), line.qty(), BigDecimal.ZERO,
                        tax.dutiable(), tax.customsDuty(), tax.consumptionTax(), tax.vat()));
            } catch (IllegalArgumentException e) {
                hits.add("tax cannot be computed: " + e.getMessage());
            }
        }
        int year = declared.at().atZone(CHINA).getYear();
        Optional<BigDecimal> used = quota.count(declared.buyerIdNumber(), year, value, Limits.ANNUAL);
        if (used.isPresent()) {
            return Verdict.refuse(Limits.OVER_ANNUAL_LIMIT, Limits.annualRefusal(declared.copNo(),
                    declared.buyerIdNumber(), used.get(), value).orElseThrow());
        }
        quota.recordUsage(new QuotaRepository.Usage(declared.agentCode(), declared.copNo(), invtNo,
                declared.buyerIdNumber(), year, value, BigDecimal.ZERO), declared.at());
        BigDecimal computed = taxed.stream().map(l -> l.customsDuty().add(l.consumptionTax()).add(l.vat()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        taxTotalHit(declared.orderTaxTotal(), computed).ifPresent(hits::add);
        taxes.insert(new TaxRepository.Bill(invtNo, declared.agentCode(), declared.copNo(), declared.orderNo(),
                declared.ebpCode(), declared.assureCode(), declared.buyerIdNumber(), fullTax,
                sum(taxed, TaxRepository.Line::customsDuty), sum(taxed, TaxRepository.Line::consumptionTax),
                sum(taxed, TaxRepository.Line::vat), "1", declared.at()), taxed);
        return hits.isEmpty() ? Verdict.release() : Verdict.review(hits);
    }

    /** The order's taxTotal may differ from the computed tax by the tolerance (5 % by default) and a fen. */
    private Optional<String> taxTotalHit(BigDecimal declared, BigDecimal computed) {
        BigDecimal difference = (declared == null ? BigDecimal.ZERO : declared).subtract(computed).abs();
        if (difference.compareTo(computed.multiply(tolerance).add(new BigDecimal("0.01"))) <= 0) {
            return Optional.empty();
        }
        return Optional.of("order taxTotal " + plain(declared == null ? BigDecimal.ZERO : declared)
                + " differs from the computed tax " + plain(computed) + " by more than "
                + tolerance.movePointRight(2).stripTrailingZeros().toPlainString() + " %");
    }

    private static BigDecimal sum(List<TaxRepository.Line> lines,
                                  java.util.function.Function<TaxRepository.Line, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
